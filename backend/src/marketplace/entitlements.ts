// What an order gives its buyer: a show's ticket, a place on a course. One of each per person, kept by the
// database's unique keys, (show, holder) and (course, user), rather than by a count read before the insert,
// which parallel orders all pass. A refunded (revoked) one is revived for the new order.
import { randomUUID } from 'node:crypto';
import { ConflictException } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';

type Db = Pick<Prisma.TransactionClient, '$executeRaw'>;

/** What a listing sells beyond the unit itself. */
export interface Grants {
  readonly showId: string | null;
  readonly courseId: string | null;
}

/**
 * Grants what `order` is for; false when its buyer holds it already, and then writes nothing. An order racing
 * another by the same buyer waits on the key until the other's transaction ends; if that one committed, the
 * `WHERE` leaves its row alone and this one gets false.
 */
export async function grant(
  db: Db,
  order: { id: string; buyerId: string },
  listing: Grants,
): Promise<boolean> {
  if (listing.showId) {
    const granted = await db.$executeRaw`
      INSERT INTO tickets (id, show_id, holder_id, order_id)
      VALUES (${randomUUID()}::uuid, ${listing.showId}::uuid, ${order.buyerId}::uuid, ${order.id}::uuid)
      ON CONFLICT (show_id, holder_id) DO UPDATE SET order_id = EXCLUDED.order_id, revoked_at = NULL
      WHERE tickets.revoked_at IS NOT NULL`;
    if (granted === 0) return false;
  }
  if (listing.courseId) {
    const granted = await db.$executeRaw`
      INSERT INTO enrollments (id, course_id, user_id, order_id)
      VALUES (${randomUUID()}::uuid, ${listing.courseId}::uuid, ${order.buyerId}::uuid, ${order.id}::uuid)
      ON CONFLICT (course_id, user_id) DO UPDATE SET order_id = EXCLUDED.order_id, revoked_at = NULL
      WHERE enrollments.revoked_at IS NOT NULL`;
    if (granted === 0) return false;
  }
  return true;
}

/** The 409 for a second one. */
export function alreadyHeld(what: 'ticket' | 'place'): ConflictException {
  return new ConflictException(
    what === 'ticket'
      ? 'You already have a ticket for this show.'
      : 'You are enrolled on this course already.',
  );
}
