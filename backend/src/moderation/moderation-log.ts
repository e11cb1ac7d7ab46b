// The log of moderator and venue acts: each service that bans, lifts, gives or takes a role, answers a
// request, takes an exhibition down, changes the venue's settings or resolves a report writes one line here,
// in the same transaction as the act where it has one. The desk reads it back (ModerationLogService).
import type { ModeratorActionKind } from '../contract.ts';
import type { Prisma } from '../generated/prisma/client.ts';

/** Who acted: an account id (as access tokens carry it) or a subject (user:<id>, as join tokens do). */
export interface Actor {
  readonly sub: string;
}

export interface Act {
  readonly kind: ModeratorActionKind;
  /** What it was done to, in words. */
  readonly target: string;
  readonly targetId?: string | null;
  readonly reason?: string | null;
}

type Db = Pick<Prisma.TransactionClient, 'moderatorAction' | 'user'>;

const userIdOf = (sub: string): string => (sub.startsWith('user:') ? sub.slice('user:'.length) : sub);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Writes one act to the log, naming the actor as they are called now. */
export async function recordAct(db: Db, actor: Actor, act: Act): Promise<void> {
  const userId = userIdOf(actor.sub);
  const user = UUID.test(userId)
    ? await db.user.findUnique({ where: { id: userId }, select: { displayName: true } })
    : null;
  await db.moderatorAction.create({
    data: {
      kind: act.kind,
      actorSubject: `user:${userId}`,
      actorName: user?.displayName ?? 'someone no longer here',
      target: act.target,
      targetId: act.targetId ?? null,
      reason: act.reason ?? null,
    },
  });
}
