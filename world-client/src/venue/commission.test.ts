import { describe, expect, it } from 'vitest';
import { bpsToPercent, exampleSplit, percentToBps } from './commission.ts';

describe('the commission form', () => {
  it('reads percentages, with a comma or a point, to two places', () => {
    expect(percentToBps('15')).toBe(1500);
    expect(percentToBps('12,5')).toBe(1250);
    expect(percentToBps(' 0.05 ')).toBe(5);
    expect(percentToBps('')).toBeNull();
    expect(percentToBps('ten')).toBeNull();
    expect(percentToBps('1.234')).toBeNull();
    expect(percentToBps('-5')).toBeNull();
  });
  it('shows basis points as percentages', () => {
    expect(bpsToPercent(1500)).toBe('15');
    expect(bpsToPercent(1250)).toBe('12.5');
  });
  it('splits the example sale as the ledger does (half a cent to the venue)', () => {
    expect(exampleSplit(10_000, 1500)).toEqual({ venue: 1500, artist: 8500 });
    expect(exampleSplit(999, 1250)).toEqual({ venue: 125, artist: 874 });
  });
});
