import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { layoutProblems, LAYOUTS, type LayoutWork } from '@prostudio/protocol';
import type {
  DraftChanges,
  DraftLayout,
  NewDraft,
  StudioExhibition,
  StudioExhibitionStatus,
} from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { askedDatesProblem } from '../venue/exhibition-schedule.ts';
import { curatedWorkSelect, curatedWorkView, type CuratedWorkRow } from './curated-work-view.ts';

const include = {
  space: { select: { slug: true, name: true } },
  works: { orderBy: { position: 'asc' }, select: curatedWorkSelect },
} as const;

type Row = {
  id: string;
  title: string;
  text: string;
  status: 'pending' | 'approved' | 'declined';
  opensAt: Date | null;
  closesAt: Date | null;
  declineReason: string | null;
  submittedAt: Date | null;
  createdAt: Date;
  space: { slug: string; name: string };
  works: CuratedWorkRow[];
};

const statusOf = (row: Pick<Row, 'status' | 'submittedAt'>): StudioExhibitionStatus =>
  row.status === 'pending' && row.submittedAt === null ? 'draft' : row.status;

const view = (row: Row): StudioExhibition => ({
  id: row.id,
  title: row.title,
  text: row.text,
  space: row.space,
  status: statusOf(row),
  opensAt: row.opensAt?.toISOString() ?? null,
  closesAt: row.closesAt?.toISOString() ?? null,
  declineReason: row.declineReason,
  submittedAt: row.submittedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  works: row.works.map(curatedWorkView),
});

const dateOrNull = (value: string | null | undefined) => (value ? new Date(value) : null);

/**
 * Exhibitions an artist curates in the studio: drafts (pending, not yet submitted, so the venue does not see
 * them and the gallery never shows them) that only their artist reads and changes, laid out work by work, then
 * sent to the venue, whose answer the studio shows.
 */
