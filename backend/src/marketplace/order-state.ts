// The life of an order, as a table: pending -> paid -> refunded, or pending -> cancelled. Events that do not
// apply to an order's state change nothing, which is what makes replayed and reordered webhooks harmless.

export type OrderStatus = 'pending' | 'paid' | 'cancelled' | 'refunded';

/** What can happen to an order: the buyer paid, the checkout expired or was abandoned, the sale was refunded. */
export type OrderEvent = 'pay' | 'expire' | 'refund';

const TRANSITIONS: Record<OrderStatus, Partial<Record<OrderEvent, OrderStatus>>> = {
  pending: { pay: 'paid', expire: 'cancelled' },
  // A payment that arrives after its checkout was given up on still counts (if the stock allows it).
  cancelled: { pay: 'paid' },
  paid: { refund: 'refunded' },
  refunded: {},
};

/** The state an order moves to on `event`, or null when the event does not apply (it is then ignored). */
export function nextStatus(status: OrderStatus, event: OrderEvent): OrderStatus | null {
  return TRANSITIONS[status][event] ?? null;
}

/** Whether an order in this state still holds a unit of its listing's stock in reserve. */
export const holdsReservation = (status: OrderStatus): boolean => status === 'pending';
