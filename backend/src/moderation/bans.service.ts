import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { RoomBan } from '@prostudio/protocol';
import type { Ban, SpaceDoor } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { type Actor, recordAct } from './moderation-log.ts';

/** How long a guest's ban also holds the address they came from (addresses change hands). */
export const GUEST_ADDRESS_BAN_MS = 24 * 60 * 60 * 1000;

/** Who is asking to enter: their join-token subject, and the keyed hash of the address they ask from. */
export interface Entrant {
  readonly subject: string;
  readonly net: string | null;
}

/** Hears of a ban lifted, so that rooms stop refusing it at once (the world server, in `npm start`). */
export const BAN_LIFTED = Symbol('BAN_LIFTED');
export type BanLifted = (ban: { sub: string; space: string | null }) => void;

/**
 * The venue's bans: kept from what moderators do in rooms, checked whenever someone asks to enter a space
 * (a ban of that space or of the venue, by account, guest pass or, for a day, a guest's address), and
 * listed and lifted by the staff.
 */
@Injectable()
export class BansService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(BAN_LIFTED) private readonly lifted: BanLifted,
  ) {}

  /** Keeps a ban a moderator gave in a room. */
  async record(ban: RoomBan): Promise<void> {
    const space =
      ban.scope === 'space'
        ? await this.prisma.space.findUnique({ where: { slug: ban.space }, select: { id: true } })
        : null;
    if (ban.scope === 'space' && !space) return; // a room for a space the venue no longer has
    await this.prisma.$transaction(async (tx) => {
      const kept = await tx.ban.create({
        data: {
          subject: ban.sub,
          name: ban.name,
          spaceId: space?.id ?? null,
          // Whoever it is, coming back as a new guest from the same network is refused for a day too.
          netHash: ban.net,
          netUntil: ban.net ? new Date(ban.at.getTime() + GUEST_ADDRESS_BAN_MS) : null,
          reason: ban.reason,
          bannedBy: ban.by,
          createdAt: ban.at,
        },
      });
      await recordAct(
        tx,
        { sub: ban.by },
        {
          kind: 'ban_given',
          target: `${ban.name} from ${ban.scope === 'space' ? ban.space : 'the venue'}`,
          targetId: kept.id,
          reason: ban.reason,
        },
      );
    });
  }

  /** Why `who` may not enter the space `spaceId`, or null if nothing bars them. */
  async refusal(who: Entrant, spaceId: string, now = new Date()): Promise<string | null> {
    const ban = await this.prisma.ban.findFirst({
      where: {
        AND: [
          { OR: [{ spaceId: null }, { spaceId }] },
          {
            // A member is held by their account only: others on their network may sign in and enter.
            OR: [
              { subject: who.subject },
              ...(who.net && who.subject.startsWith('guest:')
                ? [{ netHash: who.net, netUntil: { gt: now } }]
                : []),
            ],
          },
        ],
      },
      select: { spaceId: true, subject: true },
    });
    if (!ban) return null;
    const where = ban.spaceId ? 'this space' : 'this venue';
    // Held by the address alone: another guest behind the same router, perhaps, who can still sign in.
    if (ban.subject !== who.subject) {
      return `Guests from your network cannot enter ${where} for now: sign in to enter.`;
    }
    return `A moderator has barred you from ${where}.`;
  }

  /** Every ban, newest first. */
  async list(): Promise<Ban[]> {
    const bans = await this.prisma.ban.findMany({
      orderBy: { createdAt: 'desc' },
      take: 500,
      include: { space: { select: { slug: true, name: true } } },
    });
    return bans.map((ban) => ({
      id: ban.id,
      who: ban.subject.startsWith('guest:') ? 'guest' : 'member',
      name: ban.name,
      space: ban.space,
      reason: ban.reason,
      createdAt: ban.createdAt.toISOString(),
    }));
  }

  /** Lifts a ban; the person may enter again at once. */
  async lift(id: string, actor: Actor): Promise<void> {
    const ban = await this.prisma.ban.findUnique({
      where: { id },
      include: { space: { select: { slug: true } } },
    });
    if (!ban) throw new NotFoundException('There is no such ban.');
    await this.prisma.$transaction(async (tx) => {
      await tx.ban.delete({ where: { id } });
      await recordAct(tx, actor, {
        kind: 'ban_lifted',
        target: `${ban.name} from ${ban.space?.slug ?? 'the venue'}`,
        targetId: id,
        reason: ban.reason,
      });
    });
    this.lifted({ sub: ban.subject, space: ban.space?.slug ?? null });
  }

  /** Every space and whom it admits. */
  async doors(): Promise<SpaceDoor[]> {
    return this.prisma.space.findMany({
      orderBy: { name: 'asc' },
      select: { slug: true, name: true, membersOnly: true },
    });
  }

  /** Lets a space admit members only, or everyone. */
  async setMembersOnly(slug: string, membersOnly: boolean, actor: Actor): Promise<SpaceDoor> {
    const space = await this.prisma.space.findUnique({ where: { slug }, select: { id: true, name: true } });
    if (!space) throw new NotFoundException(`There is no space called "${slug}".`);
    return this.prisma.$transaction(async (tx) => {
      await recordAct(tx, actor, {
        kind: 'space_door_changed',
        target: `${space.name}: ${membersOnly ? 'members only' : 'open to guests'}`,
        targetId: space.id,
      });
      return tx.space.update({
        where: { id: space.id },
        data: { membersOnly },
        select: { slug: true, name: true, membersOnly: true },
      });
    });
  }
}
