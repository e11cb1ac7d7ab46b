// What an order gives its buyer beyond the unit: a show's ticket (shows/tickets.ts), a place on a course
// (education/enrollments.ts). One of each per person, kept by the database's unique keys.
import { ConflictException } from '@nestjs/common';
import { grantPlace } from '../education/enrollments.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { grantTicket } from '../shows/tickets.ts';

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
  if (listing.showId && !(await grantTicket(db, order, listing.showId))) return false;
  if (listing.courseId && !(await grantPlace(db, order, listing.courseId))) return false;
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
