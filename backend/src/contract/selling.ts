// The seller's side of the marketplace, as the studio shows it: their own listings, the orders of them
// (with commissions' progress), each sale's split in the payouts, and their plan's tiers and usage.
import { z } from 'zod';
import { listingSchema } from './marketplace.ts';
import { payoutStatusSchema } from './payouts.ts';

/** The venue's default commission per kind and how a sale splits, for a seller to see before they list. */
export { COMMISSION_BPS, PREMIUM_LISTING_FEE_BPS, splitSale } from '../marketplace/pricing.ts';

/** A listing as its seller sees it: with what is sold and the venue's share fixed on it. */
export const myListingSchema = listingSchema.extend({
  sold: z.number().int(),
  /** Units held by checkouts under way. */
  reserved: z.number().int(),
  /** The venue's commission on each sale, in basis points (1500 is 15 %). */
  feeBps: z.number().int(),
  createdAt: z.string(),
});
export type MyListing = z.infer<typeof myListingSchema>;

export const COMMISSION_STATUSES = ['accepted', 'in_progress', 'delivered'] as const;
export const commissionStatusSchema = z.enum(COMMISSION_STATUSES);
export type CommissionStatus = z.infer<typeof commissionStatusSchema>;

/** What the seller of a commission tells its buyer: where the work stands, and a message if any. */
export const newCommissionUpdateSchema = z.object({
  status: commissionStatusSchema,
  message: z.string().trim().max(2000, 'must be at most 2,000 characters').default(''),
});
export type NewCommissionUpdate = z.infer<typeof newCommissionUpdateSchema>;

export const commissionSchema = z.object({
  orderId: z.string(),
  /** "requested" until the seller first answers. */
  status: z.enum(['requested', ...COMMISSION_STATUSES]),
  /** Oldest first. */
  updates: z.array(z.object({ status: commissionStatusSchema, message: z.string(), createdAt: z.string() })),
});
export type Commission = z.infer<typeof commissionSchema>;

/** An order of one of the seller's listings. */
export const saleSchema = z.object({
  id: z.string(),
  status: z.enum(['pending', 'paid', 'cancelled', 'refunded']),
  listing: z.object({ id: z.string(), title: z.string(), kind: z.string() }),
  buyer: z.object({ name: z.string() }),
  amountMinor: z.number().int(),
  currency: z.string(),
  /** The venue's commission on this order, and what is left for the seller. */
  platformFeeMinor: z.number().int(),
  sellerMinor: z.number().int(),
  createdAt: z.string(),
  paidAt: z.string().nullable(),
  /** For a commission: its progress and messages; null for other kinds. */
  commission: commissionSchema.nullable(),
});
export type Sale = z.infer<typeof saleSchema>;

/** One settled sale in the seller's earnings, as the ledger holds it. */
export const earningSchema = z.object({
  orderId: z.string(),
  title: z.string(),
  kind: z.string(),
  status: z.enum(['paid', 'refunded']),
  soldAt: z.string(),
  currency: z.string(),
  amountMinor: z.number().int(),
  /** The venue's commission rate on the listing, in basis points. */
  feeBps: z.number().int(),
  /** The venue's commission and the seller's share, net of any refund (from the ledger; 0 for free sales). */
  platformFeeMinor: z.number().int(),
  sellerMinor: z.number().int(),
});
export type Earning = z.infer<typeof earningSchema>;

/** The payouts page: whether the venue takes payments at all, the seller's account and balance, each sale. */
export const payoutOverviewSchema = payoutStatusSchema.extend({
  paymentsConfigured: z.boolean(),
  earnings: z.array(earningSchema),
});
export type PayoutOverview = z.infer<typeof payoutOverviewSchema>;

/** What Stripe does with a payout to the seller's bank (Stripe's own words for it). */
export const BANK_PAYOUT_STATUSES = ['paid', 'pending', 'in_transit', 'canceled', 'failed'] as const;

/** Money Stripe sent (or will send) from the seller's connected account to their bank. */
export const bankPayoutSchema = z.object({
  id: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
  status: z.enum(BANK_PAYOUT_STATUSES),
  /** When it reaches (or reached, or would have reached) the bank: ISO 8601. */
  arrivalDate: z.string(),
});
export type BankPayout = z.infer<typeof bankPayoutSchema>;

/**
 * The seller's payouts to their bank, newest first (Stripe's latest 20). `no-payments`: the venue has no Stripe
 * keys; `no-account`: the seller has no Stripe account yet (both with an empty list); `listed`: Stripe's answer.
 */
export const bankPayoutsSchema = z.object({
  state: z.enum(['no-payments', 'no-account', 'listed']),
  payouts: z.array(bankPayoutSchema),
});
export type BankPayouts = z.infer<typeof bankPayoutsSchema>;

/** One of the venue's plans, as the plan page offers it. */
export const tierSchema = z.object({
  tier: z.enum(['free', 'pro', 'studio', 'enterprise']),
  name: z.string(),
  monthlyPriceMinor: z.number().int(),
  currency: z.string(),
  /** Upload storage; null is unlimited. */
  storageBytes: z.number().int().nullable(),
  /** How many API keys the plan may hold at once (0: no API access). */
  apiKeys: z.number().int(),
  features: z.array(z.string()),
});
export type TierInfo = z.infer<typeof tierSchema>;

const usedOf = z.object({ used: z.number().int(), limit: z.number().int().nullable() });

/** What the member uses of what their plan allows; a null limit is unlimited. */
export const usageSchema = z.object({
  storageBytes: usedOf,
  listings: usedOf,
  apiKeys: usedOf,
});
export type Usage = z.infer<typeof usageSchema>;