@Injectable()
export class ExhibitionsService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /** The user's exhibitions, latest first. */
  async mine(userId: string): Promise<StudioExhibition[]> {
    const rows = await this.prisma.exhibition.findMany({
      where: { artist: { userId } },
      orderBy: { createdAt: 'desc' },
      take: 100,
      include,
    });
    return rows.map(view);
  }

  /** One of the user's exhibitions, whatever its status (404 for anyone else's: drafts are private). */
  async one(userId: string, id: string): Promise<StudioExhibition> {
    const row = await this.prisma.exhibition.findFirst({ where: { id, artist: { userId } }, include });
    if (!row) throw new NotFoundException('There is no such exhibition of yours.');
    return view(row);
  }

  /** Starts a draft with the artist's chosen works, left to the gallery's layout until curated. */
  async create(userId: string, draft: NewDraft): Promise<StudioExhibition> {
    const artist = await this.ownArtist(userId);
    const spaceId = await this.galleryId(draft.space);
    await this.checkWorks(artist.id, draft.works);
    this.checkDates(dateOrNull(draft.opensAt), dateOrNull(draft.closesAt));
    const created = await this.prisma.exhibition.create({
      data: {
        spaceId,
        artistId: artist.id,
        title: draft.title,
        text: draft.text,
        status: 'pending',
        submittedAt: null,
        opensAt: dateOrNull(draft.opensAt),
        closesAt: dateOrNull(draft.closesAt),
        works: { create: draft.works.map((artworkId, position) => ({ artworkId, position })) },
      },
    });
    return this.one(userId, created.id);
  }

  /** Changes a draft's title, text, gallery, dates or works (works kept keep their places and texts). */
  async update(userId: string, id: string, changes: DraftChanges): Promise<StudioExhibition> {
    const draft = await this.ownDraft(userId, id);
    const spaceId = changes.space ? await this.galleryId(changes.space) : undefined;
    const opensAt = changes.opensAt === undefined ? draft.opensAt : dateOrNull(changes.opensAt);
    const closesAt = changes.closesAt === undefined ? draft.closesAt : dateOrNull(changes.closesAt);
    if (changes.opensAt !== undefined || changes.closesAt !== undefined) this.checkDates(opensAt, closesAt);
    if (changes.works) await this.checkWorks(draft.artistId, changes.works);
    await this.prisma.$transaction(async (tx) => {
      await tx.exhibition.update({
        where: { id },
        data: {
          ...(spaceId ? { spaceId } : {}),
          ...(changes.title !== undefined ? { title: changes.title } : {}),
          ...(changes.text !== undefined ? { text: changes.text } : {}),
          opensAt,
          closesAt,
        },
      });
      if (!changes.works) return;
      const kept = new Map(draft.works.map((work) => [work.artworkId, work]));
      await tx.exhibitionWork.deleteMany({ where: { exhibitionId: id } });
      // The tour keeps the order the works had; new ones join at the end, in the order chosen.
      const chosen = new Set(changes.works);
      const order = [
        ...draft.works.filter((work) => chosen.has(work.artworkId)).map((work) => work.artworkId),
        ...changes.works.filter((workId) => !kept.has(workId)),
      ];
      await tx.exhibitionWork.createMany({
        data: order.map((artworkId, position) => {
          const before = kept.get(artworkId);
          return {
            exhibitionId: id,
            artworkId,
            position,
            text: before?.text ?? '',
            wall: before?.wall ?? null,
            along: before?.along ?? null,
            height: before?.height ?? null,
            scale: before?.scale ?? null,
            floorX: before?.floorX ?? null,
            floorZ: before?.floorZ ?? null,
          };
        }),
      });
    });
    return this.one(userId, id);
  }

  /**
   * Saves a draft's layout: every one of its works, in tour order, each with its wall text and its place on a
   * wall or a plinth (or left to the gallery). Refused whole, naming the work, when a place breaks the rules.
   */
  async saveLayout(userId: string, id: string, layout: DraftLayout): Promise<StudioExhibition> {
    const draft = await this.ownDraft(userId, id);
    const ids = new Set(draft.works.map((work) => work.artworkId));
    if (layout.works.length !== ids.size || layout.works.some((work) => !ids.has(work.id))) {
      throw new BadRequestException("body.works: list each of the exhibition's works once, and only those.");
    }
    const artworks = new Map(draft.works.map((work) => [work.artworkId, work.artwork]));
    const checked: LayoutWork[] = layout.works.map((work) => {
      const artwork = artworks.get(work.id);
      return {
        id: work.id,
        title: artwork?.title ?? work.id,
        width: artwork?.width ?? 1,
        height: artwork?.height ?? 1,
        sculpture: Boolean(artwork?.modelPath),
        placement: work.placement,
        spot: work.spot,
      };
    });
    const [problem] = layoutProblems(checked, LAYOUTS.gallery);
    if (problem) {
      const index = layout.works.findIndex((work) => work.id === problem.id);
      throw new BadRequestException(`body.works.${index}: ${problem.message}`);
    }
    await this.prisma.$transaction(async (tx) => {
      await tx.exhibitionWork.deleteMany({ where: { exhibitionId: id } });
      await tx.exhibitionWork.createMany({
        data: layout.works.map((work, position) => ({
          exhibitionId: id,
          artworkId: work.id,
          position,
          text: work.text,
          wall: work.placement?.wall ?? null,
          along: work.placement?.along ?? null,
          height: work.placement?.height ?? null,
          scale: work.placement?.scale ?? null,
          floorX: work.spot?.x ?? null,
          floorZ: work.spot?.z ?? null,
        })),
      });
    });
    return this.one(userId, id);
  }

  /** Sends a draft to the venue: from now on it waits for the venue's answer and can no longer change. */
  async submit(userId: string, id: string): Promise<StudioExhibition> {
    const draft = await this.ownDraft(userId, id);
    const problem = askedDatesProblem(draft.opensAt, draft.closesAt, new Date());
    if (problem) throw new BadRequestException(problem.replace(/^body\./, 'body.dates.'));
    const sent = await this.prisma.exhibition.updateMany({
      where: { id, status: 'pending', submittedAt: null },
      data: { submittedAt: new Date() },
    });
    if (sent.count === 0) throw new ConflictException('This exhibition has just been sent to the venue.');
    return this.one(userId, id);
  }

  /** Deletes a draft (what was sent to the venue stays, for the venue's record). */
  async remove(userId: string, id: string): Promise<void> {
    await this.ownDraft(userId, id);
    await this.prisma.exhibition.deleteMany({ where: { id, status: 'pending', submittedAt: null } });
  }

  private async ownDraft(userId: string, id: string) {
    const row = await this.prisma.exhibition.findFirst({
      where: { id, artist: { userId } },
      include: {
        works: {
          orderBy: { position: 'asc' },
          include: { artwork: { select: { title: true, width: true, height: true, modelPath: true } } },
        },
      },
    });
    if (!row?.artistId) throw new NotFoundException('There is no such exhibition of yours.');
    if (statusOf(row) !== 'draft') {
      throw new ConflictException('This exhibition was sent to the venue: it can no longer be changed.');
    }
    return { ...row, artistId: row.artistId };
  }

  private async ownArtist(userId: string): Promise<{ id: string }> {
    const artist = await this.prisma.artist.findUnique({ where: { userId }, select: { id: true } });
    if (!artist) throw new ForbiddenException('Make an artist profile first.');
    return artist;
  }

  private async galleryId(slug: string): Promise<string> {
    const space = await this.prisma.space.findUnique({ where: { slug }, select: { id: true, kind: true } });
    if (!space) throw new NotFoundException(`body.space: there is no space called "${slug}".`);
    if (space.kind !== 'gallery') throw new BadRequestException('body.space: exhibitions hang in galleries.');
    return space.id;
  }

  private async checkWorks(artistId: string, ids: readonly string[]): Promise<void> {
    const works = await this.prisma.artwork.findMany({
      where: { id: { in: [...ids] } },
      select: { artistId: true },
    });
    if (works.length !== ids.length)
      throw new NotFoundException('body.works: some of these works do not exist.');
    if (works.some((work) => work.artistId !== artistId)) {
      throw new ForbiddenException('body.works: an exhibition may only hang your own works.');
    }
  }

  private checkDates(opensAt: Date | null, closesAt: Date | null): void {
    const problem = askedDatesProblem(opensAt, closesAt, new Date());
    if (problem) throw new BadRequestException(problem);
  }
}
