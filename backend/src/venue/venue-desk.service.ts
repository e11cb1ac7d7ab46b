import { Inject, Injectable } from '@nestjs/common';
import type {
  CalendarEntry,
  CommissionSettings,
  CommissionShares,
  DeskSpace,
  VenueCalendar,
  VenueMoney,
} from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { PREMIUM_LISTING_FEE_BPS } from '../marketplace/pricing.ts';
import { type Actor, recordAct } from '../moderation/moderation-log.ts';
import { venueShares } from './commission-shares.ts';
import { sharesInWords } from './shares-in-words.ts';

/**
 * What the venue's desk reads beyond the requests: the spaces it programmes and their calendar, its default
 * commission shares (which an admin changes), and the money in its ledger.
 */
@Injectable()
export class VenueDeskService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /** The galleries and stages, by kind then name: where a curator may put an exhibition or a show. */
  async spaces(): Promise<DeskSpace[]> {
    const spaces = await this.prisma.space.findMany({
      where: { kind: { in: ['gallery', 'stage'] } },
      orderBy: [{ kind: 'asc' }, { name: 'asc' }],
      select: { slug: true, name: true, kind: true },
    });
    return spaces.flatMap((space) =>
      space.kind === 'gallery' || space.kind === 'stage' ? [{ ...space, kind: space.kind }] : [],
    );
  }

  /**
   * Every gallery's and stage's approved exhibitions and shows, and the requests waiting with dates, that
   * overlap [from, to): the calendar of the venue.
   */
  async calendar(from: Date, to: Date): Promise<VenueCalendar> {
    const spaces = await this.spaces();
    const [exhibitions, shows] = await Promise.all([
      this.prisma.exhibition.findMany({
        where: {
          status: { in: ['approved', 'pending'] },
          opensAt: { not: null, lt: to },
          AND: [
            { OR: [{ closesAt: null, status: 'approved' }, { closesAt: { gt: from } }] },
            // A draft (not yet sent by its artist) is the artist's own business.
            { OR: [{ status: 'approved' }, { submittedAt: { not: null } }] },
          ],
        },
        orderBy: { opensAt: 'asc' },
        take: 500,
        select: {
          id: true,
          title: true,
          status: true,
          opensAt: true,
          closesAt: true,
          space: { select: { slug: true } },
          artist: { select: { name: true } },
        },
      }),
      this.prisma.show.findMany({
        where: { status: { in: ['approved', 'pending'] }, startsAt: { lt: to }, endsAt: { gt: from } },
        orderBy: { startsAt: 'asc' },
        take: 500,
        select: {
          id: true,
          title: true,
          status: true,
          startsAt: true,
          endsAt: true,
          space: { select: { slug: true } },
          performer: { select: { displayName: true } },
        },
      }),
    ]);
    const status = (value: string): CalendarEntry['status'] =>
      value === 'approved' ? 'approved' : 'pending';
    const entries: CalendarEntry[] = [
      ...exhibitions.map((row) => ({
        id: row.id,
        kind: 'exhibition' as const,
        title: row.title,
        by: row.artist?.name ?? null,
        space: row.space.slug,
        status: status(row.status),
        startsAt: row.opensAt?.toISOString() ?? null,
        endsAt: row.closesAt?.toISOString() ?? null,
      })),
      ...shows.map((row) => ({
        id: row.id,
        kind: 'show' as const,
        title: row.title,
        by: row.performer.displayName,
        space: row.space.slug,
        status: status(row.status),
        startsAt: row.startsAt.toISOString(),
        endsAt: row.endsAt.toISOString(),
      })),
    ];
    return { spaces, entries };
  }

  /** The venue's shares of sales now. */
  async commission(): Promise<CommissionSettings> {
    const { updatedAt, ...shares } = await venueShares(this.prisma);
    return { shares, premiumExtraBps: PREMIUM_LISTING_FEE_BPS, updatedAt: updatedAt?.toISOString() ?? null };
  }

  /** Sets the venue's shares for listings and shows made from now on (those made keep theirs). */
  async setCommission(shares: CommissionShares, actor: Actor): Promise<CommissionSettings> {
    const row = {
      originalBps: shares.original,
      printBps: shares.print,
      commissionBps: shares.commission,
      ticketBps: shares.ticket,
      courseBps: shares.course,
      updatedAt: new Date(),
    };
    await this.prisma.$transaction(async (tx) => {
      await tx.venueSettings.upsert({ where: { id: 1 }, create: { id: 1, ...row }, update: row });
      await recordAct(tx, actor, { kind: 'commission_changed', target: sharesInWords(shares) });
    });
    return this.commission();
  }

  /** The ledger's money by currency: what was sold and refunded, and the venue's and the artists' shares. */
  async money(): Promise<VenueMoney> {
    const rows = await this.prisma.$queryRaw<
      {
        currency: string;
        orders: bigint;
        sales: bigint;
        refunds: bigint;
        venue: bigint;
        artists: bigint;
      }[]
    >`
      SELECT currency,
        COUNT(DISTINCT order_id) FILTER (WHERE kind = 'sale') AS orders,
        COALESCE(-SUM(amount_minor) FILTER (WHERE kind = 'sale' AND account = 'customer'), 0) AS sales,
        COALESCE(SUM(amount_minor) FILTER (WHERE kind = 'refund' AND account = 'customer'), 0) AS refunds,
        COALESCE(SUM(amount_minor) FILTER (WHERE account = 'platform'), 0) AS venue,
        COALESCE(SUM(amount_minor) FILTER (WHERE account LIKE 'seller:%'), 0) AS artists
      FROM ledger_entries GROUP BY currency ORDER BY currency`;
    return {
      currencies: rows.map((row) => ({
        currency: row.currency,
        orders: Number(row.orders),
        sales: Number(row.sales),
        refunds: Number(row.refunds),
        venueShare: Number(row.venue),
        artistsShare: Number(row.artists),
      })),
    };
  }
}
