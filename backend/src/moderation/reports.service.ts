import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { AttemptLimiter, type AttemptRules } from '../accounts/attempt-limiter.ts';
import { TooManyRequestsException } from '../accounts/too-many-requests.ts';
import type { NewReport, Report } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { type Actor, recordAct } from './moderation-log.ts';

/** Reports one visitor (an account, or a guest's address) may make: enough for a bad evening, not a flood. */
export const REPORT_RULES: AttemptRules = { maxAttempts: 5, windowMs: 10 * 60 * 1000 };

/** Who reports: an account, or a guest known by their address (and the name they gave in the room). */
export type Reporter = { readonly sub: string } | { readonly address: string; readonly name?: string };

/**
 * Visitors' reports of someone in a space, for the moderators: made by anyone in the room (signed in or a
 * guest, a few at a time), listed while open, and resolved by a moderator, which goes in the log.
 */
@Injectable()
export class ReportsService {
  private readonly limiter = new AttemptLimiter(REPORT_RULES);

  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  async create(reporter: Reporter, report: NewReport): Promise<Report> {
    const key = 'sub' in reporter ? `user:${reporter.sub}` : `address:${reporter.address}`;
    const wait = this.limiter.retryAfter(key);
    if (wait > 0) throw new TooManyRequestsException('You have sent several reports just now.', wait);
    const space = await this.prisma.space.findUnique({
      where: { slug: report.space },
      select: { slug: true, name: true },
    });
    if (!space) throw new BadRequestException(`body.space: there is no space called "${report.space}".`);
    const reporterName =
      'sub' in reporter
        ? ((await this.prisma.user.findUnique({ where: { id: reporter.sub }, select: { displayName: true } }))
            ?.displayName ?? 'a member')
        : `${report.reporterName ?? 'a guest'} (guest)`;
    this.limiter.record(key);
    const row = await this.prisma.report.create({
      data: {
        reporter: 'sub' in reporter ? `user:${reporter.sub}` : 'guest',
        reporterName,
        name: report.name,
        sessionId: report.sessionId ?? null,
        spaceSlug: space.slug,
        reason: report.reason,
      },
    });
    return this.view(row, new Map([[space.slug, space.name]]));
  }

  /** The reports no moderator has resolved, oldest first (the longest waiting at the top). */
  async open(): Promise<Report[]> {
    const rows = await this.prisma.report.findMany({
      where: { resolvedAt: null },
      orderBy: { createdAt: 'asc' },
      take: 200,
    });
    const spaces = await this.prisma.space.findMany({
      where: { slug: { in: [...new Set(rows.map((row) => row.spaceSlug))] } },
      select: { slug: true, name: true },
    });
    const names = new Map(spaces.map((space) => [space.slug, space.name]));
    return rows.map((row) => this.view(row, names));
  }

  /** A moderator closes a report, saying what was done (it goes in the log). */
  async resolve(id: string, resolution: string, actor: Actor): Promise<Report> {
    return this.prisma.$transaction(async (tx) => {
      const report = await tx.report.findUnique({ where: { id } });
      if (!report) throw new NotFoundException('There is no such report.');
      const answered = await tx.report.updateMany({
        where: { id, resolvedAt: null },
        data: { resolvedAt: new Date(), resolvedBy: `user:${actor.sub}`, resolution },
      });
      if (answered.count === 0) throw new ConflictException('This report is resolved already.');
      await recordAct(tx, actor, {
        kind: 'report_resolved',
        target: `${report.name} in ${report.spaceSlug}, reported by ${report.reporterName}`,
        targetId: id,
        reason: resolution,
      });
      const row = await tx.report.findUniqueOrThrow({ where: { id } });
      return this.view(row, new Map());
    });
  }

  private view(
    row: {
      id: string;
      reporterName: string;
      name: string;
      spaceSlug: string;
      reason: string;
      createdAt: Date;
      resolvedAt: Date | null;
      resolution: string | null;
    },
    spaceNames: ReadonlyMap<string, string>,
  ): Report {
    return {
      id: row.id,
      reporterName: row.reporterName,
      name: row.name,
      space: { slug: row.spaceSlug, name: spaceNames.get(row.spaceSlug) ?? row.spaceSlug },
      reason: row.reason,
      createdAt: row.createdAt.toISOString(),
      resolvedAt: row.resolvedAt?.toISOString() ?? null,
      resolution: row.resolution,
    };
  }
}
