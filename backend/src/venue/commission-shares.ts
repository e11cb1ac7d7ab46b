// The venue's default shares of sales, as an admin set them on the desk (venue_settings), else the defaults
// in marketplace/pricing.ts. Read whenever a listing is made, so that a change applies from then on.
import type { CommissionShares } from '../contract.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import {
  COMMISSION_BPS,
  DEFAULT_COURSE_SHARE_BPS,
  DEFAULT_TICKET_SHARE_BPS,
} from '../marketplace/pricing.ts';

/** The shares the venue starts with. */
export const DEFAULT_SHARES: CommissionShares = {
  ...COMMISSION_BPS,
  ticket: DEFAULT_TICKET_SHARE_BPS,
  course: DEFAULT_COURSE_SHARE_BPS,
};

/** The venue's shares now, and when an admin last set them (null: never). */
export async function venueShares(
  db: Pick<Prisma.TransactionClient, 'venueSettings'>,
): Promise<CommissionShares & { updatedAt: Date | null }> {
  const row = await db.venueSettings.findUnique({ where: { id: 1 } });
  if (!row) return { ...DEFAULT_SHARES, updatedAt: null };
  return {
    original: row.originalBps,
    print: row.printBps,
    commission: row.commissionBps,
    ticket: row.ticketBps,
    course: row.courseBps,
    updatedAt: row.updatedAt,
  };
}
