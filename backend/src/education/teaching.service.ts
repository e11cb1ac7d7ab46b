import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { AccessClaims } from '../accounts/accounts.service.ts';
import type {
  Course,
  CourseStudents,
  CourseSubmission,
  LessonSource,
  NewCourse,
  NewLesson,
  OutlineOrder,
  TaughtCourse,
} from '../contract.ts';
import { hasAnyRole, requireOwnerOrAdmin } from '../common/owner-or-admin.ts';
import { PrismaService } from '../database/prisma.service.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { enrollmentProgress } from './certificates.service.ts';
import { CoursesService } from './courses.service.ts';
import { renderLessonText } from './lesson-text.ts';
import { chaptersOf, submissionInclude, submissionView } from './learning.service.ts';
import { placeOutline } from './outline-order.ts';
import { courseProgress } from './progress.ts';

type Db = Prisma.TransactionClient;

const OWNER_ONLY = 'Only the course’s instructor can change it.';

/** Paid orders for places on courses, summed per course and currency: what students paid, the instructor's share. */
async function revenueByCourse(db: Db, courseIds: readonly string[]) {
  const rows = await db.order.groupBy({
    by: ['listingId', 'currency'],
    where: { status: 'paid', listing: { courseId: { in: [...courseIds] } } },
    _sum: { amountMinor: true, platformFeeMinor: true },
  });
  const listings = await db.listing.findMany({
    where: { courseId: { in: [...courseIds] } },
    select: { id: true, courseId: true },
  });
  const courseOf = new Map(listings.map((listing) => [listing.id, listing.courseId]));
  const revenue = new Map<string, TaughtCourse['revenue']>();
  for (const row of rows) {
    const courseId = courseOf.get(row.listingId);
    if (!courseId) continue;
    const gross = row._sum.amountMinor ?? 0;
    const list = revenue.get(courseId) ?? [];
    list.push({
      currency: row.currency,
      grossMinor: gross,
      earnedMinor: gross - (row._sum.platformFeeMinor ?? 0),
    });
    revenue.set(courseId, list);
  }
  return revenue;
}

/**
 * The instructor's side of courses: their list with enrolments and revenue, editing, deleting and reordering
 * what a course is made of, and the students and submissions of each course. Only a course's own instructor
 * (or an admin) may see or change these.
 */
