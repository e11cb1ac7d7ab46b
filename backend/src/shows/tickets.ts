// A show's ticket, written when an order for it is paid (or free). One per person and show, kept by the
// database's unique key (show, holder) rather than a count read before the insert, which parallel orders
// all pass; a refunded (revoked) ticket is revived for the new order.
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client.ts';

type Db = Pick<Prisma.TransactionClient, '$executeRaw'>;

/** Gives `buyerId` a ticket to `showId` for `orderId`; false (writing nothing) when they hold one already. */
export async function grantTicket(
  db: Db,
  order: { id: string; buyerId: string },
  showId: string,
): Promise<boolean> {
  const granted = await db.$executeRaw`
    INSERT INTO tickets (id, show_id, holder_id, order_id)
    VALUES (${randomUUID()}::uuid, ${showId}::uuid, ${order.buyerId}::uuid, ${order.id}::uuid)
    ON CONFLICT (show_id, holder_id) DO UPDATE SET order_id = EXCLUDED.order_id, revoked_at = NULL
    WHERE tickets.revoked_at IS NOT NULL`;
  return granted > 0;
}
