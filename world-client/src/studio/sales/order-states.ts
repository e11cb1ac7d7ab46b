// How the Sales tab names an order's state and a commission's progress, and what a seller may do next.
// Pure, so it is tested in Node.
import type { Commission, Sale } from '@prostudio/backend/contract';

export const ORDER_STATES: Record<Sale['status'], string> = {
  paid: 'Paid',
  pending: 'Awaiting payment',
  refunded: 'Refunded',
  cancelled: 'Cancelled',
};

export const COMMISSION_STEPS: Record<Commission['status'], string> = {
  requested: 'New request',
  accepted: 'Accepted',
  in_progress: 'In progress',
  delivered: 'Delivered',
};

/** What the seller may do with an order: refund a paid one, report on a paid commission. */
export function orderActions(sale: Pick<Sale, 'status' | 'commission'>): {
  refund: boolean;
  report: boolean;
} {
  const paid = sale.status === 'paid';
  return { refund: paid, report: paid && sale.commission !== null };
}

/** The step a commission's form offers next: the one after where it stands (delivered stays delivered). */
export function nextStep(status: Commission['status']): Exclude<Commission['status'], 'requested'> {
  if (status === 'requested') return 'accepted';
  if (status === 'accepted') return 'in_progress';
  return 'delivered';
}

/** Sold and left of an edition, as the listings show it: "2 of 10 sold · 7 left (1 in checkout)". */
export function stockLine(listing: {
  edition: number;
  sold: number;
  reserved: number;
  available: number;
  active: boolean;
}): string {
  const sold = `${listing.sold} of ${listing.edition} sold`;
  if (!listing.active) return `${sold} · withdrawn`;
  const held = listing.reserved > 0 ? ` (${listing.reserved} in checkout)` : '';
  return `${sold} · ${listing.available} left${held}`;
}