@Injectable()
export class TeachingService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(CoursesService) private readonly courses: CoursesService,
  ) {}

  /** The caller's courses, newest first, with their counts and revenue. */
  async mine(user: AccessClaims): Promise<TaughtCourse[]> {
    if (!hasAnyRole(user, ['instructor', 'admin']))
      throw new ForbiddenException('Only instructors teach courses: ask the venue for the instructor role.');
    const rows = await this.prisma.course.findMany({
      where: { instructorId: user.sub },
      orderBy: { createdAt: 'desc' },
      take: 200,
      include: {
        listing: { select: { priceMinor: true, currency: true } },
        _count: { select: { enrollments: { where: { revokedAt: null } } } },
      },
    });
    const ids = rows.map((row) => row.id);
    const [lessons, waiting, revenue] = await Promise.all([
      this.prisma.lesson.findMany({
        where: { module: { courseId: { in: ids } } },
        select: { module: { select: { courseId: true } } },
      }),
      this.prisma.submission.findMany({
        where: { reviewedAt: null, lesson: { module: { courseId: { in: ids } } } },
        select: { lesson: { select: { module: { select: { courseId: true } } } } },
      }),
      revenueByCourse(this.prisma, ids),
    ]);
    const count = (list: readonly string[], id: string) => list.filter((one) => one === id).length;
    const lessonCourses = lessons.map((lesson) => lesson.module.courseId);
    const waitingCourses = waiting.map((submission) => submission.lesson.module.courseId);
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      discipline: row.discipline,
      level: row.level,
      status: row.status,
      priceMinor: row.listing?.priceMinor ?? null,
      currency: row.listing?.currency ?? null,
      lessons: count(lessonCourses, row.id),
      enrolments: row._count.enrollments,
      toReview: count(waitingCourses, row.id),
      revenue: revenue.get(row.id) ?? [],
      createdAt: row.createdAt.toISOString(),
    }));
  }

  /** Changes a course's title, summary, discipline and level (a published course's listing keeps its title). */
  async updateCourse(user: AccessClaims, courseId: string, request: NewCourse): Promise<Course> {
    await this.courses.ownCourse(user, courseId);
    await this.prisma.$transaction(async (tx) => {
      await tx.course.update({ where: { id: courseId }, data: request });
      await tx.listing.updateMany({ where: { courseId }, data: { title: request.title } });
    });
    return this.courses.get(courseId, user);
  }

  async renameModule(user: AccessClaims, moduleId: string, title: string): Promise<Course> {
    const courseId = await this.moduleCourse(user, moduleId);
    await this.prisma.courseModule.update({ where: { id: moduleId }, data: { title } });
    return this.courses.get(courseId, user);
  }

  /** Deletes a module and its lessons, unless students have started one of them. */
  async deleteModule(user: AccessClaims, moduleId: string): Promise<Course> {
    const courseId = await this.moduleCourse(user, moduleId);
    await this.prisma.$transaction(async (tx) => {
      await this.lockCourse(tx, courseId);
      const lessons = await tx.lesson.findMany({ where: { moduleId }, select: { id: true } });
      if (
        await this.anyStarted(
          tx,
          lessons.map((lesson) => lesson.id),
        )
      )
        throw new ConflictException('Students have started lessons in this module: it cannot be deleted.');
      await this.keepOneLesson(tx, courseId, lessons.length);
      await tx.courseModule.delete({ where: { id: moduleId } });
      await this.compact(tx, courseId);
    });
    return this.courses.get(courseId, user);
  }

  /** A lesson as it was written, for its editor. */
  async lessonSource(user: AccessClaims, lessonId: string): Promise<LessonSource> {
    const { lesson } = await this.ownLesson(user, lessonId);
    const base = { title: lesson.title, required: lesson.required };
    let source: NewLesson;
    if (lesson.kind === 'video') {
      source = {
        ...base,
        kind: 'video',
        videoUrl: lesson.videoUrl ?? '',
        durationSeconds: lesson.durationSeconds ?? 1,
        chapters: chaptersOf(lesson.chapters),
      };
    } else if (lesson.kind === 'workshop' && lesson.workshop) {
      const { workshop } = lesson;
      source = {
        ...base,
        kind: 'workshop',
        body: lesson.body,
        space: workshop.space.slug,
        startsAt: workshop.startsAt.toISOString(),
        durationMinutes: Math.round((workshop.endsAt.getTime() - workshop.startsAt.getTime()) / 60_000),
        capacity: workshop.capacity,
      };
    } else if (lesson.kind === 'exercise') {
      source = { ...base, kind: 'exercise', body: lesson.body };
    } else {
      source = { ...base, kind: 'text', body: lesson.body };
    }
    return {
      id: lesson.id,
      moduleId: lesson.moduleId,
      started: await this.anyStarted(this.prisma, [lesson.id]),
      source,
    };
  }

  /** Rewrites a lesson (of the same kind: a video stays a video). */
  async updateLesson(user: AccessClaims, lessonId: string, request: NewLesson): Promise<Course> {
    const { lesson, courseId } = await this.ownLesson(user, lessonId);
    if (request.kind !== lesson.kind)
      throw new BadRequestException(`body.kind: this lesson is a ${lesson.kind}; make a new lesson instead.`);
    const workshop = request.kind === 'workshop' ? await this.courses.workshopData(request, lessonId) : null;
    await this.prisma.lesson.update({
      where: { id: lessonId },
      data: {
        title: request.title,
        required: request.required,
        body: 'body' in request ? request.body : '',
        ...(request.kind === 'video'
          ? {
              videoUrl: request.videoUrl,
              durationSeconds: request.durationSeconds,
              chapters: [...request.chapters].sort((a, b) => a.at - b.at),
            }
          : {}),
        ...(workshop ? { workshop: { upsert: { create: workshop, update: workshop } } } : {}),
      },
    });
    return this.courses.get(courseId, user);
  }

  /** Deletes a lesson, unless students have started it (a published course keeps at least one). */
  async deleteLesson(user: AccessClaims, lessonId: string): Promise<Course> {
    const { courseId } = await this.ownLesson(user, lessonId);
    await this.prisma.$transaction(async (tx) => {
      await this.lockCourse(tx, courseId);
      if (await this.anyStarted(tx, [lessonId]))
        throw new ConflictException(
          'Students have started this lesson: it cannot be deleted (make it optional instead).',
        );
      await this.keepOneLesson(tx, courseId, 1);
      await tx.lesson.delete({ where: { id: lessonId } });
      await this.compact(tx, courseId);
    });
    return this.courses.get(courseId, user);
  }

  /** Puts the course's modules and lessons in the order given (lessons may move between modules). */
  async reorder(user: AccessClaims, courseId: string, order: OutlineOrder): Promise<Course> {
    await this.courses.ownCourse(user, courseId);
    await this.prisma.$transaction(async (tx) => {
      await this.lockCourse(tx, courseId);
      const placement = placeOutline(await this.outline(tx, courseId), order);
      if (typeof placement === 'string') throw new BadRequestException(placement);
      await this.place(tx, courseId, placement);
    });
    return this.courses.get(courseId, user);
  }

  /** Renders Markdown exactly as a lesson page does. */
  preview(user: AccessClaims, body: string): { html: string } {
    if (!hasAnyRole(user, ['instructor', 'admin']))
      throw new ForbiddenException('Only instructors preview lessons.');
    return { html: renderLessonText(body) };
  }

  /** The course's students with their progress and certificates, and its revenue. */
  async students(user: AccessClaims, courseId: string): Promise<CourseStudents> {
    await this.courses.ownCourse(user, courseId);
    const enrollments = await this.prisma.enrollment.findMany({
      where: { courseId, revokedAt: null },
      orderBy: { createdAt: 'asc' },
      take: 500,
      select: {
        id: true,
        createdAt: true,
        user: { select: { id: true, displayName: true } },
        certificate: { select: { code: true, revokedAt: true } },
      },
    });
    const enrolments = await Promise.all(
      enrollments.map(async (enrollment) => {
        const { lessons, completion } = await enrollmentProgress(this.prisma, enrollment.id);
        return {
          student: { id: enrollment.user.id, name: enrollment.user.displayName },
          enrolledAt: enrollment.createdAt.toISOString(),
          progress: courseProgress(lessons, completion),
          certificate: enrollment.certificate
            ? { code: enrollment.certificate.code, valid: enrollment.certificate.revokedAt === null }
            : null,
        };
      }),
    );
    const revenue = await revenueByCourse(this.prisma, [courseId]);
    return { enrolments, revenue: revenue.get(courseId) ?? [] };
  }

  /** Every submission to the course's exercises: those waiting for a critique first, oldest first. */
  async submissions(user: AccessClaims, courseId: string): Promise<CourseSubmission[]> {
    await this.courses.ownCourse(user, courseId);
    const rows = await this.prisma.submission.findMany({
      where: { lesson: { module: { courseId } } },
      orderBy: { createdAt: 'asc' },
      take: 500,
      include: { ...submissionInclude, lesson: { select: { title: true } } },
    });
    const views = rows.map((row) => ({ ...submissionView(row), lessonTitle: row.lesson.title }));
    return [...views.filter((view) => !view.reviewedAt), ...views.filter((view) => view.reviewedAt)];
  }

  private async moduleCourse(user: AccessClaims, moduleId: string): Promise<string> {
    const module = await this.prisma.courseModule.findUnique({
      where: { id: moduleId },
      select: { course: { select: { id: true, instructorId: true } } },
    });
    if (!module) throw new NotFoundException('There is no such module.');
    requireOwnerOrAdmin(user, module.course.instructorId, OWNER_ONLY);
    return module.course.id;
  }

  private async ownLesson(user: AccessClaims, lessonId: string) {
    const lesson = await this.prisma.lesson.findUnique({
      where: { id: lessonId },
      include: {
        module: { select: { course: { select: { id: true, instructorId: true } } } },
        workshop: { include: { space: { select: { slug: true } } } },
      },
    });
    if (!lesson) throw new NotFoundException('There is no such lesson.');
    requireOwnerOrAdmin(user, lesson.module.course.instructorId, OWNER_ONLY);
    return { lesson, courseId: lesson.module.course.id };
  }

  private async lockCourse(tx: Db, courseId: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM courses WHERE id = ${courseId}::uuid FOR UPDATE`;
  }

  /** Whether any student has progress in, or work handed in for, any of these lessons. */
  private async anyStarted(db: Db, lessonIds: readonly string[]): Promise<boolean> {
    if (lessonIds.length === 0) return false;
    const where = { lessonId: { in: [...lessonIds] } };
    // One after the other: inside a transaction the queries share one connection.
    const progress = await db.lessonProgress.count({ where });
    const submissions = await db.submission.count({ where });
    return progress + submissions > 0;
  }

  /** A published course is refused the deletion of its last lessons (publishing needs one). */
  private async keepOneLesson(tx: Db, courseId: string, removing: number): Promise<void> {
    if (removing === 0) return;
    const course = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: { status: true } });
    if (course.status !== 'published') return;
    const lessons = await tx.lesson.count({ where: { module: { courseId } } });
    if (lessons - removing < 1) throw new ConflictException('A published course keeps at least one lesson.');
  }

  private async outline(tx: Db, courseId: string) {
    const modules = await tx.courseModule.findMany({
      where: { courseId },
      orderBy: { position: 'asc' },
      select: { id: true, lessons: { orderBy: { position: 'asc' }, select: { id: true } } },
    });
    return {
      modules: modules.map((module) => ({ id: module.id, lessons: module.lessons.map((l) => l.id) })),
    };
  }

  /** Positions back to 0, 1, 2… after a deletion (new modules and lessons go at the count). */
  private async compact(tx: Db, courseId: string): Promise<void> {
    const outline = await this.outline(tx, courseId);
    const placement = placeOutline(outline, outline);
    if (typeof placement !== 'string') await this.place(tx, courseId, placement);
  }

  /** Writes positions in two passes (first out of the way, below zero) as positions are unique. */
  private async place(tx: Db, courseId: string, placement: Exclude<ReturnType<typeof placeOutline>, string>) {
    await tx.$executeRaw`UPDATE course_modules SET position = -1 - position WHERE course_id = ${courseId}::uuid`;
    await tx.$executeRaw`
      UPDATE lessons SET position = -1 - position
      WHERE module_id IN (SELECT id FROM course_modules WHERE course_id = ${courseId}::uuid)`;
    for (const module of placement.modules)
      await tx.courseModule.update({ where: { id: module.id }, data: { position: module.position } });
    // Moved lessons land at a position unique to them until their turn comes.
    for (const [index, lesson] of placement.lessons.entries())
      await tx.lesson.update({
        where: { id: lesson.id },
        data: { moduleId: lesson.moduleId, position: -100_000 - index },
      });
    for (const lesson of placement.lessons)
      await tx.lesson.update({ where: { id: lesson.id }, data: { position: lesson.position } });
  }
}
