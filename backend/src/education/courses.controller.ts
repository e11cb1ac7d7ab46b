import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import {
  AuthGuard,
  type AuthenticatedRequest,
  type MaybeAuthenticatedRequest,
  OptionalAuthGuard,
} from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import {
  type Course,
  type Learning,
  type Lesson,
  type NewCourse,
  type NewLesson,
  type NewSubmission,
  type ProgressUpdate,
  type PublishCourse,
  type Review,
  type Submission,
  newCourseSchema,
  newLessonSchema,
  newModuleSchema,
  newSubmissionSchema,
  progressUpdateSchema,
  publishCourseSchema,
  reviewSchema,
} from '../contract.ts';
import { CoursesService } from './courses.service.ts';
import { LearningService } from './learning.service.ts';

const id = (what: string) => new ZodValidationPipe(z.uuid(`must be a ${what} id`), 'id');

@Controller()
export class CoursesController {
  constructor(
    @Inject(CoursesService) private readonly courses: CoursesService,
    @Inject(LearningService) private readonly learning: LearningService,
  ) {}

  @Get('courses')
  list(): Promise<Course[]> {
    return this.courses.list();
  }

  /** A course's outline (a draft only for its instructor). */
  @Get('courses/:id')
  @UseGuards(OptionalAuthGuard)
  course(
    @Req() request: MaybeAuthenticatedRequest,
    @Param('id', id('course')) courseId: string,
  ): Promise<Course> {
    return this.courses.get(courseId, request.user);
  }

  @Post('courses')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  create(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newCourseSchema, 'body')) body: NewCourse,
  ): Promise<Course> {
    return this.courses.create(request.user, body);
  }

  @Post('courses/:id/modules')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  addModule(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('course')) courseId: string,
    @Body(new ZodValidationPipe(newModuleSchema, 'body')) body: z.infer<typeof newModuleSchema>,
  ): Promise<Course> {
    return this.courses.addModule(request.user, courseId, body.title);
  }

  @Post('modules/:id/lessons')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  addLesson(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('module')) moduleId: string,
    @Body(new ZodValidationPipe(newLessonSchema, 'body')) body: NewLesson,
  ): Promise<Course> {
    return this.courses.addLesson(request.user, moduleId, body);
  }

  @Post('courses/:id/publish')
  @HttpCode(200)
  @UseGuards(AuthGuard)
  publish(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('course')) courseId: string,
    @Body(new ZodValidationPipe(publishCourseSchema, 'body')) body: PublishCourse,
  ): Promise<Course> {
    return this.courses.publish(request.user, courseId, body);
  }

  @Get('lessons/:id')
  @UseGuards(AuthGuard)
  lesson(@Req() request: AuthenticatedRequest, @Param('id', id('lesson')) lessonId: string): Promise<Lesson> {
    return this.learning.lesson(lessonId, request.user);
  }

  @Put('lessons/:id/progress')
  @UseGuards(AuthGuard)
  progress(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('lesson')) lessonId: string,
    @Body(new ZodValidationPipe(progressUpdateSchema, 'body')) body: ProgressUpdate,
  ): Promise<Lesson> {
    return this.learning.updateProgress(lessonId, request.user, body);
  }

  @Post('lessons/:id/submissions')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  submit(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('lesson')) lessonId: string,
    @Body(new ZodValidationPipe(newSubmissionSchema, 'body')) body: NewSubmission,
  ): Promise<Submission> {
    return this.learning.submit(lessonId, request.user, body);
  }

  @Get('lessons/:id/submissions')
  @UseGuards(AuthGuard)
  submissions(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('lesson')) lessonId: string,
  ): Promise<Submission[]> {
    return this.learning.submissions(lessonId, request.user);
  }

  @Post('submissions/:id/review')
  @HttpCode(200)
  @UseGuards(AuthGuard)
  review(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('submission')) submissionId: string,
    @Body(new ZodValidationPipe(reviewSchema, 'body')) body: Review,
  ): Promise<Submission> {
    return this.learning.review(submissionId, request.user, body);
  }

  @Get('me/learning')
  @UseGuards(AuthGuard)
  dashboard(@Req() request: AuthenticatedRequest): Promise<Learning> {
    return this.learning.dashboard(request.user.sub);
  }
}
