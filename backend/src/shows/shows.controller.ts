import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Req,
  UseGuards,
} from '@nestjs/common';
import { z } from 'zod';
import { AdminGuard } from '../accounts/admin.guard.ts';
import {
  AuthGuard,
  type AuthenticatedRequest,
  type MaybeAuthenticatedRequest,
  OptionalAuthGuard,
} from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import {
  type NewShow,
  newShowSchema,
  type Show,
  type ShowEdit,
  showEditSchema,
  type ShowReport,
  showReportSchema,
  showSchema,
  showSplitSchema,
  slugSchema,
  type Ticket,
  ticketSchema,
} from '../contract.ts';
import { ShowsService } from './shows.service.ts';

const showId = new ZodValidationPipe(z.uuid('must be a show id'), 'id');

@ApiTag('shows')
@Controller()
export class ShowsController {
  constructor(@Inject(ShowsService) private readonly shows: ShowsService) {}

  @ApiContract({
    summary: 'Shows not over yet, soonest first',
    query: {
      space: 'Only the shows on this stage (its slug)',
      artist: 'Only the shows of this artist (their artist id, as on their portfolio)',
    },
    response: z.array(showSchema),
  })
  @Get('shows')
  upcoming(
    @Query('space', new ZodValidationPipe(slugSchema.optional(), 'space')) space?: string,
    @Query('artist', new ZodValidationPipe(z.uuid('must be an artist id').optional(), 'artist'))
    artist?: string,
  ): Promise<Show[]> {
    return this.shows.upcoming({ space, artist });
  }

  @ApiContract({
    summary: 'Your shows, approved or not, latest first: where your booking requests stand',
    response: z.array(showSchema),
  })
  @Get('shows/mine')
  @UseGuards(AuthGuard)
  mine(@Req() request: AuthenticatedRequest): Promise<Show[]> {
    return this.shows.mine(request.user.sub);
  }

  @ApiContract({
    summary: 'A show (one not approved yet: for its performer and the venue’s staff)',
    response: showSchema,
  })
  @Get('shows/:id')
  @UseGuards(OptionalAuthGuard)
  show(@Req() request: MaybeAuthenticatedRequest, @Param('id', showId) id: string): Promise<Show> {
    return this.shows.get(id, request.user);
  }

  @ApiContract({
    summary: 'Ask for a stage at a time (pending until the venue approves); its capacity becomes tickets',
    response: showSchema,
  })
  @Post('shows')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  create(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newShowSchema, 'body')) body: NewShow,
  ): Promise<Show> {
    return this.shows.create(request.user.sub, body);
  }

  @ApiContract({
    summary: 'Change your show’s title, description or running order (its acts and their stage looks)',
    response: showSchema,
  })
  @Patch('shows/:id')
  @UseGuards(AuthGuard)
  edit(
    @Req() request: AuthenticatedRequest,
    @Param('id', showId) id: string,
    @Body(new ZodValidationPipe(showEditSchema, 'body')) body: ShowEdit,
  ): Promise<Show> {
    return this.shows.edit(id, request.user, body);
  }

  @ApiContract({ summary: 'Withdraw your request for a stage (not once the venue has approved it)' })
  @Delete('shows/:id')
  @HttpCode(204)
  @UseGuards(AuthGuard)
  withdraw(@Req() request: AuthenticatedRequest, @Param('id', showId) id: string): Promise<void> {
    return this.shows.withdraw(id, request.user);
  }

  @ApiContract({
    summary: 'Your show’s tickets sold, attendance and money (for its performer and the venue’s staff)',
    response: showReportSchema,
  })
  @Get('shows/:id/report')
  @UseGuards(AuthGuard)
  report(@Req() request: AuthenticatedRequest, @Param('id', showId) id: string): Promise<ShowReport> {
    return this.shows.report(id, request.user);
  }

  @ApiContract({ summary: "Set the platform's share of a show's ticket sales", response: showSchema })
  @Put('shows/:id/split')
  @UseGuards(AuthGuard, AdminGuard)
  split(
    @Param('id', showId) id: string,
    @Body(new ZodValidationPipe(showSplitSchema, 'body')) body: z.infer<typeof showSplitSchema>,
  ): Promise<Show> {
    return this.shows.setSplit(id, body.platformShareBps);
  }

  @ApiContract({ summary: 'Your tickets', response: z.array(ticketSchema) })
  @Get('tickets/mine')
  @UseGuards(AuthGuard)
  tickets(@Req() request: AuthenticatedRequest): Promise<Ticket[]> {
    return this.shows.tickets(request.user.sub);
  }
}
