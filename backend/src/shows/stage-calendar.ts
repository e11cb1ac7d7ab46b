// One show at a time on a stage: the check that a booking request and its approval both make.
import type { Prisma } from '../generated/prisma/client.ts';

/**
 * Locks the stage for the rest of the transaction (so two bookings or approvals of one stage take turns) and
 * returns the approved show that overlaps [startsAt, endsAt), if any. Requests do not hold a stage: several
 * may ask for one evening, and the venue approves one of them.
 */
export async function lockStageAndFindClash(
  tx: Prisma.TransactionClient,
  spaceId: string,
  startsAt: Date,
  endsAt: Date,
  exceptShowId?: string,
): Promise<{ title: string } | null> {
  await tx.$queryRaw`SELECT id FROM spaces WHERE id = ${spaceId}::uuid FOR UPDATE`;
  return tx.show.findFirst({
    where: {
      spaceId,
      status: 'approved',
      startsAt: { lt: endsAt },
      endsAt: { gt: startsAt },
      ...(exceptShowId ? { id: { not: exceptShowId } } : {}),
    },
    select: { title: true },
  });
}
