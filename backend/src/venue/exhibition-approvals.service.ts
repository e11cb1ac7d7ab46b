import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { ApproveExhibition, ExhibitionRequest } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { type Actor, recordAct } from '../moderation/moderation-log.ts';
import { approvalDates, clashingRun } from './exhibition-schedule.ts';
import { exhibitionRequestInclude, exhibitionRequestView } from './exhibition-request-view.ts';

const shortDate = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * The venue answering artists' requests to hang exhibitions in its galleries: approved on dates that overlap
 * no other dated exhibition in that gallery, or declined with a reason the artist reads.
 */
@Injectable()
export class ExhibitionApprovalsService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /** Requests waiting for an answer, oldest first. */
  async pending(): Promise<ExhibitionRequest[]> {
    const rows = await this.prisma.exhibition.findMany({
      // Drafts (not yet sent by their artist) are the artist's own business.
      where: { status: 'pending', submittedAt: { not: null } },
      orderBy: { createdAt: 'asc' },
      take: 200,
      include: exhibitionRequestInclude,
    });
    return rows.map(exhibitionRequestView);
  }

  /** Approved exhibitions not closed yet (on now, or to come), by opening date: what the venue may take down. */
  async scheduled(): Promise<ExhibitionRequest[]> {
    const rows = await this.prisma.exhibition.findMany({
      where: { status: 'approved', OR: [{ closesAt: null }, { closesAt: { gt: new Date() } }] },
      orderBy: { opensAt: 'asc' },
      take: 200,
      include: exhibitionRequestInclude,
    });
    return rows.map(exhibitionRequestView);
  }

  /**
   * Takes an approved exhibition down now (one to come never opens): for a mistake, or to make room. It stays
   * approved, with the dates it was really on.
   */
  async takeDown(id: string, actor: Actor): Promise<ExhibitionRequest> {
    const now = new Date();
    const row = await this.prisma.exhibition.findUnique({
      where: { id },
      select: { status: true, opensAt: true, closesAt: true, title: true },
    });
    if (!row) throw new NotFoundException('There is no such exhibition.');
    if (row.status !== 'approved' || (row.closesAt && row.closesAt <= now)) {
      throw new ConflictException('Only an approved exhibition that has not closed can be taken down.');
    }
    const opensAt = row.opensAt && row.opensAt < now ? row.opensAt : now;
    const updated = await this.prisma.$transaction(async (tx) => {
      await recordAct(tx, actor, { kind: 'exhibition_taken_down', target: row.title, targetId: id });
      return tx.exhibition.update({
        where: { id },
        data: { opensAt, closesAt: now },
        include: exhibitionRequestInclude,
      });
    });
    return exhibitionRequestView(updated);
  }

  /**
   * Approves a request on the dates given (else those asked for, else four weeks from now), in the gallery
   * asked for or the one the curator assigns (`given.space`).
   */
  async approve(id: string, given: ApproveExhibition, actor: Actor): Promise<ExhibitionRequest> {
    const now = new Date();
    return this.prisma.$transaction(async (tx) => {
      const asked = await this.pendingRequest(tx, id);
      const request = given.space ? { ...asked, ...(await assignedGallery(tx, given.space)) } : asked;
      const dates = approvalDates(
        request,
        {
          opensAt: given.opensAt ? new Date(given.opensAt) : undefined,
          closesAt: given.closesAt ? new Date(given.closesAt) : undefined,
        },
        now,
      );
      if (!dates.ok) throw new BadRequestException(dates.reason);
      // Approvals in one gallery take turns, so that two overlapping ones cannot both pass the check.
      await tx.$queryRaw`SELECT id FROM spaces WHERE id = ${request.spaceId}::uuid FOR UPDATE`;
      const dated = await tx.exhibition.findMany({
        where: {
          spaceId: request.spaceId,
          status: 'approved',
          opensAt: { not: null, lt: dates.closesAt },
          closesAt: { not: null, gt: dates.opensAt },
        },
        select: { id: true, title: true, opensAt: true, closesAt: true },
      });
      const clash = clashingRun(
        dates,
        dated.flatMap((run) => (run.opensAt ? [{ ...run, opensAt: run.opensAt }] : [])),
      );
      if (clash?.closesAt) {
        throw new ConflictException(
          `${request.space.name} has "${clash.title}" from ${shortDate(clash.opensAt)} to ${shortDate(clash.closesAt)}: choose dates that do not overlap it, or decline this request.`,
        );
      }
      const answered = await tx.exhibition.updateMany({
        where: { id, status: 'pending' },
        data: {
          status: 'approved',
          spaceId: request.spaceId,
          opensAt: dates.opensAt,
          closesAt: dates.closesAt,
          reviewedAt: now,
        },
      });
      if (answered.count === 0) throw new ConflictException('This request has just been answered.');
      await recordAct(tx, actor, {
        kind: 'exhibition_approved',
        target: `${asked.title} in ${request.space.name}`,
        targetId: id,
      });
      const row = await tx.exhibition.findUniqueOrThrow({ where: { id }, include: exhibitionRequestInclude });
      return exhibitionRequestView(row);
    });
  }

  /** Declines a request, saying why (the artist reads it). */
  async decline(id: string, reason: string, actor: Actor): Promise<ExhibitionRequest> {
    const row = await this.prisma.$transaction(async (tx) => {
      const answered = await tx.exhibition.updateMany({
        where: { id, status: 'pending' },
        data: { status: 'declined', declineReason: reason, reviewedAt: new Date() },
      });
      if (answered.count === 0) await this.pendingRequest(tx, id);
      const declined = await tx.exhibition.findUniqueOrThrow({
        where: { id },
        include: exhibitionRequestInclude,
      });
      await recordAct(tx, actor, {
        kind: 'exhibition_declined',
        target: declined.title,
        targetId: id,
        reason,
      });
      return declined;
    });
    return exhibitionRequestView(row);
  }

  /** The request, if it is one still waiting; else 404 or 409 saying why not. */
  private async pendingRequest(tx: Pick<PrismaService, 'exhibition'>, id: string) {
    const request = await tx.exhibition.findUnique({
      where: { id },
      select: {
        spaceId: true,
        title: true,
        status: true,
        submittedAt: true,
        opensAt: true,
        closesAt: true,
        space: { select: { name: true } },
      },
    });
    if (!request || request.submittedAt === null)
      throw new NotFoundException('There is no such exhibition request.');
    if (request.status !== 'pending')
      throw new ConflictException(`This request is ${request.status} already.`);
    return request;
  }
}

/** The gallery a curator assigns an exhibition to, by its slug; 400 naming the field when it is not one. */
async function assignedGallery(
  tx: Pick<PrismaService, 'space'>,
  slug: string,
): Promise<{ spaceId: string; space: { name: string } }> {
  const space = await tx.space.findUnique({ where: { slug }, select: { id: true, name: true, kind: true } });
  if (!space) throw new BadRequestException(`body.space: there is no space called "${slug}".`);
  if (space.kind !== 'gallery') throw new BadRequestException('body.space: exhibitions hang in galleries.');
  return { spaceId: space.id, space: { name: space.name } };
}
