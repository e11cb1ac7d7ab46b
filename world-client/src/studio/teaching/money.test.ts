import { describe, expect, it } from 'vitest';
import { revenueText } from './money.ts';

describe('a course’s revenue', () => {
  it('sums up revenue per currency with the instructor’s share', () => {
    expect(revenueText([], 'en-US')).toBe('None yet');
    expect(revenueText([{ currency: 'eur', grossMinor: 0, earnedMinor: 0 }], 'en-US')).toBe(
      'None (free places only)',
    );
    expect(
      revenueText(
        [
          { currency: 'eur', grossMinor: 9000, earnedMinor: 6300 },
          { currency: 'usd', grossMinor: 500, earnedMinor: 350 },
        ],
        'en-US',
      ),
    ).toBe('€90.00 (yours €63.00) · $5.00 (yours $3.50)');
  });
});
