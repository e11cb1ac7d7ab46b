import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { AccessClaims } from '../accounts/accounts.service.ts';
import type { Course, NewCourse, NewLesson, PublishCourse } from '../contract.ts';
import { hasAnyRole, isOwnerOrAdmin, requireOwnerOrAdmin } from '../common/owner-or-admin.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { PayoutsService } from '../payouts/payouts.service.ts';
import { venueShares } from '../venue/commission-shares.ts';

/** Places on a course are not scarce: its listing's edition is simply very large. */
export const COURSE_PLACES = 1_000_000;

export const courseInclude = {
  instructor: { select: { id: true, displayName: true } },
  listing: { select: { id: true, priceMinor: true, currency: true } },
  modules: {
    orderBy: { position: 'asc' },
    include: {
      lessons: {
        orderBy: { position: 'asc' },
        include: { workshop: { include: { space: { select: { slug: true } } } } },
      },
    },
  },
} as const;

type CourseRow = {
  id: string;
  title: string;
  summary: string;
  discipline: string;
  level: Course['level'];
  status: Course['status'];
  instructor: { id: string; displayName: string };
  listing: { id: string; priceMinor: number; currency: string } | null;
  modules: {
    id: string;
    title: string;
    lessons: {
      id: string;
      title: string;
      kind: Course['modules'][number]['lessons'][number]['kind'];
      required: boolean;
      workshop: { startsAt: Date; endsAt: Date; capacity: number; space: { slug: string } } | null;
    }[];
  }[];
};

export const workshopView = (
  workshop: { startsAt: Date; endsAt: Date; capacity: number; space: { slug: string } } | null,
) =>
  workshop
    ? {
        space: workshop.space.slug,
        startsAt: workshop.startsAt.toISOString(),
        endsAt: workshop.endsAt.toISOString(),
        capacity: workshop.capacity,
      }
    : null;

export const courseView = (course: CourseRow): Course => ({
  id: course.id,
  title: course.title,
  summary: course.summary,
  discipline: course.discipline,
  level: course.level,
  status: course.status,
  instructor: { id: course.instructor.id, name: course.instructor.displayName },
  listingId: course.listing?.id ?? null,
  priceMinor: course.listing?.priceMinor ?? null,
  currency: course.listing?.currency ?? null,
  modules: course.modules.map((module) => ({
    id: module.id,
    title: module.title,
    lessons: module.lessons.map((lesson) => ({
      id: lesson.id,
      title: lesson.title,
      kind: lesson.kind,
      required: lesson.required,
      workshop: workshopView(lesson.workshop),
    })),
  })),
});

const isInstructor = (user: AccessClaims) => hasAnyRole(user, ['instructor', 'admin']);

