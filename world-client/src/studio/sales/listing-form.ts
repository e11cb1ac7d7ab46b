// The "put something up for sale" form: what the seller typed, checked and turned into the API's request, and
// the venue's commission on it shown before they list. Pure, so it is tested in Node.
import {
  COMMISSION_BPS,
  type NewListing,
  PREMIUM_LISTING_FEE_BPS,
  splitSale,
} from '@prostudio/backend/contract';
import type { FieldError } from '../field-errors.ts';
import { parsePrice } from '../money.ts';

export type SellKind = NewListing['kind'];

export interface ListingDraft {
  readonly kind: SellKind;
  /** The work sold; '' for none (a commission may go without one). */
  readonly artworkId: string;
  readonly title: string;
  readonly edition: string;
  readonly price: string;
  readonly currency: NewListing['currency'];
  readonly premium: boolean;
}

export const EMPTY_DRAFT: ListingDraft = {
  kind: 'print',
  artworkId: '',
  title: '',
  edition: '10',
  price: '',
  currency: 'usd',
  premium: false,
};

/** What each kind is called on the form. */
export const KIND_NAMES: Record<SellKind, string> = {
  original: 'The original',
  print: 'Prints (an edition)',
  commission: 'Commission slots',
};

/** The request the draft makes, or the first field it cannot make one from (named as the API names it). */
export function listingRequest(
  draft: ListingDraft,
): { ok: true; request: NewListing } | { ok: false; error: FieldError } {
  const refuse = (field: string, message: string) => ({ ok: false as const, error: { field, message } });
  if (draft.kind !== 'commission' && !draft.artworkId)
    return refuse('artworkId', 'Choose the work you sell.');
  const title = draft.title.trim();
  if (draft.kind === 'commission' && !title) return refuse('title', 'Say what the commission is.');
  const edition = draft.kind === 'original' ? 1 : Number(draft.edition.trim());
  if (!Number.isInteger(edition) || edition < 1 || edition > 10_000) {
    return refuse('edition', 'Write a whole number from 1 to 10,000.');
  }
  const price = parsePrice(draft.price, draft.currency);
  if (!price.ok) return refuse('priceMinor', price.reason);
  return {
    ok: true,
    request: {
      kind: draft.kind,
      ...(draft.artworkId ? { artworkId: draft.artworkId } : {}),
      ...(title ? { title } : {}),
      edition,
      priceMinor: price.minor,
      currency: draft.currency,
      premium: draft.premium,
    },
  };
}

/** The venue's commission per kind (basis points), and what a premium listing adds. */
export interface SaleTerms {
  readonly shares: Readonly<Record<SellKind, number>>;
  readonly premiumExtraBps: number;
}

/** The venue's defaults, until it says what its admin set. */
export const DEFAULT_TERMS: SaleTerms = { shares: COMMISSION_BPS, premiumExtraBps: PREMIUM_LISTING_FEE_BPS };

/** The venue's commission on one sale of what the draft lists, at the venue's rates. */
export function commissionPreview(
  draft: ListingDraft,
  terms: SaleTerms = DEFAULT_TERMS,
): {
  feeBps: number;
  priceMinor: number | null;
  platformFeeMinor: number;
  sellerMinor: number;
} {
  const feeBps = Math.min(10_000, terms.shares[draft.kind] + (draft.premium ? terms.premiumExtraBps : 0));
  const price = parsePrice(draft.price, draft.currency);
  const priceMinor = price.ok ? price.minor : null;
  const split = splitSale(priceMinor ?? 0, feeBps);
  return { feeBps, priceMinor, ...split };
}

/** A share in basis points as a person reads it: "15 %", "12.5 %". */
export function formatShare(bps: number): string {
  return new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 }).format(
    bps / 10_000,
  );
}
