import { describe, expect, it } from 'vitest';
import { formatMoney, parsePrice, priceInput, revenueText } from './money.ts';

describe('prices', () => {
  it('reads typed prices into minor units, with a point or a comma', () => {
    expect(parsePrice('45', 'eur')).toEqual({ minor: 4500 });
    expect(parsePrice('45.5', 'eur')).toEqual({ minor: 4550 });
    expect(parsePrice(' 45,05 ', 'usd')).toEqual({ minor: 4505 });
    expect(parsePrice('0.1', 'usd')).toEqual({ minor: 10 });
    expect(parsePrice('', 'usd')).toEqual({ minor: 0 });
    expect(parsePrice('0', 'usd')).toEqual({ minor: 0 });
  });

  it('says what is wrong with a price that is not one', () => {
    expect(parsePrice('45.505', 'eur')).toEqual({ error: 'At most 2 decimals in EUR.' });
    expect(parsePrice('-3', 'eur')).toHaveProperty('error');
    expect(parsePrice('4 5', 'eur')).toHaveProperty('error');
    expect(parsePrice('forty', 'eur')).toHaveProperty('error');
  });

  it('shows minor units back in the field and as money in the reader’s locale', () => {
    expect(priceInput(4550, 'eur')).toBe('45.50');
    expect(priceInput(0, 'eur')).toBe('');
    expect(formatMoney(4550, 'eur', { locale: 'en-US' })).toBe('€45.50');
    expect(formatMoney(4550, 'eur', { locale: 'de-DE' })).toBe('45,50\u00a0€');
    expect(formatMoney(0, 'usd', { free: true })).toBe('Free');
    expect(formatMoney(0, 'usd', { locale: 'en-US' })).toBe('$0.00');
  });

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