/** Courses as their instructors build them (modules, lessons, workshops) and publish them for sale. */
@Injectable()
export class CoursesService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(PayoutsService) private readonly payouts: PayoutsService,
  ) {}

  async create(user: AccessClaims, request: NewCourse): Promise<Course> {
    if (!isInstructor(user)) throw new ForbiddenException('Only instructors create courses.');
    const course = await this.prisma.course.create({
      data: { ...request, instructorId: user.sub },
      include: courseInclude,
    });
    return courseView(course);
  }

  async addModule(user: AccessClaims, courseId: string, title: string): Promise<Course> {
    await this.ownCourse(user, courseId);
    await this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM courses WHERE id = ${courseId}::uuid FOR UPDATE`;
      const position = await tx.courseModule.count({ where: { courseId } });
      await tx.courseModule.create({ data: { courseId, title, position } });
    });
    return this.get(courseId, user);
  }

  async addLesson(user: AccessClaims, moduleId: string, request: NewLesson): Promise<Course> {
    const module = await this.prisma.courseModule.findUnique({
      where: { id: moduleId },
      select: { courseId: true },
    });
    if (!module) throw new NotFoundException('There is no such module.');
    await this.ownCourse(user, module.courseId);
    const workshop = request.kind === 'workshop' ? await this.workshopData(request) : null;
    await this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM course_modules WHERE id = ${moduleId}::uuid FOR UPDATE`;
      const position = await tx.lesson.count({ where: { moduleId } });
      await tx.lesson.create({
        data: {
          moduleId,
          position,
          kind: request.kind,
          title: request.title,
          required: request.required,
          body: 'body' in request ? request.body : '',
          ...(request.kind === 'video'
            ? {
                videoUrl: request.videoUrl,
                durationSeconds: request.durationSeconds,
                chapters: request.chapters,
              }
            : {}),
          ...(workshop ? { workshop: { create: workshop } } : {}),
        },
      });
    });
    return this.get(module.courseId, user);
  }

  /** Opens a course for enrollment at a price (0 is free); the venue takes its course share of paid places. */
  async publish(user: AccessClaims, courseId: string, request: PublishCourse): Promise<Course> {
    const course = await this.ownCourse(user, courseId);
    if (course.status === 'published') throw new ConflictException('This course is published already.');
    const lessons = await this.prisma.lesson.count({ where: { module: { courseId } } });
    if (lessons === 0) throw new ConflictException('Add at least one lesson before publishing.');
    await this.payouts.requireReadyToSell(course.instructorId, request.priceMinor);
    const { course: share } = await venueShares(this.prisma);
    await this.prisma.course.update({
      where: { id: courseId },
      data: {
        status: 'published',
        publishedAt: new Date(),
        listing: {
          upsert: {
            create: {
              sellerId: course.instructorId,
              kind: 'course',
              title: course.title,
              edition: COURSE_PLACES,
              priceMinor: request.priceMinor,
              currency: request.currency,
              feeBps: share,
            },
            update: { priceMinor: request.priceMinor, currency: request.currency, active: true },
          },
        },
      },
    });
    return this.get(courseId, user);
  }

  /** The catalogue: published courses, newest first. */
  async list(): Promise<Course[]> {
    const courses = await this.prisma.course.findMany({
      where: { status: 'published' },
      orderBy: { publishedAt: 'desc' },
      take: 100,
      include: courseInclude,
    });
    return courses.map(courseView);
  }

  /** A course's outline: published ones for all, drafts for their instructor (and admins). */
  async get(courseId: string, user: AccessClaims | null): Promise<Course> {
    const course = await this.prisma.course.findUnique({ where: { id: courseId }, include: courseInclude });
    const mayDraft = isOwnerOrAdmin(user, course?.instructor.id);
    if (!course || (course.status !== 'published' && !mayDraft))
      throw new NotFoundException('There is no such course.');
    return courseView(course);
  }

  /** The course, if `user` teaches it (or is an admin). */
  async ownCourse(user: AccessClaims, courseId: string) {
    const course = await this.prisma.course.findUnique({ where: { id: courseId } });
    if (!course) throw new NotFoundException('There is no such course.');
    requireOwnerOrAdmin(user, course.instructorId, 'Only the course’s instructor can change it.');
    return course;
  }

  /** A workshop's room, times and capacity, checked (`exceptLessonId`: a workshop being edited clashes not with itself). */
  async workshopData(request: Extract<NewLesson, { kind: 'workshop' }>, exceptLessonId?: string) {
    const space = await this.prisma.space.findUnique({ where: { slug: request.space } });
    if (!space) throw new NotFoundException(`There is no space called "${request.space}".`);
    if (space.kind !== 'classroom')
      throw new BadRequestException('body.space: workshops happen in classrooms.');
    if (request.capacity > space.capacity) {
      throw new BadRequestException(`body.capacity: ${space.name} holds at most ${space.capacity}.`);
    }
    const startsAt = new Date(request.startsAt);
    const endsAt = new Date(startsAt.getTime() + request.durationMinutes * 60_000);
    const clash = await this.prisma.workshop.findFirst({
      where: {
        spaceId: space.id,
        startsAt: { lt: endsAt },
        endsAt: { gt: startsAt },
        ...(exceptLessonId ? { lessonId: { not: exceptLessonId } } : {}),
      },
      select: { lesson: { select: { title: true } } },
    });
    if (clash) throw new ConflictException(`body.startsAt: ${space.name} has "${clash.lesson.title}" then.`);
    return { spaceId: space.id, startsAt, endsAt, capacity: request.capacity };
  }
}
