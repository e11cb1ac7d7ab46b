// The venue's plans (the seed's tiers) and what each allows. Pure: the API reads limits from here.

export type Tier = 'free' | 'pro' | 'studio' | 'enterprise';
export type Feature = 'basic-tools' | 'ai' | 'collaboration' | 'white-label' | 'api-access';

export interface TierPlan {
  readonly tier: Tier;
  readonly name: string;
  /** Monthly price in US cents; 0 for the free tier. */
  readonly monthlyPriceMinor: number;
  /** How much an account may upload in all; null is unlimited. */
  readonly storageBytes: number | null;
  readonly features: readonly Feature[];
}

const GB = 1_000_000_000;

export const TIERS: Record<Tier, TierPlan> = {
  free: {
    tier: 'free',
    name: 'Creator Free',
    monthlyPriceMinor: 0,
    storageBytes: 5 * GB,
    features: ['basic-tools'],
  },
  pro: {
    tier: 'pro',
    name: 'Creator Pro',
    monthlyPriceMinor: 1900,
    storageBytes: null,
    features: ['basic-tools', 'ai'],
  },
  studio: {
    tier: 'studio',
    name: 'Studio',
    monthlyPriceMinor: 4900,
    storageBytes: null,
    features: ['basic-tools', 'ai', 'collaboration'],
  },
  enterprise: {
    tier: 'enterprise',
    name: 'Enterprise',
    monthlyPriceMinor: 19900,
    storageBytes: null,
    features: ['basic-tools', 'ai', 'collaboration', 'white-label', 'api-access'],
  },
};

/** How many live API keys a member whose plan includes API access may hold. */
export const API_KEY_LIMIT = 20;

export const PAID_TIERS = ['pro', 'studio', 'enterprise'] as const satisfies readonly Tier[];

/** Stripe's subscription states in which the plan's benefits hold (past_due: while Stripe retries the card). */
const GOOD_STANDING = new Set(['active', 'trialing', 'past_due']);

/** The plan a member is on now: their subscription's tier while it is in good standing, else Creator Free. */
export function effectiveTier(subscription: { tier: Tier; status: string } | null): TierPlan {
  if (!subscription || !GOOD_STANDING.has(subscription.status)) return TIERS.free;
  return TIERS[subscription.tier];
}

/** Whether `adding` more bytes fits the plan, given what is stored already. */
export function fitsStorage(plan: TierPlan, usedBytes: number, adding: number): boolean {
  return plan.storageBytes === null || usedBytes + adding <= plan.storageBytes;
}

export const hasFeature = (plan: TierPlan, feature: Feature): boolean => plan.features.includes(feature);

/** Why a plan does not allow a feature (naming the plan that does), or null when it does. */
export function featureRefusal(plan: TierPlan, feature: Feature): string | null {
  if (hasFeature(plan, feature)) return null;
  const needed = PAID_TIERS.map((tier) => TIERS[tier]).find((candidate) => hasFeature(candidate, feature));
  return `${plan.name} does not include ${feature}; ${needed?.name ?? 'no plan'} does.`;
}
