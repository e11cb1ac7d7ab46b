// Payouts to the artist's bank, in the words the Payouts tab uses. Pure, so it is tested in Node.
import type { BankPayout } from '@prostudio/backend/contract';

/** Stripe's status of a payout, as the artist reads it. */
export const PAYOUT_STATUS_WORDS: Record<BankPayout['status'], string> = {
  paid: 'Paid into your bank',
  pending: 'Pending: Stripe has not sent it yet',
  in_transit: 'On its way to your bank',
  canceled: 'Canceled: the money stays with Stripe',
  failed: 'Failed: check your bank details in Stripe',
};

/** The day a payout reaches (or reached) the bank, in the reader's locale; Stripe's dates are UTC days. */
export function arrivalDay(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
}

/** "Arrived" for a paid payout, "Expected" for one still to come, "Was due" for one that did not arrive. */
export function arrivalWord(status: BankPayout['status']): string {
  if (status === 'paid') return 'Arrived';
  return status === 'pending' || status === 'in_transit' ? 'Expected' : 'Was due';
}

/** The colour of a payout's status, as the studio's other statuses have it. */
export function statusTone(status: BankPayout['status']): 'paid' | 'pending' | 'cancelled' {
  if (status === 'paid') return 'paid';
  return status === 'pending' || status === 'in_transit' ? 'pending' : 'cancelled';
}
