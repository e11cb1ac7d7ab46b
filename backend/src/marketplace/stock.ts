// A listing's stock, changed only by single guarded UPDATEs: Postgres locks the row for each one, and the
// WHERE clause (with the table's CHECK behind it) makes selling more than the edition impossible, however many
// buyers arrive at once.
import type { Prisma } from '../generated/prisma/client.ts';

type Db = Pick<Prisma.TransactionClient, '$executeRaw'>;

/** Holds one unit for a checkout in progress; false when none is left. */
export async function reserveUnit(db: Db, listingId: string): Promise<boolean> {
  const changed = await db.$executeRaw`
    UPDATE listings SET reserved = reserved + 1
    WHERE id = ${listingId}::uuid AND active AND sold + reserved < edition`;
  return changed === 1;
}

/** Sells one unit outright (a free order, or a payment that arrived after its hold was released). */
export async function sellUnit(db: Db, listingId: string): Promise<boolean> {
  const changed = await db.$executeRaw`
    UPDATE listings SET sold = sold + 1
    WHERE id = ${listingId}::uuid AND sold + reserved < edition`;
  return changed === 1;
}

/** Turns a held unit into a sold one (the checkout was paid). */
export async function settleReserved(db: Db, listingId: string): Promise<void> {
  await db.$executeRaw`
    UPDATE listings SET reserved = reserved - 1, sold = sold + 1 WHERE id = ${listingId}::uuid`;
}

/** Gives a held unit back (the checkout expired or could not be started). */
export async function releaseReserved(db: Db, listingId: string): Promise<void> {
  await db.$executeRaw`UPDATE listings SET reserved = reserved - 1 WHERE id = ${listingId}::uuid`;
}
