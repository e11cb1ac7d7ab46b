import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { Show } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { type Actor, recordAct } from '../moderation/moderation-log.ts';
import { showInclude, showView } from '../shows/show-view.ts';
import { lockStageAndFindClash } from '../shows/stage-calendar.ts';

/**
 * The venue answering artists' requests for its stages: an approved show puts its tickets on sale and holds
 * the stage's door while it is on; a declined one says why.
 */
@Injectable()
export class ShowApprovalsService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /** Requests waiting for an answer whose time has not passed, soonest first. */
  async pending(): Promise<Show[]> {
    const shows = await this.prisma.show.findMany({
      where: { status: 'pending', endsAt: { gt: new Date() } },
      orderBy: { startsAt: 'asc' },
      take: 200,
      include: showInclude,
    });
    return shows.map(showView);
  }

  /**
   * Approves a request, on the stage asked for or the one a curator assigns (`stage`, a slug), unless its
   * time has passed or an approved show has that stage then.
   */
  async approve(id: string, actor: Actor, stage?: string): Promise<Show> {
    const now = new Date();
    return this.prisma.$transaction(async (tx) => {
      const asked = await this.pendingShow(tx, id);
      const show = stage ? { ...asked, ...(await assignedStage(tx, stage, asked.capacity)) } : asked;
      if (show.endsAt <= now) throw new ConflictException('This show’s time has passed: decline it instead.');
      const clash = await lockStageAndFindClash(tx, show.spaceId, show.startsAt, show.endsAt, id);
      if (clash) {
        throw new ConflictException(
          `${show.space.name} has "${clash.title}" then: decline this request, or ask the artist for another time.`,
        );
      }
      const answered = await tx.show.updateMany({
        where: { id, status: 'pending' },
        data: { status: 'approved', spaceId: show.spaceId, reviewedAt: now },
      });
      if (answered.count === 0) throw new ConflictException('This request has just been answered.');
      await recordAct(tx, actor, {
        kind: 'show_approved',
        target: `${asked.title} on ${show.space.name}`,
        targetId: id,
      });
      // Its tickets go on sale now, with the venue's share fixed when the show was asked for.
      await tx.listing.updateMany({ where: { showId: id }, data: { active: true } });
      return showView(await tx.show.findUniqueOrThrow({ where: { id }, include: showInclude }));
    });
  }

  /** Declines a request, saying why (the artist reads it); its tickets were never on sale. */
  async decline(id: string, reason: string, actor: Actor): Promise<Show> {
    return this.prisma.$transaction(async (tx) => {
      const answered = await tx.show.updateMany({
        where: { id, status: 'pending' },
        data: { status: 'declined', declineReason: reason, reviewedAt: new Date() },
      });
      if (answered.count === 0) await this.pendingShow(tx, id);
      const declined = await tx.show.findUniqueOrThrow({ where: { id }, include: showInclude });
      await recordAct(tx, actor, { kind: 'show_declined', target: declined.title, targetId: id, reason });
      return showView(declined);
    });
  }

  /** The show, if it is a request still waiting; else 404 or 409 saying why not. */
  private async pendingShow(tx: Pick<PrismaService, 'show'>, id: string) {
    const show = await tx.show.findUnique({
      where: { id },
      select: {
        spaceId: true,
        title: true,
        status: true,
        startsAt: true,
        endsAt: true,
        listing: { select: { edition: true } },
        space: { select: { name: true } },
      },
    });
    if (!show) throw new NotFoundException('There is no such show request.');
    if (show.status !== 'pending') throw new ConflictException(`This request is ${show.status} already.`);
    return { ...show, capacity: show.listing?.edition ?? 0 };
  }
}

/** The stage a curator assigns a show to, by its slug; 400 naming the field when it cannot hold the show. */
async function assignedStage(
  tx: Pick<PrismaService, 'space'>,
  slug: string,
  capacity: number,
): Promise<{ spaceId: string; space: { name: string } }> {
  const space = await tx.space.findUnique({
    where: { slug },
    select: { id: true, name: true, kind: true, capacity: true },
  });
  if (!space) throw new BadRequestException(`body.space: there is no space called "${slug}".`);
  if (space.kind !== 'stage') throw new BadRequestException('body.space: shows happen on stages.');
  if (capacity > space.capacity) {
    throw new BadRequestException(
      `body.space: ${space.name} holds at most ${space.capacity}; this show sells ${capacity} places.`,
    );
  }
  return { spaceId: space.id, space: { name: space.name } };
}
