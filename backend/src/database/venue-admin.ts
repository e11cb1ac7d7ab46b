// The venue's owner: the account an operator names in VENUE_ADMIN_EMAIL is made an admin when the venue
// starts. Admins then give the other staff roles through the API. Not "the first account to sign up": a
// venue reachable from outside would be anyone's who signed up before its owner did.
import type { PrismaClient } from '../generated/prisma/client.ts';

/** What became of the named account: made admin now, admin already, or not signed up yet. */
export type VenueAdminOutcome = 'granted' | 'already' | 'no-account';

/** Makes the account with `email` an admin, if there is one. */
export async function ensureVenueAdmin(prisma: PrismaClient, email: string): Promise<VenueAdminOutcome> {
  const user = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, roles: true },
  });
  if (!user) return 'no-account';
  if (user.roles.includes('admin')) return 'already';
  await prisma.$executeRaw`
    UPDATE users SET roles = array_append(roles, 'admin'::"UserRole")
    WHERE id = ${user.id}::uuid AND NOT ('admin'::"UserRole" = ANY (roles))`;
  return 'granted';
}
