import { describe, expect, it } from 'vitest';
import { currencyDigits, formatMoney, parsePrice, priceInput } from './money.ts';

describe('prices as typed', () => {
  it('become minor units in the currency’s own decimals', () => {
    expect(parsePrice('12', 'usd')).toEqual({ ok: true, minor: 1200 });
    expect(parsePrice('12.5', 'usd')).toEqual({ ok: true, minor: 1250 });
    expect(parsePrice(' 12,05 ', 'eur')).toEqual({ ok: true, minor: 1205 });
    expect(parsePrice('1500', 'jpy')).toEqual({ ok: true, minor: 1500 });
    expect(parsePrice('1.234', 'kwd')).toEqual({ ok: true, minor: 1234 });
    expect(parsePrice('', 'usd')).toEqual({ ok: true, minor: 0 });
  });

  it('are refused, with a reason, when they are not amounts of that currency', () => {
    for (const bad of ['abc', '-5', '1e3', '12.3.4', '$12'])
      expect(parsePrice(bad, 'usd')).toMatchObject({ ok: false });
    expect(parsePrice('12.345', 'usd')).toEqual({ ok: false, reason: 'At most 2 decimals in USD.' });
    expect(parsePrice('10.5', 'jpy')).toMatchObject({ ok: false, reason: expect.stringMatching(/whole/) });
  });

  it('are written back as they would be typed', () => {
    expect([
      priceInput(1250, 'usd'),
      priceInput(5, 'usd'),
      priceInput(1500, 'jpy'),
      priceInput(0, 'usd'),
    ]).toEqual(['12.50', '0.05', '1500', '']);
    for (const minor of [0, 1, 99, 100, 123_456]) {
      expect(parsePrice(priceInput(minor, 'eur'), 'eur')).toEqual({ ok: true, minor });
    }
    expect(currencyDigits('USD')).toBe(2);
  });
});

describe('money as read', () => {
  it('is written in the reader’s locale, zero as an amount', () => {
    expect(formatMoney(0, 'usd', { locale: 'en-US' })).toBe('$0.00');
    expect(formatMoney(0, 'usd', { free: true })).toBe('Free');
    expect(formatMoney(123_456, 'eur', { locale: 'de-DE' })).toBe('1.234,56\u00a0€');
    expect(formatMoney(1500, 'jpy', { locale: 'en-US' })).toBe('¥1,500');
  });
});
