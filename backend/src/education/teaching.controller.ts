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
  type Course,
  courseSchema,
  type CourseStudents,
  courseStudentsSchema,
  type CourseSubmission,
  courseSubmissionSchema,
  type LessonSource,
  lessonSourceSchema,
  markdownPreviewSchema,
  type NewCourse,
  newCourseSchema,
  type NewLesson,
  newLessonSchema,
  newModuleSchema,
  type OutlineOrder,
  outlineOrderSchema,
  renderedMarkdownSchema,
  type TaughtCourse,
  taughtCourseSchema,
} from '../contract.ts';
import { TeachingService } from './teaching.service.ts';

const id = (what: string) => new ZodValidationPipe(z.uuid(`must be a ${what} id`), 'id');

/** The instructor's side of courses (the studio's Teaching tab): their courses, editing, students, reviews. */
@ApiTag('education')
@Controller()
@UseGuards(AuthGuard)
export class TeachingController {
  constructor(@Inject(TeachingService) private readonly teaching: TeachingService) {}

  @ApiContract({
    summary: 'The courses you teach, newest first, with enrolments, submissions to review and revenue',
    response: z.array(taughtCourseSchema),
  })
  @Get('me/teaching')
  mine(@Req() request: AuthenticatedRequest): Promise<TaughtCourse[]> {
    return this.teaching.mine(request.user);
  }

  @ApiContract({
    summary: "Change your course's title, summary, discipline and level",
    response: courseSchema,
  })
  @Put('courses/:id')
  updateCourse(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('course')) courseId: string,
    @Body(new ZodValidationPipe(newCourseSchema, 'body')) body: NewCourse,
  ): Promise<Course> {
    return this.teaching.updateCourse(request.user, courseId, body);
  }

  @ApiContract({
    summary: "Put your course's modules and lessons in a new order (lessons may move between modules)",
    response: courseSchema,
  })
  @Put('courses/:id/outline')
  reorder(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('course')) courseId: string,
    @Body(new ZodValidationPipe(outlineOrderSchema, 'body')) body: OutlineOrder,
  ): Promise<Course> {
    return this.teaching.reorder(request.user, courseId, body);
  }

  @ApiContract({
    summary: "Your course's students: progress and certificates; and its revenue",
    response: courseStudentsSchema,
  })
  @Get('courses/:id/students')
  students(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('course')) courseId: string,
  ): Promise<CourseStudents> {
    return this.teaching.students(request.user, courseId);
  }

  @ApiContract({
    summary: "Work handed in for your course's exercises, those waiting for a critique first",
    response: z.array(courseSubmissionSchema),
  })
  @Get('courses/:id/submissions')
  submissions(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('course')) courseId: string,
  ): Promise<CourseSubmission[]> {
    return this.teaching.submissions(request.user, courseId);
  }

  @ApiContract({ summary: 'Rename a module of your course', response: courseSchema })
  @Patch('modules/:id')
  renameModule(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('module')) moduleId: string,
    @Body(new ZodValidationPipe(newModuleSchema, 'body')) body: z.infer<typeof newModuleSchema>,
  ): Promise<Course> {
    return this.teaching.renameModule(request.user, moduleId, body.title);
  }

  @ApiContract({
    summary: 'Delete a module and its lessons (not once students have started one)',
    response: courseSchema,
  })
  @Delete('modules/:id')
  deleteModule(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('module')) moduleId: string,
  ): Promise<Course> {
    return this.teaching.deleteModule(request.user, moduleId);
  }

  @ApiContract({
    summary: 'Markdown rendered as a lesson page shows it (instructors, for the editor’s preview)',
    response: renderedMarkdownSchema,
  })
  @Post('lessons/preview')
  @HttpCode(200)
  preview(
    @Req() request: AuthenticatedRequest,
    @Body(new ZodValidationPipe(markdownPreviewSchema, 'body')) body: z.infer<typeof markdownPreviewSchema>,
  ): { html: string } {
    return this.teaching.preview(request.user, body.body);
  }

  @ApiContract({
    summary: 'A lesson of your course as written, for its editor',
    response: lessonSourceSchema,
  })
  @Get('lessons/:id/source')
  source(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('lesson')) lessonId: string,
  ): Promise<LessonSource> {
    return this.teaching.lessonSource(request.user, lessonId);
  }

  @ApiContract({ summary: 'Rewrite a lesson of your course (its kind stays)', response: courseSchema })
  @Put('lessons/:id')
  updateLesson(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('lesson')) lessonId: string,
    @Body(new ZodValidationPipe(newLessonSchema, 'body')) body: NewLesson,
  ): Promise<Course> {
    return this.teaching.updateLesson(request.user, lessonId, body);
  }

  @ApiContract({
    summary: 'Delete a lesson of your course (not once students have started it)',
    response: courseSchema,
  })
  @Delete('lessons/:id')
  deleteLesson(
    @Req() request: AuthenticatedRequest,
    @Param('id', id('lesson')) lessonId: string,
  ): Promise<Course> {
    return this.teaching.deleteLesson(request.user, lessonId);
  }
}
