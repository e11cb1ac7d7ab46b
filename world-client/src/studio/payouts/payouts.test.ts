import { describe, expect, it } from 'vitest';
import { accountState, totals } from './account-state.ts';

describe('the payouts page', () => {
  it('tells apart a venue without Stripe, no account, an unfinished one and a working one', () => {
    const account = { chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true };
    expect(accountState({ paymentsConfigured: false, account: null })).toBe('no-stripe');
    expect(accountState({ paymentsConfigured: true, account: null })).toBe('not-connected');
    expect(accountState({ paymentsConfigured: true, account: { ...account, payoutsEnabled: false } })).toBe(
      'incomplete',
    );
    expect(accountState({ paymentsConfigured: true, account })).toBe('ready');
  });

  it('sums the shares of sales per currency, leaving refunded ones out', () => {
    expect(
      totals([
        { currency: 'usd', status: 'paid', platformFeeMinor: 250, sellerMinor: 4750 },
        { currency: 'usd', status: 'refunded', platformFeeMinor: 375, sellerMinor: 2125 },
        { currency: 'eur', status: 'paid', platformFeeMinor: 150, sellerMinor: 850 },
        { currency: 'usd', status: 'paid', platformFeeMinor: 15, sellerMinor: 85 },
      ]),
    ).toEqual([
      { currency: 'eur', platformFeeMinor: 150, sellerMinor: 850 },
      { currency: 'usd', platformFeeMinor: 265, sellerMinor: 4835 },
    ]);
  });
});
