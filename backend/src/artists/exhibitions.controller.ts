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
  Req,
  UseGuards,
} from '@nestjs/common';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import {
  draftChangesSchema,
  draftLayoutSchema,
  newDraftSchema,
  studioExhibitionSchema,
  type DraftChanges,
  type DraftLayout,
  type NewDraft,
  type StudioExhibition,
} from '../contract.ts';
import { ExhibitionsService } from './exhibitions.service.ts';

const idSchema = z.uuid('must be an exhibition id');

/** The studio's Exhibitions tab: an artist's drafts, curated and laid out, then sent to the venue. */
@ApiTag('artists')
@Controller('studio/exhibitions')
@UseGuards(AuthGuard)
export class ExhibitionsController {
  constructor(@Inject(ExhibitionsService) private readonly exhibitions: ExhibitionsService) {}

  @ApiContract({
    summary: 'Your exhibitions, latest first: drafts, and where the ones sent to the venue stand',
    response: z.array(studioExhibitionSchema),
  })
  @Get()
  mine(@Req() request: AuthenticatedRequest): Promise<StudioExhibition[]> {
    return this.exhibitions.mine(request.user.sub);
  }

  @ApiContract({
    summary: 'Start a draft exhibition of your works (unseen by the venue)',
    response: studioExhibitionSchema,
  })
  @Post()
  @HttpCode(201)
  create(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newDraftSchema, 'body')) body: NewDraft,
  ): Promise<StudioExhibition> {
    return this.exhibitions.create(request.user.sub, body);
  }

  @ApiContract({
    summary: 'One of your exhibitions with its works in tour order and their places (404: not yours)',
    response: studioExhibitionSchema,
  })
  @Get(':id')
  one(
    @Req() request: AuthenticatedRequest,
    @Param('id', new ZodValidationPipe(idSchema, 'id')) id: string,
  ): Promise<StudioExhibition> {
    return this.exhibitions.one(request.user.sub, id);
  }

  @ApiContract({
    summary: "Change a draft's title, text, gallery, dates or works (409: already sent)",
    response: studioExhibitionSchema,
  })
  @Patch(':id')
  update(
    @Req() request: AuthenticatedRequest,
    @Param('id', new ZodValidationPipe(idSchema, 'id')) id: string,
    @Body(new ZodValidationPipe(draftChangesSchema, 'body')) body: DraftChanges,
  ): Promise<StudioExhibition> {
    return this.exhibitions.update(request.user.sub, id, body);
  }

  @ApiContract({
    summary: "Save a draft's layout: each work's place on a wall or plinth, wall text, and the tour's order",
    response: studioExhibitionSchema,
  })
  @Put(':id/layout')
  saveLayout(
    @Req() request: AuthenticatedRequest,
    @Param('id', new ZodValidationPipe(idSchema, 'id')) id: string,
    @Body(new ZodValidationPipe(draftLayoutSchema, 'body')) body: DraftLayout,
  ): Promise<StudioExhibition> {
    return this.exhibitions.saveLayout(request.user.sub, id, body);
  }

  @ApiContract({ summary: 'Send a draft to the venue for its answer', response: studioExhibitionSchema })
  @Post(':id/submit')
  @HttpCode(200)
  submit(
    @Req() request: AuthenticatedRequest,
    @Param('id', new ZodValidationPipe(idSchema, 'id')) id: string,
  ): Promise<StudioExhibition> {
    return this.exhibitions.submit(request.user.sub, id);
  }

  @ApiContract({ summary: 'Delete a draft (409: already sent to the venue)' })
  @Delete(':id')
  @HttpCode(204)
  async remove(
    @Req() request: AuthenticatedRequest,
    @Param('id', new ZodValidationPipe(idSchema, 'id')) id: string,
  ): Promise<void> {
    await this.exhibitions.remove(request.user.sub, id);
  }
}
