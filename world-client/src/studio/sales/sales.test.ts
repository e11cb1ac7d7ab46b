import { describe, expect, it } from 'vitest';
import { commissionPreview, EMPTY_DRAFT, formatShare, listingRequest } from './listing-form.ts';
import { nextStep, orderActions, stockLine } from './order-states.ts';

describe('the listing form', () => {
  it('asks for prints of a chosen work at a price typed in the currency, kept in minor units', () => {
    expect(listingRequest({ ...EMPTY_DRAFT, artworkId: 'w1', edition: ' 25 ', price: '45,50' })).toEqual({
      ok: true,
      request: {
        kind: 'print',
        artworkId: 'w1',
        edition: 25,
        priceMinor: 4550,
        currency: 'usd',
        premium: false,
      },
    });
  });

  it('makes an original an edition of one, whatever the edition field says', () => {
    const made = listingRequest({ ...EMPTY_DRAFT, kind: 'original', artworkId: 'w1', edition: '40' });
    expect(made).toMatchObject({ ok: true, request: { edition: 1, priceMinor: 0 } });
  });

  it('names the field that is wrong, as the API would', () => {
    expect(listingRequest(EMPTY_DRAFT)).toMatchObject({ ok: false, error: { field: 'artworkId' } });
    expect(listingRequest({ ...EMPTY_DRAFT, kind: 'commission', title: '  ' })).toMatchObject({
      ok: false,
      error: { field: 'title' },
    });
    for (const edition of ['0', '2.5', 'ten', '10001'])
      expect(listingRequest({ ...EMPTY_DRAFT, artworkId: 'w1', edition })).toMatchObject({
        ok: false,
        error: { field: 'edition' },
      });
    expect(listingRequest({ ...EMPTY_DRAFT, artworkId: 'w1', price: '12.345' })).toMatchObject({
      ok: false,
      error: { field: 'priceMinor', message: 'At most 2 decimals in USD.' },
    });
  });

  it('lets a commission go without a work, titled', () => {
    const made = listingRequest({ ...EMPTY_DRAFT, kind: 'commission', title: ' A portrait ', edition: '3' });
    expect(made).toMatchObject({
      ok: true,
      request: { kind: 'commission', title: 'A portrait', edition: 3 },
    });
    expect(made.ok && 'artworkId' in made.request).toBe(false);
  });

  it('shows the venue’s commission and the artist’s share before listing', () => {
    expect(commissionPreview({ ...EMPTY_DRAFT, price: '25' })).toEqual({
      feeBps: 1500,
      priceMinor: 2500,
      platformFeeMinor: 375,
      sellerMinor: 2125,
    });
    expect(
      commissionPreview({ ...EMPTY_DRAFT, kind: 'commission', price: '100', premium: true }),
    ).toMatchObject({
      feeBps: 800,
      platformFeeMinor: 800,
      sellerMinor: 9200,
    });
    expect(commissionPreview({ ...EMPTY_DRAFT, price: 'abc' }).priceMinor).toBeNull();
    const venue = { shares: { original: 2000, print: 1000, commission: 0 }, premiumExtraBps: 300 };
    expect(commissionPreview({ ...EMPTY_DRAFT, price: '10' }, venue)).toMatchObject({
      feeBps: 1000,
      platformFeeMinor: 100,
      sellerMinor: 900,
    });
    expect(formatShare(1500)).toMatch(/^15\s?%$/);
    expect(formatShare(1250)).toMatch(/^12\.5\s?%$/);
  });
});

describe('orders as the seller sees them', () => {
  it('offers a refund for paid orders only, and reports for paid commissions', () => {
    const commission = { orderId: 'o', status: 'requested' as const, updates: [] };
    expect(orderActions({ status: 'paid', commission })).toEqual({ refund: true, report: true });
    expect(orderActions({ status: 'paid', commission: null })).toEqual({ refund: true, report: false });
    for (const status of ['pending', 'refunded', 'cancelled'] as const)
      expect(orderActions({ status, commission })).toEqual({ refund: false, report: false });
  });

  it('moves a commission on one step at a time', () => {
    expect(['requested', 'accepted', 'in_progress', 'delivered'].map((s) => nextStep(s as never))).toEqual([
      'accepted',
      'in_progress',
      'delivered',
      'delivered',
    ]);
  });

  it('says what is sold and left of an edition', () => {
    const listing = { edition: 10, sold: 2, reserved: 1, available: 7, active: true };
    expect(stockLine(listing)).toBe('2 of 10 sold · 7 left (1 in checkout)');
    expect(stockLine({ ...listing, reserved: 0, available: 8 })).toBe('2 of 10 sold · 8 left');
    expect(stockLine({ ...listing, active: false, available: 0 })).toBe('2 of 10 sold · withdrawn');
  });
});
