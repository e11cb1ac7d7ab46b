// A place on a course, written when an order for it is paid (or free). One per person and course, kept by
// the database's unique key (course, user); a refunded (revoked) place is revived for the new order.
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client.ts';

type Db = Pick<Prisma.TransactionClient, '$executeRaw'>;

/** Gives `buyerId` a place on `courseId` for `orderId`; false (writing nothing) when they hold one already. */
export async function grantPlace(
  db: Db,
  order: { id: string; buyerId: string },
  courseId: string,
): Promise<boolean> {
  const granted = await db.$executeRaw`
    INSERT INTO enrollments (id, course_id, user_id, order_id)
    VALUES (${randomUUID()}::uuid, ${courseId}::uuid, ${order.buyerId}::uuid, ${order.id}::uuid)
    ON CONFLICT (course_id, user_id) DO UPDATE SET order_id = EXCLUDED.order_id, revoked_at = NULL
    WHERE enrollments.revoked_at IS NOT NULL`;
  return granted > 0;
}
