import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import {
  AuthGuard,
  type AuthenticatedRequest,
  type MaybeAuthenticatedRequest,
  OptionalAuthGuard,
} from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import {
  logQuerySchema,
  type ModeratorLog,
  moderatorLogSchema,
  type NewReport,
  newReportSchema,
  type Report,
  reportSchema,
  type ResolveReport,
  resolveReportSchema,
} from '../contract.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import { ModerationLogService } from './moderation-log.service.ts';
import { ModeratorGuard } from './moderator.guard.ts';
import { ReportsService } from './reports.service.ts';

/** Visitors' reports of people in the rooms, and the log of moderator and venue acts. */
@ApiTag('moderation')
@Controller('moderation')
export class ModerationDeskController {
  constructor(
    @Inject(ModerationLogService) private readonly log: ModerationLogService,
    @Inject(ReportsService) private readonly reports: ReportsService,
  ) {}

  @ApiContract({
    summary: 'Report someone in a space to the moderators (signed in or as a guest; a few at a time)',
    response: reportSchema,
  })
  @Post('reports')
  @UseGuards(OptionalAuthGuard)
  report(
    @Req() request: MaybeAuthenticatedRequest,
    @Body(new ZodValidationPipe(newReportSchema, 'body')) body: NewReport,
  ): Promise<Report> {
    const reporter = request.user
      ? { sub: request.user.sub }
      : { address: request.ip, ...(body.reporterName ? { name: body.reporterName } : {}) };
    return this.reports.create(reporter, body);
  }

  @ApiContract({
    summary: 'Reports no moderator has resolved, oldest first',
    response: z.array(reportSchema),
  })
  @Get('reports')
  @UseGuards(AuthGuard, ModeratorGuard)
  openReports(): Promise<Report[]> {
    return this.reports.open();
  }

  @ApiContract({
    summary: 'Resolve a report, saying what was done (it goes in the log)',
    response: reportSchema,
  })
  @Post('reports/:id/resolve')
  @HttpCode(200)
  @UseGuards(AuthGuard, ModeratorGuard)
  resolve(
    @Req() request: AuthenticatedRequest,
    @Param('id', new ZodValidationPipe(z.uuid('must be a report id'), 'id')) id: string,
    @Body(new ZodValidationPipe(resolveReportSchema, 'body')) body: ResolveReport,
  ): Promise<Report> {
    return this.reports.resolve(id, body.resolution, request.user);
  }

  @ApiContract({
    summary: 'The log of moderator and venue acts, newest first, a page at a time',
    response: moderatorLogSchema,
  })
  @Get('log')
  @UseGuards(AuthGuard, ModeratorGuard)
  page(
    @Query(new ZodValidationPipe(logQuerySchema, 'query')) query: z.infer<typeof logQuerySchema>,
  ): Promise<ModeratorLog> {
    return this.log.page(query.page);
  }
}
