// Where an artist's payouts stand, in the words the Payouts tab uses. Pure, so it is tested in Node.
import type { PayoutOverview } from '@prostudio/backend/contract';

export type AccountState = 'no-stripe' | 'not-connected' | 'incomplete' | 'ready';

/** The venue takes no payments; no account yet; Stripe still needs details; sales can be paid out. */
export function accountState(overview: Pick<PayoutOverview, 'paymentsConfigured' | 'account'>): AccountState {
  if (!overview.paymentsConfigured) return 'no-stripe';
  if (!overview.account) return 'not-connected';
  return overview.account.chargesEnabled && overview.account.payoutsEnabled ? 'ready' : 'incomplete';
}

export const ACCOUNT_STATES: Record<AccountState, { title: string; text: string; action: string | null }> = {
  'no-stripe': {
    title: 'Stripe is not configured on this venue',
    text: 'Paid sales are off here, so there is nothing to pay out: free sales need no payout. The venue’s operator turns payments on with Stripe keys.',
    action: null,
  },
  'not-connected': {
    title: 'Payouts are not set up',
    text: 'Connect a Stripe account to sell for money: Stripe pays your share of each sale into it.',
    action: 'Set up payouts with Stripe',
  },
  incomplete: {
    title: 'Onboarding is not finished',
    text: 'Stripe still needs some details before it can pay you. Paid listings wait until it can.',
    action: 'Continue with Stripe',
  },
  ready: {
    title: 'Payouts are on',
    text: 'Your share of each paid sale goes to your Stripe account; Stripe pays it out to your bank.',
    action: 'Update your Stripe details',
  },
};

/** The seller's share and the venue's commission summed over settled sales, per currency, refunds netted out. */
export function totals(
  earnings: readonly {
    currency: string;
    status: 'paid' | 'refunded';
    platformFeeMinor: number;
    sellerMinor: number;
  }[],
): { currency: string; platformFeeMinor: number; sellerMinor: number }[] {
  const byCurrency = new Map<string, { platformFeeMinor: number; sellerMinor: number }>();
  for (const earning of earnings) {
    if (earning.status === 'refunded') continue;
    const sum = byCurrency.get(earning.currency) ?? { platformFeeMinor: 0, sellerMinor: 0 };
    sum.platformFeeMinor += earning.platformFeeMinor;
    sum.sellerMinor += earning.sellerMinor;
    byCurrency.set(earning.currency, sum);
  }
  return [...byCurrency]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sum]) => ({ currency, ...sum }));
}
