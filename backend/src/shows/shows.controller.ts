import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  Query,
  Req,
  UseGuards,
} from '@nestjs/common';
import { z } from 'zod';
import { AdminGuard } from '../accounts/admin.guard.ts';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import {
  type NewShow,
  newShowSchema,
  type Show,
  showSplitSchema,
  slugSchema,
  type Ticket,
} from '../contract.ts';
import { ShowsService } from './shows.service.ts';

const showId = new ZodValidationPipe(z.uuid('must be a show id'), 'id');

@Controller()
export class ShowsController {
  constructor(@Inject(ShowsService) private readonly shows: ShowsService) {}

  @Get('shows')
  upcoming(
    @Query('space', new ZodValidationPipe(slugSchema.optional(), 'space')) space?: string,
  ): Promise<Show[]> {
    return this.shows.upcoming(space);
  }

  @Get('shows/:id')
  show(@Param('id', showId) id: string): Promise<Show> {
    return this.shows.get(id);
  }

  @Post('shows')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  create(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newShowSchema, 'body')) body: NewShow,
  ): Promise<Show> {
    return this.shows.create(request.user.sub, body);
  }

  @Put('shows/:id/split')
  @UseGuards(AuthGuard, AdminGuard)
  split(
    @Param('id', showId) id: string,
    @Body(new ZodValidationPipe(showSplitSchema, 'body')) body: z.infer<typeof showSplitSchema>,
  ): Promise<Show> {
    return this.shows.setSplit(id, body.platformShareBps);
  }

  @Get('tickets/mine')
  @UseGuards(AuthGuard)
  tickets(@Req() request: AuthenticatedRequest): Promise<Ticket[]> {
    return this.shows.tickets(request.user.sub);
  }
}
