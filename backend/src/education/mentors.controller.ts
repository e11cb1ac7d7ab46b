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
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import {
  type Mentor,
  type MentorProfile,
  type Mentorship,
  mentorProfileSchema,
  mentorshipRequestSchema,
} from '../contract.ts';
import { MentorsService } from './mentors.service.ts';

const findSchema = z.object({
  discipline: z.string().trim().min(1).max(60),
  level: z.enum(['beginner', 'intermediate', 'advanced']).optional(),
});
const id = (what: string) => new ZodValidationPipe(z.uuid(`must be a ${what} id`), 'id');

@Controller()
@UseGuards(AuthGuard)
export class MentorsController {
  constructor(@Inject(MentorsService) private readonly mentors: MentorsService) {}

  @Put('mentors/me')
  profile(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(mentorProfileSchema, 'body')) body: MentorProfile,
  ): Promise<Mentor> {
    return this.mentors.setProfile(request.user.sub, body);
  }

  /** Mentors for a discipline, best match first (`?discipline=painting&level=beginner`). */
  @Get('mentors')
  find(
    @Query(new ZodValidationPipe(findSchema, 'query')) query: z.infer<typeof findSchema>,
  ): Promise<Mentor[]> {
    return this.mentors.find(query.discipline, query.level);
  }

  @Post('mentors/:id/requests')
  @HttpCode(201)
  request(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('mentor')) mentorId: string,
    @Body(new ZodValidationPipe(mentorshipRequestSchema, 'body'))
    body: z.infer<typeof mentorshipRequestSchema>,
  ): Promise<Mentorship> {
    return this.mentors.request(request.user.sub, mentorId, body.discipline, body.message);
  }

  @Get('mentorships')
  mine(@Req() request: AuthenticatedRequest): Promise<Mentorship[]> {
    return this.mentors.mine(request.user.sub);
  }

  @Post('mentorships/:id/accept')
  @HttpCode(200)
  accept(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('request')) requestId: string,
  ): Promise<Mentorship> {
    return this.mentors.answer(requestId, request.user.sub, true);
  }

  @Post('mentorships/:id/decline')
  @HttpCode(200)
  decline(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('request')) requestId: string,
  ): Promise<Mentorship> {
    return this.mentors.answer(requestId, request.user.sub, false);
  }
}
