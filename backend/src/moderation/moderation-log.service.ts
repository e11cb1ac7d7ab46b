import { Inject, Injectable } from '@nestjs/common';
import { LOG_PAGE_SIZE, type ModeratorLog } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';

/** Reads the log of moderator and venue acts (written by moderation-log.ts), newest first, a page at a time. */
@Injectable()
export class ModerationLogService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  async page(page: number): Promise<ModeratorLog> {
    const [total, rows] = await Promise.all([
      this.prisma.moderatorAction.count(),
      this.prisma.moderatorAction.findMany({
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (page - 1) * LOG_PAGE_SIZE,
        take: LOG_PAGE_SIZE,
      }),
    ]);
    return {
      actions: rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        actor: row.actorName,
        target: row.target,
        reason: row.reason,
        at: row.createdAt.toISOString(),
      })),
      page,
      pages: Math.max(1, Math.ceil(total / LOG_PAGE_SIZE)),
      total,
    };
  }
}
