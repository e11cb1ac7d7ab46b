import { describe, expect, it } from 'vitest';
import { formatPrice, ledgerLines, listingFeeBps, splitSale } from './pricing.ts';

describe('pricing', () => {
  it('takes the seed commission: 15% on physical art, 5% on commissions, more for premium listings', () => {
    expect(splitSale(10_000, listingFeeBps('original', false))).toEqual({
      platformFeeMinor: 1500,
      sellerMinor: 8500,
    });
    expect(splitSale(10_000, listingFeeBps('print', false)).platformFeeMinor).toBe(1500);
    expect(splitSale(10_000, listingFeeBps('commission', false)).platformFeeMinor).toBe(500);
    expect(splitSale(10_000, listingFeeBps('print', true)).platformFeeMinor).toBe(1800);
  });

  it('rounds the fee half up to whole cents and never loses a cent', () => {
    expect(splitSale(1, 5000)).toEqual({ platformFeeMinor: 1, sellerMinor: 0 });
    expect(splitSale(999, 1500)).toEqual({ platformFeeMinor: 150, sellerMinor: 849 });
    expect(splitSale(0, 1500)).toEqual({ platformFeeMinor: 0, sellerMinor: 0 });
    for (let amount = 0; amount < 3000; amount += 7) {
      const split = splitSale(amount, 1234);
      expect(split.platformFeeMinor + split.sellerMinor).toBe(amount);
      expect(Math.abs(split.platformFeeMinor - (amount * 1234) / 10_000)).toBeLessThanOrEqual(0.5);
    }
  });

  it('refuses amounts that are not whole minor units and fees out of range', () => {
    expect(() => splitSale(10.5, 1500)).toThrow(RangeError);
    expect(() => splitSale(-1, 1500)).toThrow(RangeError);
    expect(() => splitSale(100, 10_001)).toThrow(RangeError);
  });

  it('writes a sale and its refund as lines that each sum to zero and cancel out', () => {
    const order = { amountMinor: 2599, platformFeeMinor: 390 };
    const sale = ledgerLines('sale', order, 'u1');
    const refund = ledgerLines('refund', order, 'u1');
    expect(sale.reduce((sum, line) => sum + line.amountMinor, 0)).toBe(0);
    expect(sale.find((line) => line.account === 'seller:u1')?.amountMinor).toBe(2209);
    for (const line of sale) {
      expect(refund.find((other) => other.account === line.account)?.amountMinor).toBe(-line.amountMinor);
    }
  });

  it('formats prices for people', () => {
    expect(formatPrice(0, 'usd')).toBe('free');
    expect(formatPrice(1250, 'usd')).toBe('$12.50');
  });
});
