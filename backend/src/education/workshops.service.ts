import { Inject, Injectable, Logger } from '@nestjs/common';
import type { RoomVisit } from '@prostudio/protocol';
import type { AccessClaims } from '../accounts/accounts.service.ts';
import { hasAnyRole } from '../common/owner-or-admin.ts';
import { PrismaService } from '../database/prisma.service.ts';
import type { Admission } from '../world/admission.ts';
import { LearningService } from './learning.service.ts';
import { overlapSeconds, workshopCompletion } from './progress.ts';

/** Students may come in this long before a workshop starts. */
export const WORKSHOP_DOORS_MINUTES = 15;

/**
 * Live workshops in classroom rooms: who may come in while one is on (its enrolled students, up to its
 * capacity, and its instructor), and the attendance the world server reports, which counts towards progress.
 */
@Injectable()
export class WorkshopsService {
  private readonly logger = new Logger('Workshops');

  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(LearningService) private readonly learning: LearningService,
  ) {}

  /**
   * Who may enter a classroom now. While a workshop is on (from doors open to its end) it takes a place on
   * its course, unless you teach it (then you are its instructor) or moderate; otherwise the room is open.
   */
  async admission(spaceId: string, user: AccessClaims | null, now = new Date()): Promise<Admission> {
    const doorsOpenBy = new Date(now.getTime() + WORKSHOP_DOORS_MINUTES * 60_000);
    const workshop = await this.prisma.workshop.findFirst({
      where: { spaceId, startsAt: { lte: doorsOpenBy }, endsAt: { gt: now } },
      orderBy: { startsAt: 'asc' },
      select: {
        id: true,
        capacity: true,
        lesson: {
          select: {
            title: true,
            module: { select: { course: { select: { id: true, instructorId: true } } } },
          },
        },
      },
    });
    if (!workshop) return { allowed: true, role: null, entitlement: null };
    const course = workshop.lesson.module.course;
    if (user?.sub === course.instructorId) return { allowed: true, role: 'instructor', entitlement: null };
    if (hasAnyRole(user, ['moderator', 'admin'])) {
      return { allowed: true, role: null, entitlement: null };
    }
    const enrollment = user
      ? await this.prisma.enrollment.findUnique({
          where: { courseId_userId: { courseId: course.id, userId: user.sub } },
          select: { id: true, revokedAt: true },
        })
      : null;
    if (!enrollment || enrollment.revokedAt) {
      return {
        allowed: false,
        reason: `The workshop "${workshop.lesson.title}" is on: it is for its course's students.`,
      };
    }
    // A place is taken on first entry (a zero-length attendance), under the workshop's lock.
    const seated = await this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM workshops WHERE id = ${workshop.id}::uuid FOR UPDATE`;
      const mine = await tx.attendance.count({
        where: { workshopId: workshop.id, enrollmentId: enrollment.id },
      });
      if (mine > 0) return true;
      const taken = await tx.attendance.groupBy({ by: ['enrollmentId'], where: { workshopId: workshop.id } });
      if (taken.length >= workshop.capacity) return false;
      await tx.attendance.create({
        data: {
          workshopId: workshop.id,
          enrollmentId: enrollment.id,
          joinedAt: now,
          leftAt: now,
          seconds: 0,
        },
      });
      return true;
    });
    if (!seated) return { allowed: false, reason: `The workshop "${workshop.lesson.title}" is full.` };
    return { allowed: true, role: 'student', entitlement: { type: 'enrollment', id: enrollment.id } };
  }

  /** Records a student's stay in a workshop's classroom and counts it towards the workshop lesson. */
  async recordVisit(visit: RoomVisit): Promise<void> {
    if (visit.kind !== 'classroom' || visit.entitlement?.type !== 'enrollment') return;
    const enrollmentId = visit.entitlement.id;
    const userId = visit.sub.startsWith('user:') ? visit.sub.slice('user:'.length) : null;
    const enrollment = await this.prisma.enrollment.findUnique({
      where: { id: enrollmentId },
      select: { userId: true, courseId: true },
    });
    if (!enrollment || enrollment.userId !== userId) return;
    const workshops = await this.prisma.workshop.findMany({
      where: {
        space: { slug: visit.space },
        lesson: { module: { courseId: enrollment.courseId } },
        startsAt: { lt: visit.leftAt },
        endsAt: { gt: visit.joinedAt },
      },
    });
    for (const workshop of workshops) {
      const span = { from: workshop.startsAt, to: workshop.endsAt };
      const seconds = overlapSeconds({ from: visit.joinedAt, to: visit.leftAt }, span);
      await this.prisma.attendance.create({
        data: {
          workshopId: workshop.id,
          enrollmentId,
          joinedAt: visit.joinedAt,
          leftAt: visit.leftAt,
          seconds,
        },
      });
      const total = await this.prisma.attendance.aggregate({
        where: { workshopId: workshop.id, enrollmentId },
        _sum: { seconds: true },
      });
      const length = (workshop.endsAt.getTime() - workshop.startsAt.getTime()) / 1000;
      const completion = workshopCompletion(total._sum.seconds ?? 0, length);
      await this.learning.saveCompletion(enrollmentId, workshop.lessonId, completion, null);
      this.logger.log(`Attendance: ${seconds} s of "${workshop.id}" for enrollment ${enrollmentId}.`);
    }
  }
}
