import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { AccessClaims } from '../accounts/accounts.service.ts';
import type { NewShow, Show, Ticket } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { DEFAULT_TICKET_SHARE_BPS } from '../marketplace/pricing.ts';
import { PayoutsService } from '../payouts/payouts.service.ts';
import type { Admission } from '../world/admission.ts';

/** Ticket holders may come in this long before a show starts. */
export const DOORS_OPEN_MINUTES = 30;

const showInclude = {
  space: { select: { slug: true, name: true } },
  performer: { select: { id: true, displayName: true } },
  listing: {
    select: { id: true, priceMinor: true, currency: true, edition: true, sold: true, reserved: true },
  },
} as const;

type ShowRow = {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  space: { slug: string; name: string };
  performer: { id: string; displayName: string };
  listing: {
    id: string;
    priceMinor: number;
    currency: string;
    edition: number;
    sold: number;
    reserved: number;
  } | null;
};

function showView(show: ShowRow): Show {
  const listing = show.listing;
  if (!listing) throw new Error(`show ${show.id} has no ticket listing`);
  return {
    id: show.id,
    title: show.title,
    description: show.description,
    space: show.space,
    performer: { id: show.performer.id, name: show.performer.displayName },
    startsAt: show.startsAt.toISOString(),
    endsAt: show.endsAt.toISOString(),
    listingId: listing.id,
    priceMinor: listing.priceMinor,
    currency: listing.currency,
    capacity: listing.edition,
    available: listing.edition - listing.sold - listing.reserved,
  };
}

/** Shows on the venue's stages, their tickets (a listing, sold through orders) and who may come in. */
@Injectable()
export class ShowsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(PayoutsService) private readonly payouts: PayoutsService,
  ) {}

  /** An artist schedules a show on a stage; its capacity becomes a listing of tickets. */
  async create(performerId: string, request: NewShow): Promise<Show> {
    const artist = await this.prisma.artist.findUnique({
      where: { userId: performerId },
      select: { id: true },
    });
    if (!artist) throw new ForbiddenException('Make an artist profile first.');
    const space = await this.prisma.space.findUnique({ where: { slug: request.space } });
    if (!space) throw new NotFoundException(`There is no space called "${request.space}".`);
    if (space.kind !== 'stage') throw new BadRequestException('body.space: shows happen on stages.');
    if (request.capacity > space.capacity) {
      throw new BadRequestException(`body.capacity: ${space.name} holds at most ${space.capacity}.`);
    }
    const startsAt = new Date(request.startsAt);
    if (startsAt.getTime() < Date.now())
      throw new BadRequestException('body.startsAt: must be in the future.');
    const endsAt = new Date(startsAt.getTime() + request.durationMinutes * 60_000);
    await this.payouts.requireReadyToSell(performerId, request.priceMinor);
    const show = await this.prisma.$transaction(async (tx) => {
      // One show at a time per stage: the lock makes two overlapping bookings wait for each other.
      await tx.$queryRaw`SELECT id FROM spaces WHERE id = ${space.id}::uuid FOR UPDATE`;
      const clash = await tx.show.findFirst({
        where: { spaceId: space.id, startsAt: { lt: endsAt }, endsAt: { gt: startsAt } },
        select: { title: true },
      });
      if (clash) throw new ConflictException(`body.startsAt: ${space.name} has "${clash.title}" then.`);
      return tx.show.create({
        data: {
          spaceId: space.id,
          performerId,
          title: request.title,
          description: request.description,
          startsAt,
          endsAt,
          listing: {
            create: {
              sellerId: performerId,
              kind: 'ticket',
              title: `Ticket: ${request.title}`,
              edition: request.capacity,
              priceMinor: request.priceMinor,
              currency: request.currency,
              feeBps: DEFAULT_TICKET_SHARE_BPS,
            },
          },
        },
        include: showInclude,
      });
    });
    return showView(show);
  }

  /** Shows not over yet, soonest first; on one stage when `space` is given. */
  async upcoming(space?: string): Promise<Show[]> {
    const shows = await this.prisma.show.findMany({
      where: { endsAt: { gt: new Date() }, ...(space ? { space: { slug: space } } : {}) },
      orderBy: { startsAt: 'asc' },
      take: 100,
      include: showInclude,
    });
    return shows.map(showView);
  }

  async get(id: string): Promise<Show> {
    const show = await this.prisma.show.findUnique({ where: { id }, include: showInclude });
    if (!show) throw new NotFoundException('There is no such show.');
    return showView(show);
  }

  /** An admin sets the platform's share of a show's future ticket sales (orders made keep theirs). */
  async setSplit(id: string, platformShareBps: number): Promise<Show> {
    const show = await this.prisma.show.findUnique({
      where: { id },
      select: { listing: { select: { id: true } } },
    });
    if (!show?.listing) throw new NotFoundException('There is no such show.');
    await this.prisma.listing.update({ where: { id: show.listing.id }, data: { feeBps: platformShareBps } });
    return this.get(id);
  }

  async tickets(holderId: string): Promise<Ticket[]> {
    const tickets = await this.prisma.ticket.findMany({
      where: { holderId },
      orderBy: { show: { startsAt: 'asc' } },
      include: { show: { include: { space: { select: { slug: true, name: true } } } } },
    });
    return tickets.map((ticket) => ({
      id: ticket.id,
      orderId: ticket.orderId,
      valid: ticket.revokedAt === null,
      show: {
        id: ticket.show.id,
        title: ticket.show.title,
        startsAt: ticket.show.startsAt.toISOString(),
        endsAt: ticket.show.endsAt.toISOString(),
        space: ticket.show.space,
      },
    }));
  }

  /**
   * Who may enter a stage now. While a show is on (from doors open to its end) it takes a valid ticket, unless
   * you are its performer (who performs) or a moderator; between shows the stage is open to all.
   */
  async admission(spaceId: string, user: AccessClaims | null, now = new Date()): Promise<Admission> {
    const doorsOpenBy = new Date(now.getTime() + DOORS_OPEN_MINUTES * 60_000);
    const show = await this.prisma.show.findFirst({
      where: { spaceId, startsAt: { lte: doorsOpenBy }, endsAt: { gt: now } },
      orderBy: { startsAt: 'asc' },
      select: { id: true, title: true, performerId: true },
    });
    if (!show) return { allowed: true, role: null, entitlement: null };
    if (user?.sub === show.performerId) return { allowed: true, role: 'performer', entitlement: null };
    if (user && (user.roles.includes('moderator') || user.roles.includes('admin'))) {
      return { allowed: true, role: null, entitlement: null };
    }
    const ticket = user
      ? await this.prisma.ticket.findFirst({
          where: { showId: show.id, holderId: user.sub, revokedAt: null },
          select: { id: true },
        })
      : null;
    if (!ticket) {
      return {
        allowed: false,
        reason: `"${show.title}" is on: a ticket is needed${user ? '' : ' (sign in to buy one)'}.`,
      };
    }
    return { allowed: true, role: null, entitlement: { type: 'ticket', id: ticket.id } };
  }
}
