import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import {
  type ApproveExhibition,
  approveExhibitionSchema,
  type ApproveShow,
  approveShowSchema,
  type DeclineRequest,
  declineRequestSchema,
  type ExhibitionRequest,
  exhibitionRequestSchema,
  type Show,
  showSchema,
  type VenueRequests,
  venueRequestsSchema,
} from '../contract.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import { ExhibitionApprovalsService } from './exhibition-approvals.service.ts';
import { ShowApprovalsService } from './show-approvals.service.ts';
import { VenueStaffGuard } from './venue-staff.guard.ts';

const exhibitionId = new ZodValidationPipe(z.uuid('must be an exhibition id'), 'id');
const showId = new ZodValidationPipe(z.uuid('must be a show id'), 'id');

/** The venue's curators and admins answering artists' requests for its galleries and stages. */
@ApiTag('venue')
@Controller('venue')
@UseGuards(AuthGuard, VenueStaffGuard)
export class VenueRequestsController {
  constructor(
    @Inject(ExhibitionApprovalsService) private readonly exhibitions: ExhibitionApprovalsService,
    @Inject(ShowApprovalsService) private readonly shows: ShowApprovalsService,
  ) {}

  @ApiContract({
    summary: 'Requests for the venue’s spaces waiting for an answer',
    response: venueRequestsSchema,
  })
  @Get('requests')
  async requests(): Promise<VenueRequests> {
    return {
      exhibitions: await this.exhibitions.pending(),
      shows: await this.shows.pending(),
      scheduled: await this.exhibitions.scheduled(),
    };
  }

  @ApiContract({
    summary:
      'Approve an exhibition on its dates (by default the ones asked for), in the gallery asked for or another; 409 if it overlaps another',
    response: exhibitionRequestSchema,
  })
  @Post('exhibitions/:id/approve')
  @HttpCode(200)
  approveExhibition(
    @Req() request: AuthenticatedRequest,
    @Param('id', exhibitionId) id: string,
    @Body(new ZodValidationPipe(approveExhibitionSchema, 'body')) body: ApproveExhibition,
  ): Promise<ExhibitionRequest> {
    return this.exhibitions.approve(id, body, request.user);
  }

  @ApiContract({ summary: 'Decline an exhibition, saying why', response: exhibitionRequestSchema })
  @Post('exhibitions/:id/decline')
  @HttpCode(200)
  declineExhibition(
    @Req() request: AuthenticatedRequest,
    @Param('id', exhibitionId) id: string,
    @Body(new ZodValidationPipe(declineRequestSchema, 'body')) body: DeclineRequest,
  ): Promise<ExhibitionRequest> {
    return this.exhibitions.decline(id, body.reason, request.user);
  }

  @ApiContract({
    summary: 'Take an approved exhibition down now (one to come never opens)',
    response: exhibitionRequestSchema,
  })
  @Post('exhibitions/:id/take-down')
  @HttpCode(200)
  takeDown(
    @Req() request: AuthenticatedRequest,
    @Param('id', exhibitionId) id: string,
  ): Promise<ExhibitionRequest> {
    return this.exhibitions.takeDown(id, request.user);
  }

  @ApiContract({
    summary:
      'Approve a show, on the stage asked for or another: its tickets go on sale; 409 if the stage is taken then',
    response: showSchema,
  })
  @Post('shows/:id/approve')
  @HttpCode(200)
  approveShow(
    @Req() request: AuthenticatedRequest,
    @Param('id', showId) id: string,
    @Body(new ZodValidationPipe(approveShowSchema.optional(), 'body')) body: ApproveShow | undefined,
  ): Promise<Show> {
    return this.shows.approve(id, request.user, body?.space);
  }

  @ApiContract({ summary: 'Decline a show, saying why', response: showSchema })
  @Post('shows/:id/decline')
  @HttpCode(200)
  declineShow(
    @Req() request: AuthenticatedRequest,
    @Param('id', showId) id: string,
    @Body(new ZodValidationPipe(declineRequestSchema, 'body')) body: DeclineRequest,
  ): Promise<Show> {
    return this.shows.decline(id, body.reason, request.user);
  }
}
