import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Show } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
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

  /** Approves a request, unless its time has passed or an approved show has the stage then. */
  async approve(id: string): Promise<Show> {
    const now = new Date();
    return this.prisma.$transaction(async (tx) => {
      const show = await this.pendingShow(tx, id);
      if (show.endsAt <= now) throw new ConflictException('This show’s time has passed: decline it instead.');
      const clash = await lockStageAndFindClash(tx, show.spaceId, show.startsAt, show.endsAt, id);
      if (clash) {
        throw new ConflictException(
          `${show.space.name} has "${clash.title}" then: decline this request, or ask the artist for another time.`,
        );
      }
      const answered = await tx.show.updateMany({
        where: { id, status: 'pending' },
        data: { status: 'approved', reviewedAt: now },
      });
      if (answered.count === 0) throw new ConflictException('This request has just been answered.');
      // Its tickets go on sale now.
      await tx.listing.updateMany({ where: { showId: id }, data: { active: true } });
      return showView(await tx.show.findUniqueOrThrow({ where: { id }, include: showInclude }));
    });
  }

  /** Declines a request, saying why (the artist reads it); its tickets were never on sale. */
  async decline(id: string, reason: string): Promise<Show> {
    const answered = await this.prisma.show.updateMany({
      where: { id, status: 'pending' },
      data: { status: 'declined', declineReason: reason, reviewedAt: new Date() },
    });
    if (answered.count === 0) await this.pendingShow(this.prisma, id);
    return showView(await this.prisma.show.findUniqueOrThrow({ where: { id }, include: showInclude }));
  }

  /** The show, if it is a request still waiting; else 404 or 409 saying why not. */
  private async pendingShow(tx: Pick<PrismaService, 'show'>, id: string) {
    const show = await tx.show.findUnique({
      where: { id },
      select: {
        spaceId: true,
        status: true,
        startsAt: true,
        endsAt: true,
        space: { select: { name: true } },
      },
    });
    if (!show) throw new NotFoundException('There is no such show request.');
    if (show.status !== 'pending') throw new ConflictException(`This request is ${show.status} already.`);
    return show;
  }
}
