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
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import {
  type Mentor,
  type MentorProfile,
  type Mentorship,
  mentorProfileSchema,
  mentorSchema,
  mentorshipSchema,
  mentorshipRequestSchema,
} from '../contract.ts';
import { MentorsService } from './mentors.service.ts';

const findSchema = z.object({
  discipline: z.string().trim().min(1).max(60),
  level: z.enum(['beginner', 'intermediate', 'advanced']).optional(),
});
const id = (what: string) => new ZodValidationPipe(z.uuid(`must be a ${what} id`), 'id');

@ApiTag('education')
@Controller()
@UseGuards(AuthGuard)
export class MentorsController {
  constructor(@Inject(MentorsService) private readonly mentors: MentorsService) {}

  @ApiContract({ summary: 'Offer to mentor: disciplines, levels, hours a week', response: mentorSchema })
  @Put('mentors/me')
  profile(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(mentorProfileSchema, 'body')) body: MentorProfile,
  ): Promise<Mentor> {
    return this.mentors.setProfile(request.user.sub, body);
  }

  /** Mentors for a discipline, best match first (`?discipline=painting&level=beginner`). */
  @ApiContract({
    summary: 'Mentors for a discipline, best match first',
    query: {
      discipline: 'The discipline to be mentored in',
      level: "The student's level, to match mentors to",
    },
    response: z.array(mentorSchema),
  })
  @Get('mentors')
  find(
    @Query(new ZodValidationPipe(findSchema, 'query')) query: z.infer<typeof findSchema>,
  ): Promise<Mentor[]> {
    return this.mentors.find(query.discipline, query.level);
  }

  @ApiContract({ summary: 'Ask a mentor to mentor you', response: mentorshipSchema })
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

  @ApiContract({
    summary: 'Your mentorships, as student and as mentor',
    response: z.array(mentorshipSchema),
  })
  @Get('mentorships')
  mine(@Req() request: AuthenticatedRequest): Promise<Mentorship[]> {
    return this.mentors.mine(request.user.sub);
  }

  @ApiContract({ summary: 'Accept a request made to you', response: mentorshipSchema })
  @Post('mentorships/:id/accept')
  @HttpCode(200)
  accept(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('request')) requestId: string,
  ): Promise<Mentorship> {
    return this.mentors.answer(requestId, request.user.sub, true);
  }

  @ApiContract({ summary: 'Decline a request made to you', response: mentorshipSchema })
  @Post('mentorships/:id/decline')
  @HttpCode(200)
  decline(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('request')) requestId: string,
  ): Promise<Mentorship> {
    return this.mentors.answer(requestId, request.user.sub, false);
  }
}
