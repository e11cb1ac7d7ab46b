import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { OnNow, SpaceDetail, SpaceSummary } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { curatedWorkSelect, curatedWorkView } from '../artists/curated-work-view.ts';
import { exhibitionOnNow } from '../venue/exhibition-schedule.ts';

const summaryFields = {
  id: true,
  slug: true,
  kind: true,
  name: true,
  description: true,
  capacity: true,
} as const;

@Injectable()
export class SpacesService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /** Every space of the venue, lobby first, with what is on in each now or next. */
  async list(): Promise<SpaceSummary[]> {
    const spaces = await this.prisma.space.findMany({
      select: summaryFields,
      orderBy: [{ createdAt: 'asc' }, { slug: 'asc' }],
    });
    const onNow = await this.onNow(spaces.map((space) => space.id));
    return spaces.map((space) => ({ ...space, onNow: onNow.get(space.id) ?? null }));
  }

  /**
   * The approved exhibition each gallery among `spaceIds` shows at `now` (venue/exhibition-schedule.ts says
   * which, when several are approved), by gallery.
   */
  private async exhibitionsOnNow(spaceIds: readonly string[], now: Date) {
    const open = await this.prisma.exhibition.findMany({
      where: {
        spaceId: { in: [...spaceIds] },
        status: 'approved',
        opensAt: { lte: now },
        OR: [{ closesAt: null }, { closesAt: { gt: now } }],
      },
      select: { id: true, spaceId: true, title: true, opensAt: true, closesAt: true },
    });
    const shown = new Map<string, { id: string; title: string }>();
    for (const spaceId of new Set(open.map((row) => row.spaceId))) {
      const runs = open.flatMap((row) =>
        row.spaceId === spaceId && row.opensAt ? [{ ...row, opensAt: row.opensAt }] : [],
      );
      const on = exhibitionOnNow(runs, now);
      if (on) shown.set(spaceId, on);
    }
    return shown;
  }

  /**
   * What each space has on now or next: a gallery's exhibition on now, a stage's approved show and a
   * classroom's workshop that has not ended yet (the one on, else the next).
   */
  private async onNow(spaceIds: readonly string[], now = new Date()): Promise<Map<string, OnNow>> {
    const within = { spaceId: { in: [...spaceIds] } };
    const [exhibitions, shows, workshops] = await Promise.all([
      this.exhibitionsOnNow(spaceIds, now),
      this.prisma.show.findMany({
        where: { ...within, status: 'approved', endsAt: { gt: now } },
        orderBy: { startsAt: 'asc' },
        distinct: ['spaceId'],
        select: { spaceId: true, title: true, startsAt: true, endsAt: true },
      }),
      this.prisma.workshop.findMany({
        where: { ...within, endsAt: { gt: now } },
        orderBy: { startsAt: 'asc' },
        distinct: ['spaceId'],
        select: { spaceId: true, startsAt: true, endsAt: true, lesson: { select: { title: true } } },
      }),
    ]);
    const on = new Map<string, OnNow>();
    for (const [spaceId, { title }] of exhibitions) {
      on.set(spaceId, { kind: 'exhibition', title, startsAt: null, endsAt: null });
    }
    const timed = (kind: 'show' | 'workshop', title: string, startsAt: Date, endsAt: Date): OnNow => ({
      kind,
      title,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
    });
    for (const show of shows) on.set(show.spaceId, timed('show', show.title, show.startsAt, show.endsAt));
    for (const workshop of workshops) {
      on.set(workshop.spaceId, timed('workshop', workshop.lesson.title, workshop.startsAt, workshop.endsAt));
    }
    return on;
  }

  /** One space with the exhibition it shows now, works in hanging order. */
  async get(slug: string): Promise<SpaceDetail> {
    const space = await this.prisma.space.findUnique({ where: { slug }, select: summaryFields });
    if (!space) throw new NotFoundException(`There is no space called "${slug}".`);
    const shown = (await this.exhibitionsOnNow([space.id], new Date())).get(space.id);
    const current = shown
      ? await this.prisma.exhibition.findUnique({
          where: { id: shown.id },
          select: {
            id: true,
            title: true,
            text: true,
            works: {
              orderBy: { position: 'asc' },
              select: curatedWorkSelect,
            },
          },
        })
      : null;
    const onNow = await this.onNow([space.id]);
    return {
      ...space,
      onNow: onNow.get(space.id) ?? null,
      exhibition: current
        ? {
            id: current.id,
            title: current.title,
            text: current.text,
            works: current.works.map(curatedWorkView),
          }
        : null,
    };
  }
}
