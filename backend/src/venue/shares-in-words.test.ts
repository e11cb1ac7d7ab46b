import { describe, expect, it } from 'vitest';
import { bpsInWords, sharesInWords } from './shares-in-words.ts';

describe('the venue’s shares in words, for the log', () => {
  it('reads basis points as percentages, keeping a half per cent', () => {
    expect(bpsInWords(1500)).toBe('15 %');
    expect(bpsInWords(1250)).toBe('12.5 %');
    expect(bpsInWords(5)).toBe('0.05 %');
    expect(bpsInWords(0)).toBe('0 %');
  });
  it('names every kind in a fixed order', () => {
    expect(sharesInWords({ course: 3000, ticket: 1000, commission: 500, print: 1500, original: 2000 })).toBe(
      'originals 20 %, prints 15 %, commissions 5 %, tickets 10 %, courses 30 %',
    );
  });
});
