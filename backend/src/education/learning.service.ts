import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { AccessClaims } from '../accounts/accounts.service.ts';
import type { Learning, Lesson, NewSubmission, ProgressUpdate, Review, Submission } from '../contract.ts';
import { isOwnerOrAdmin, requireOwnerOrAdmin } from '../common/owner-or-admin.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { CertificatesService, enrollmentProgress } from './certificates.service.ts';
import { workshopView } from './courses.service.ts';
import { renderLessonText } from './lesson-text.ts';
import { courseProgress, DONE, improved, nextLesson, PASSING_SCORE, videoCompletion } from './progress.ts';

const lessonInclude = {
  module: { select: { course: { select: { id: true, instructorId: true, status: true } } } },
  workshop: { include: { space: { select: { slug: true } } } },
} as const;

/** What to load with a submission so that `submissionView` can show it. */
export const submissionInclude = {
  enrollment: { select: { user: { select: { id: true, displayName: true } } } },
} as const;

type SubmissionRow = {
  id: string;
  lessonId: string;
  kind: Submission['kind'];
  mediaId: string | null;
  url: string | null;
  note: string;
  critique: string | null;
  score: number | null;
  createdAt: Date;
  reviewedAt: Date | null;
  enrollment: { user: { id: string; displayName: string } };
};

/** A submission as the API sends it, to its student and to the course's instructor. */
export const submissionView = (row: SubmissionRow): Submission => ({
  id: row.id,
  lessonId: row.lessonId,
  student: { id: row.enrollment.user.id, name: row.enrollment.user.displayName },
  kind: row.kind,
  url: row.mediaId ? `/api/media/${row.mediaId}` : (row.url ?? ''),
  note: row.note,
  critique: row.critique,
  score: row.score,
  createdAt: row.createdAt.toISOString(),
  reviewedAt: row.reviewedAt?.toISOString() ?? null,
});

/** A video lesson's chapters as stored (JSON); anything else in the column reads as none. */
export function chaptersOf(value: unknown): Lesson['chapters'] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((chapter: unknown) => {
    const { title, at } = (chapter ?? {}) as { title?: unknown; at?: unknown };
    return typeof title === 'string' && typeof at === 'number' ? [{ title, at }] : [];
  });
}

