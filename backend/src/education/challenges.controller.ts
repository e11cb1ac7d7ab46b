import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import {
  type Challenge,
  challengeEntrySchema,
  challengeHangSchema,
  challengeSchema,
  type NewChallenge,
  newChallengeSchema,
  voteSchema,
} from '../contract.ts';
import { ChallengesService } from './challenges.service.ts';

const challengeId = new ZodValidationPipe(z.uuid('must be a challenge id'), 'id');

@ApiTag('education')
@Controller('challenges')
export class ChallengesController {
  constructor(@Inject(ChallengesService) private readonly challenges: ChallengesService) {}

  @ApiContract({ summary: 'Community challenges', response: z.array(challengeSchema) })
  @Get()
  list(): Promise<Challenge[]> {
    return this.challenges.list();
  }

  @ApiContract({ summary: 'A challenge with its entries and votes', response: challengeSchema })
  @Get(':id')
  get(@Param('id', challengeId) id: string): Promise<Challenge> {
    return this.challenges.get(id);
  }

  @ApiContract({ summary: 'Host a challenge (instructors, moderators, admins)', response: challengeSchema })
  @Post()
  @HttpCode(201)
  @UseGuards(AuthGuard)
  create(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newChallengeSchema, 'body')) body: NewChallenge,
  ): Promise<Challenge> {
    return this.challenges.create(request.user, body);
  }

  @ApiContract({ summary: 'Enter one of your works, before the deadline', response: challengeSchema })
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

  @ApiContract({
    summary: 'Vote for an entry (one vote per challenge; voting again moves it)',
    response: challengeSchema,
  })
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

  @ApiContract({
    summary: "Hang the entries in the challenge's gallery, most voted first (its host)",
    response: challengeHangSchema,
  })
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
