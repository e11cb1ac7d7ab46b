import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { AccessClaims } from '../accounts/accounts.service.ts';
import {
  DOORS_OPEN_MINUTES,
  type NewShow,
  type Show,
  type ShowEdit,
  type ShowReport,
  type Ticket,
} from '../contract.ts';
import { type Caller, hasAnyRole, isOwnerOrAdmin, isVenueStaff } from '../common/owner-or-admin.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { PayoutsService } from '../payouts/payouts.service.ts';
import { bookingLimitProblem } from '../venue/booking-limits.ts';
import { venueShares } from '../venue/commission-shares.ts';
import type { Admission } from '../world/admission.ts';
import { showInclude, showView } from './show-view.ts';
import { lockStageAndFindClash } from './stage-calendar.ts';

/**
 * Shows on the venue's stages, their tickets (a listing, sold through orders) and who may come in. A booking
 * is a request (pending) until the venue's curators or admins approve it (src/venue/): until then it is
 * listed only to its performer and the venue, sells nothing and does not hold the stage's door.
 */
@Injectable()
export class ShowsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(PayoutsService) private readonly payouts: PayoutsService,
  ) {}

  /**
   * An artist asks for a stage at a time: a pending show whose capacity becomes a listing of tickets, off sale
   * until the venue approves. Refused when an approved show has the stage then, or when the artist has as
   * many requests waiting, or approved shows to come, as one may (venue/booking-limits.ts).
   */
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
      // The artist's requests are counted under a lock on their account, so that many at once cannot all
      // pass the count.
      await tx.$queryRaw`SELECT id FROM users WHERE id = ${performerId}::uuid FOR UPDATE`;
      const now = new Date();
      const open = (status: 'pending' | 'approved') =>
        tx.show.count({ where: { performerId, status, endsAt: { gt: now } } });
      const limit = bookingLimitProblem({ pending: await open('pending'), upcoming: await open('approved') });
      if (limit) throw new ConflictException(limit);
      const clash = await lockStageAndFindClash(tx, space.id, startsAt, endsAt);
      if (clash) throw new ConflictException(`body.startsAt: ${space.name} has "${clash.title}" then.`);
      return tx.show.create({
        data: {
          spaceId: space.id,
          performerId,
          title: request.title,
          description: request.description,
          acts: request.acts,
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
              // The venue's share of ticket sales as it stands when the show is asked for.
              feeBps: (await venueShares(tx)).ticket,
              active: false,
            },
          },
        },
        include: showInclude,
      });
    });
    return showView(show);
  }

  /** Approved shows not over yet, soonest first; on one stage, or by one artist, when asked. */
  async upcoming(only: { space?: string | undefined; artist?: string | undefined } = {}): Promise<Show[]> {
    const shows = await this.prisma.show.findMany({
      where: {
        status: 'approved',
        endsAt: { gt: new Date() },
        ...(only.space ? { space: { slug: only.space } } : {}),
        ...(only.artist ? { performer: { artist: { id: only.artist } } } : {}),
      },
      orderBy: { startsAt: 'asc' },
      take: 100,
      include: showInclude,
    });
    return shows.map(showView);
  }

  /** A show: an approved one for anyone; a request only for its performer and the venue's staff. */
  async get(id: string, caller: Caller | null = null): Promise<Show> {
    const show = await this.prisma.show.findUnique({ where: { id }, include: showInclude });
    const visible =
      show &&
      (show.status === 'approved' || isOwnerOrAdmin(caller, show.performer.id) || isVenueStaff(caller));
    if (!show || !visible) throw new NotFoundException('There is no such show.');
    return showView(show);
  }

  /** The caller's own shows, approved or not, latest first: where their requests stand. */
  async mine(performerId: string): Promise<Show[]> {
    const shows = await this.prisma.show.findMany({
      where: { performerId },
      orderBy: { startsAt: 'desc' },
      take: 100,
      include: showInclude,
    });
    return shows.map(showView);
  }

  /** Its performer changes a show's title, description or running order (the venue's staff may too). */
  async edit(id: string, caller: Caller, edit: ShowEdit): Promise<Show> {
    await this.requirePerformerOrStaff(id, caller);
    const show = await this.prisma.show.update({
      where: { id },
      data: {
        ...(edit.title !== undefined ? { title: edit.title } : {}),
        ...(edit.description !== undefined ? { description: edit.description } : {}),
        ...(edit.acts !== undefined ? { acts: edit.acts } : {}),
      },
      include: showInclude,
    });
    if (edit.title !== undefined && show.listing) {
      await this.prisma.listing.update({
        where: { id: show.listing.id },
        data: { title: `Ticket: ${edit.title}` },
      });
    }
    return showView(show);
  }

  /**
   * Its performer withdraws a request the venue has not answered, or one it declined: nothing was sold for
   * either. An approved show stays (tickets may be held): the venue's staff take it down.
   */
  async withdraw(id: string, caller: Caller): Promise<void> {
    const show = await this.requirePerformerOrStaff(id, caller);
    if (show.status === 'approved') {
      throw new ConflictException('The venue has approved this show: ask its staff to cancel it.');
    }
    await this.prisma.$transaction(async (tx) => {
      await tx.listing.deleteMany({ where: { showId: id, sold: 0, reserved: 0 } });
      await tx.show.delete({ where: { id } });
    });
  }

  /** A show's tickets, attendance and money, for its performer and the venue's staff. */
  async report(id: string, caller: Caller): Promise<ShowReport> {
    const show = await this.requirePerformerOrStaff(id, caller);
    const listing = await this.prisma.listing.findUnique({
      where: { showId: id },
      select: { id: true, edition: true, currency: true },
    });
    if (!listing) throw new NotFoundException('There is no such show.');
    const [paid, refunded, attended] = await Promise.all([
      this.prisma.order.aggregate({
        where: { listingId: listing.id, status: 'paid' },
        _count: true,
        _sum: { amountMinor: true, platformFeeMinor: true },
      }),
      this.prisma.order.count({ where: { listingId: listing.id, status: 'refunded' } }),
      this.prisma.ticket.count({ where: { showId: id, revokedAt: null, enteredAt: { not: null } } }),
    ]);
    const gross = paid._sum.amountMinor ?? 0;
    const venueShare = paid._sum.platformFeeMinor ?? 0;
    return {
      show: {
        id: show.id,
        title: show.title,
        startsAt: show.startsAt.toISOString(),
        endsAt: show.endsAt.toISOString(),
      },
      capacity: listing.edition,
      ticketsSold: paid._count,
      refunded,
      attended,
      currency: listing.currency,
      grossMinor: gross,
      venueShareMinor: venueShare,
      performerShareMinor: gross - venueShare,
    };
  }

  /** The show, if the caller is its performer or on the venue's staff; otherwise as if there were none. */
  private async requirePerformerOrStaff(id: string, caller: Caller) {
    const show = await this.prisma.show.findUnique({
      where: { id },
      select: { id: true, title: true, status: true, startsAt: true, endsAt: true, performerId: true },
    });
    if (!show || !(isOwnerOrAdmin(caller, show.performerId) || isVenueStaff(caller))) {
      throw new NotFoundException('There is no such show.');
    }
    return show;
  }

  /** An admin sets the platform's share of a show's future ticket sales (orders made keep theirs). */
  async setSplit(id: string, platformShareBps: number): Promise<Show> {
    const show = await this.prisma.show.findUnique({
      where: { id },
      select: { listing: { select: { id: true } } },
    });
    if (!show?.listing) throw new NotFoundException('There is no such show.');
    await this.prisma.listing.update({ where: { id: show.listing.id }, data: { feeBps: platformShareBps } });
    return showView(await this.prisma.show.findUniqueOrThrow({ where: { id }, include: showInclude }));
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
   * Who may enter a stage now. While an approved show is on (from doors open to its end) it takes a valid
   * ticket, unless you are its performer (who performs) or a moderator; between shows the stage is open to all.
   * A show the venue has not approved gates nothing.
   */
  async admission(spaceId: string, user: AccessClaims | null, now = new Date()): Promise<Admission> {
    const doorsOpenBy = new Date(now.getTime() + DOORS_OPEN_MINUTES * 60_000);
    const show = await this.prisma.show.findFirst({
      where: { spaceId, status: 'approved', startsAt: { lte: doorsOpenBy }, endsAt: { gt: now } },
      orderBy: { startsAt: 'asc' },
      select: { id: true, title: true, performerId: true },
    });
    if (!show) return { allowed: true, role: null, entitlement: null };
    if (user?.sub === show.performerId) return { allowed: true, role: 'performer', entitlement: null };
    if (hasAnyRole(user, ['moderator', 'admin'])) {
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
    // The first time a ticket opens the door counts its holder as having come (the performer's attendance).
    await this.prisma.ticket.updateMany({
      where: { id: ticket.id, enteredAt: null },
      data: { enteredAt: now },
    });
    return { allowed: true, role: null, entitlement: { type: 'ticket', id: ticket.id } };
  }
}
