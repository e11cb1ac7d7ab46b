import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import {
  type Challenge,
  challengeEntrySchema,
  type NewChallenge,
  newChallengeSchema,
  voteSchema,
} from '../contract.ts';
import { ChallengesService } from './challenges.service.ts';

const challengeId = new ZodValidationPipe(z.uuid('must be a challenge id'), 'id');

@Controller('challenges')
export class ChallengesController {
  constructor(@Inject(ChallengesService) private readonly challenges: ChallengesService) {}

  @Get()
  list(): Promise<Challenge[]> {
    return this.challenges.list();
  }

  @Get(':id')
  get(@Param('id', challengeId) id: string): Promise<Challenge> {
    return this.challenges.get(id);
  }

  @Post()
  @HttpCode(201)
  @UseGuards(AuthGuard)
  create(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newChallengeSchema, 'body')) body: NewChallenge,
  ): Promise<Challenge> {
    return this.challenges.create(request.user, body);
  }

  @Post(':id/entries')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  enter(
    @Req() request: AuthenticatedRequest,
    @Param('id', challengeId) id: string,
    @Body(new ZodValidationPipe(challengeEntrySchema, 'body')) body: z.infer<typeof challengeEntrySchema>,
  ): Promise<Challenge> {
    return this.challenges.enter(id, request.user.sub, body.artworkId);
  }

  @Post(':id/votes')
  @HttpCode(200)
  @UseGuards(AuthGuard)
  vote(
    @Req() request: AuthenticatedRequest,
    @Param('id', challengeId) id: string,
    @Body(new ZodValidationPipe(voteSchema, 'body')) body: z.infer<typeof voteSchema>,
  ): Promise<Challenge> {
    return this.challenges.vote(id, request.user.sub, body.entryId);
  }

  @Post(':id/hang')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  hang(
    @Req() request: AuthenticatedRequest,
    @Param('id', challengeId) id: string,
  ): Promise<{ exhibitionId: string; space: string }> {
    return this.challenges.hang(id, request.user);
  }
}
