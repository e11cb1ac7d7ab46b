import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Put, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import {
  type Ban,
  banSchema,
  slugSchema,
  type SpaceDoor,
  type SpaceDoorChange,
  spaceDoorChangeSchema,
  spaceDoorSchema,
} from '../contract.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import { BansService } from './bans.service.ts';
import { ModeratorGuard } from './moderator.guard.ts';

@ApiTag('moderation')
@Controller('moderation')
@UseGuards(AuthGuard, ModeratorGuard)
export class ModerationController {
  constructor(@Inject(BansService) private readonly bans: BansService) {}

  @ApiContract({ summary: "The venue's bans, newest first", response: z.array(banSchema) })
  @Get('bans')
  list(): Promise<Ban[]> {
    return this.bans.list();
  }

  @ApiContract({ summary: 'Lift a ban: the person may enter again at once' })
  @Delete('bans/:id')
  @HttpCode(204)
  lift(
    @Req() request: AuthenticatedRequest,
    @Param('id', new ZodValidationPipe(z.uuid('must be a ban id'), 'id')) id: string,
  ): Promise<void> {
    return this.bans.lift(id, request.user);
  }

  @ApiContract({
    summary: 'Every space and whether it admits members only',
    response: z.array(spaceDoorSchema),
  })
  @Get('spaces')
  doors(): Promise<SpaceDoor[]> {
    return this.bans.doors();
  }

  @ApiContract({
    summary: 'Let a space admit members only (guests get no join token), or everyone',
    response: spaceDoorSchema,
  })
  @Put('spaces/:slug')
  setDoor(
    @Req() request: AuthenticatedRequest,
    @Param('slug', new ZodValidationPipe(slugSchema, 'slug')) slug: string,
    @Body(new ZodValidationPipe(spaceDoorChangeSchema, 'body')) body: SpaceDoorChange,
  ): Promise<SpaceDoor> {
    return this.bans.setMembersOnly(slug, body.membersOnly, request.user);
  }
}
