import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Req, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import {
  AuthGuard,
  type AuthenticatedRequest,
  type MaybeAuthenticatedRequest,
  OptionalAuthGuard,
} from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import {
  type Course,
  courseSchema,
  type Learning,
  learningSchema,
  type Lesson,
  lessonSchema,
  type NewCourse,
  type NewLesson,
  type NewSubmission,
  type ProgressUpdate,
  type PublishCourse,
  type Review,
  type Submission,
  submissionSchema,
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

@ApiTag('education')
@Controller()
export class CoursesController {
  constructor(
    @Inject(CoursesService) private readonly courses: CoursesService,
    @Inject(LearningService) private readonly learning: LearningService,
  ) {}

  @ApiContract({ summary: 'Published courses, newest first', response: z.array(courseSchema) })
  @Get('courses')
  list(): Promise<Course[]> {
    return this.courses.list();
  }

  /** A course's outline (a draft only for its instructor). */
  @ApiContract({
    summary: "A course's outline (a draft only for its instructor); order a place from its listingId",
    response: courseSchema,
  })
  @Get('courses/:id')
  @UseGuards(OptionalAuthGuard)
  course(
    @Req() request: MaybeAuthenticatedRequest,
    @Param('id', id('course')) courseId: string,
  ): Promise<Course> {
    return this.courses.get(courseId, request.user);
  }

  @ApiContract({ summary: 'Create a course (instructors)', response: courseSchema })
  @Post('courses')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  create(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(newCourseSchema, 'body')) body: NewCourse,
  ): Promise<Course> {
    return this.courses.create(request.user, body);
  }

  @ApiContract({ summary: 'Add a module to your course', response: courseSchema })
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

  @ApiContract({
    summary: 'Add a lesson (video, text, exercise or live workshop) to a module of your course',
    response: courseSchema,
  })
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

  @ApiContract({
    summary: 'Publish your course at a price (0 is free; paid places split 70/30 with the platform)',
    response: courseSchema,
  })
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

  @ApiContract({
    summary: 'A lesson of a course you take or teach, with your progress',
    response: lessonSchema,
  })
  @Get('lessons/:id')
  @UseGuards(AuthGuard)
  lesson(@Req() request: AuthenticatedRequest, @Param('id', id('lesson')) lessonId: string): Promise<Lesson> {
    return this.learning.lesson(lessonId, request.user);
  }

  @ApiContract({ summary: 'Where you are in a video, or that you read a text', response: lessonSchema })
  @Put('lessons/:id/progress')
  @UseGuards(AuthGuard)
  progress(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('lesson')) lessonId: string,
    @Body(new ZodValidationPipe(progressUpdateSchema, 'body')) body: ProgressUpdate,
  ): Promise<Lesson> {
    return this.learning.updateProgress(lessonId, request.user, body);
  }

  @ApiContract({
    summary: 'Hand in an exercise: an image, an audio file or a link',
    response: submissionSchema,
  })
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

  @ApiContract({
    summary: "An exercise's submissions: all for its instructor, yours for you",
    response: z.array(submissionSchema),
  })
  @Get('lessons/:id/submissions')
  @UseGuards(AuthGuard)
  submissions(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('lesson')) lessonId: string,
  ): Promise<Submission[]> {
    return this.learning.submissions(lessonId, request.user);
  }

  @ApiContract({
    summary: 'Critique and mark a submission (the instructor); a pass completes the exercise',
    response: submissionSchema,
  })
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

  @ApiContract({
    summary: 'Your courses: progress, what is next, workshops to come, certificates',
    response: learningSchema,
  })
  @Get('me/learning')
  @UseGuards(AuthGuard)
  dashboard(@Req() request: AuthenticatedRequest): Promise<Learning> {
    return this.learning.dashboard(request.user.sub);
  }
}
