// What the platform keeps of a sale, and how a sale lands in the ledger. Pure: no Nest, no database.
// Money is always an integer number of the currency's minor unit (cents); shares are basis points.

export type ListingKind = 'original' | 'print' | 'commission' | 'ticket' | 'course';

/** The venue's commission rules (the seed's): physical art 15%, commissioned work 5%. */
export const COMMISSION_BPS: Record<Exclude<ListingKind, 'ticket' | 'course'>, number> = {
  original: 1500,
  print: 1500,
  commission: 500,
};

/** A premium listing (shown first in the marketplace) costs its seller this much more of each sale. */
export const PREMIUM_LISTING_FEE_BPS = 300;

/** The platform's share of ticket sales, unless an admin sets another for a show. */
export const DEFAULT_TICKET_SHARE_BPS = 1000;

/** The platform's share of course sales (the seed's 70/30 instructor/platform split). */
export const DEFAULT_COURSE_SHARE_BPS = 3000;

/** The highest price a listing may ask: a million units of its currency (prices stay well inside int32). */
export const MAX_PRICE_MINOR = 100_000_000;

/** Stripe's smallest charge is about half a unit of most currencies; below it a price must be free. */
export const MIN_PAID_PRICE_MINOR = 50;

export const CURRENCIES = ['usd', 'eur', 'gbp', 'cad', 'aud', 'chf', 'sek', 'nok', 'dkk'] as const;
export type Currency = (typeof CURRENCIES)[number];

/**
 * The platform's share of each sale of a listing of this kind, fixed on the listing when it is made: the
 * venue's shares as its admin set them (venue/commission-shares.ts), else these defaults.
 */
export function listingFeeBps(
  kind: Exclude<ListingKind, 'ticket' | 'course'>,
  premium: boolean,
  shares: Readonly<Record<Exclude<ListingKind, 'ticket' | 'course'>, number>> = COMMISSION_BPS,
): number {
  return Math.min(10_000, shares[kind] + (premium ? PREMIUM_LISTING_FEE_BPS : 0));
}

export interface Split {
  readonly platformFeeMinor: number;
  readonly sellerMinor: number;
}

/** Splits a sale: the platform's fee rounded half up to a whole minor unit, the rest to the seller. */
export function splitSale(amountMinor: number, feeBps: number): Split {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) throw new RangeError('amount must be whole');
  if (!Number.isInteger(feeBps) || feeBps < 0 || feeBps > 10_000) throw new RangeError('fee out of range');
  const platformFeeMinor = Math.floor((amountMinor * feeBps + 5000) / 10_000);
  return { platformFeeMinor, sellerMinor: amountMinor - platformFeeMinor };
}

/** The ledger account of a seller's share. */
export const sellerAccount = (userId: string): string => `seller:${userId}`;

export interface LedgerLine {
  readonly kind: 'sale' | 'refund';
  readonly account: string;
  readonly amountMinor: number;
}

/**
 * The double-entry lines of a sale (or of its refund, which reverses it): the customer's payment out,
 * the platform's fee and the seller's share in. They always sum to zero.
 */
export function ledgerLines(
  kind: 'sale' | 'refund',
  order: { amountMinor: number; platformFeeMinor: number },
  sellerId: string,
): LedgerLine[] {
  const sign = kind === 'sale' ? 1 : -1;
  return [
    { kind, account: 'customer', amountMinor: -sign * order.amountMinor },
    { kind, account: 'platform', amountMinor: sign * order.platformFeeMinor },
    {
      kind,
      account: sellerAccount(sellerId),
      amountMinor: sign * (order.amountMinor - order.platformFeeMinor),
    },
  ];
}

/** How a price reads to a person: "$12.50", "free". */
export function formatPrice(amountMinor: number, currency: string): string {
  if (amountMinor === 0) return 'free';
  return new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() }).format(
    amountMinor / 100,
  );
}