/** A student's way through their courses: lessons, progress, exercises and their critiques, what is next. */
@Injectable()
export class LearningService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(CertificatesService) private readonly certificates: CertificatesService,
  ) {}

  async lesson(lessonId: string, user: AccessClaims): Promise<Lesson> {
    const { lesson, enrollmentId } = await this.access(lessonId, user);
    const progress = enrollmentId
      ? await this.prisma.lessonProgress.findUnique({
          where: { enrollmentId_lessonId: { enrollmentId, lessonId } },
        })
      : null;
    return {
      id: lesson.id,
      courseId: lesson.module.course.id,
      title: lesson.title,
      kind: lesson.kind,
      required: lesson.required,
      html: renderLessonText(lesson.body),
      videoUrl: lesson.videoUrl,
      durationSeconds: lesson.durationSeconds,
      chapters: chaptersOf(lesson.chapters),
      workshop: workshopView(lesson.workshop),
      progress: enrollmentId
        ? { completion: progress?.completion ?? 0, positionSeconds: progress?.positionSeconds ?? null }
        : null,
    };
  }

  /** Where a video was left (and how far it got), or that a text was read. Progress never goes back. */
  async updateProgress(lessonId: string, user: AccessClaims, update: ProgressUpdate): Promise<Lesson> {
    const { lesson, enrollmentId } = await this.access(lessonId, user);
    if (!enrollmentId) throw new ForbiddenException('Only enrolled students have progress.');
    let completion: number;
    let positionSeconds: number | null = null;
    if (lesson.kind === 'video') {
      if (update.positionSeconds === undefined)
        throw new BadRequestException('body.positionSeconds: is required for a video.');
      positionSeconds = Math.min(update.positionSeconds, lesson.durationSeconds ?? 0);
      completion = videoCompletion(positionSeconds, lesson.durationSeconds ?? 0);
    } else if (lesson.kind === 'text') {
      if (!update.done) throw new BadRequestException('body.done: send true once the text is read.');
      completion = DONE;
    } else {
      throw new ConflictException(
        lesson.kind === 'exercise'
          ? 'An exercise is completed by its review.'
          : 'A workshop is completed by attending it.',
      );
    }
    await this.saveCompletion(enrollmentId, lessonId, completion, positionSeconds);
    return this.lesson(lessonId, user);
  }

  async submit(lessonId: string, user: AccessClaims, request: NewSubmission): Promise<Submission> {
    const { lesson, enrollmentId } = await this.access(lessonId, user);
    if (!enrollmentId) throw new ForbiddenException('Only enrolled students submit exercises.');
    if (lesson.kind !== 'exercise') throw new ConflictException('Only exercises take submissions.');
    if (request.mediaId) {
      const media = await this.prisma.media.findUnique({ where: { id: request.mediaId } });
      if (!media) throw new NotFoundException('body.mediaId: there is no such upload.');
      if (media.ownerId !== user.sub) throw new ForbiddenException('body.mediaId: that upload is not yours.');
      if (media.kind !== request.kind)
        throw new BadRequestException(`body.mediaId: that upload is not ${request.kind}.`);
    }
    const row = await this.prisma.submission.create({
      data: {
        enrollmentId,
        lessonId,
        kind: request.kind,
        mediaId: request.kind === 'link' ? null : (request.mediaId ?? null),
        url: request.kind === 'link' ? (request.url ?? null) : null,
        note: request.note,
      },
      include: submissionInclude,
    });
    return submissionView(row);
  }

  /** An exercise's submissions: all of them for its instructor, their own for a student. */
  async submissions(lessonId: string, user: AccessClaims): Promise<Submission[]> {
    const { enrollmentId } = await this.access(lessonId, user);
    const rows = await this.prisma.submission.findMany({
      where: { lessonId, ...(enrollmentId ? { enrollmentId } : {}) },
      orderBy: { createdAt: 'asc' },
      include: submissionInclude,
    });
    return rows.map(submissionView);
  }

  /** The instructor's critique and mark; a pass completes the exercise. */
  async review(submissionId: string, user: AccessClaims, review: Review): Promise<Submission> {
    const submission = await this.prisma.submission.findUnique({
      where: { id: submissionId },
      select: {
        lessonId: true,
        enrollmentId: true,
        lesson: { select: { module: { select: { course: true } } } },
      },
    });
    if (!submission) throw new NotFoundException('There is no such submission.');
    const course = submission.lesson.module.course;
    requireOwnerOrAdmin(user, course.instructorId, 'Only the course’s instructor reviews its exercises.');
    const row = await this.prisma.submission.update({
      where: { id: submissionId },
      data: { critique: review.critique, score: review.score, reviewedAt: new Date() },
      include: submissionInclude,
    });
    const completion = review.score >= PASSING_SCORE ? DONE : review.score;
    await this.saveCompletion(submission.enrollmentId, submission.lessonId, completion, null);
    return submissionView(row);
  }

  /** The student's dashboard: each course's progress, what is next, workshops to come, certificates. */
  async dashboard(userId: string): Promise<Learning> {
    const enrollments = await this.prisma.enrollment.findMany({
      where: { userId, revokedAt: null },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        course: { select: { id: true, title: true } },
        certificate: { select: { code: true, revokedAt: true } },
      },
    });
    const now = new Date();
    return Promise.all(
      enrollments.map(async (enrollment) => {
        const { lessons, completion } = await enrollmentProgress(this.prisma, enrollment.id);
        const next = nextLesson(lessons, completion);
        const workshops = await this.prisma.workshop.findMany({
          where: { endsAt: { gt: now }, lesson: { module: { courseId: enrollment.course.id } } },
          orderBy: { startsAt: 'asc' },
          select: {
            startsAt: true,
            lesson: { select: { id: true, title: true } },
            space: { select: { slug: true } },
          },
        });
        return {
          course: enrollment.course,
          progress: courseProgress(lessons, completion),
          next: next ? { id: next.id, title: next.title, kind: next.kind } : null,
          upcomingWorkshops: workshops.map((workshop) => ({
            lessonId: workshop.lesson.id,
            title: workshop.lesson.title,
            space: workshop.space.slug,
            startsAt: workshop.startsAt.toISOString(),
          })),
          certificate: enrollment.certificate
            ? { code: enrollment.certificate.code, valid: enrollment.certificate.revokedAt === null }
            : null,
        };
      }),
    );
  }

  /** Records a lesson's completion (never lower than before) and issues the certificate if that completes it. */
  async saveCompletion(
    enrollmentId: string,
    lessonId: string,
    completion: number,
    positionSeconds: number | null,
  ): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const key = { enrollmentId_lessonId: { enrollmentId, lessonId } };
      await tx.$executeRaw`
        INSERT INTO lesson_progress (enrollment_id, lesson_id, completion, updated_at)
        VALUES (${enrollmentId}::uuid, ${lessonId}::uuid, 0, now()) ON CONFLICT DO NOTHING`;
      const current = await tx.$queryRaw<{ completion: number }[]>`
        SELECT completion FROM lesson_progress
        WHERE enrollment_id = ${enrollmentId}::uuid AND lesson_id = ${lessonId}::uuid FOR UPDATE`;
      await tx.lessonProgress.update({
        where: key,
        data: {
          completion: improved(current[0]?.completion, completion),
          ...(positionSeconds === null ? {} : { positionSeconds }),
        },
      });
    });
    await this.certificates.issueIfComplete(enrollmentId);
  }

  /** The lesson, and the caller's enrollment on its course (null for its instructor or an admin). */
  private async access(lessonId: string, user: AccessClaims) {
    const lesson = await this.prisma.lesson.findUnique({ where: { id: lessonId }, include: lessonInclude });
    const course = lesson?.module.course;
    if (!lesson || !course) throw new NotFoundException('There is no such lesson.');
    if (isOwnerOrAdmin(user, course.instructorId)) return { lesson, enrollmentId: null };
    if (course.status !== 'published') throw new NotFoundException('There is no such lesson.');
    const enrollment = await this.prisma.enrollment.findUnique({
      where: { courseId_userId: { courseId: course.id, userId: user.sub } },
      select: { id: true, revokedAt: true },
    });
    if (!enrollment || enrollment.revokedAt) throw new ForbiddenException('Enroll on the course first.');
    return { lesson, enrollmentId: enrollment.id };
  }
}
