import { randomBytes, randomUUID } from 'node:crypto';
import {
  ConflictException,
  ForbiddenException,
  GoneException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { AccessClaims } from '../accounts/accounts.service.ts';
import type { Certificate } from '../contract.ts';
import { requireOwnerOrAdmin } from '../common/owner-or-admin.ts';
import { PrismaService } from '../database/prisma.service.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { certificatePdf } from './certificate-pdf.ts';
import { certificateCode, type OutlineLesson, requirementsMet } from './progress.ts';

type Db = Prisma.TransactionClient;

const certificateInclude = {
  enrollment: {
    select: {
      user: { select: { displayName: true } },
      course: { select: { title: true, instructorId: true, instructor: { select: { displayName: true } } } },
    },
  },
} as const;

type CertificateRow = {
  code: string;
  issuedAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
  enrollment: {
    user: { displayName: string };
    course: { title: string; instructorId: string; instructor: { displayName: string } };
  };
};

const certificateView = (row: CertificateRow): Certificate => ({
  code: row.code,
  valid: row.revokedAt === null,
  student: row.enrollment.user.displayName,
  course: row.enrollment.course.title,
  instructor: row.enrollment.course.instructor.displayName,
  issuedAt: row.issuedAt.toISOString(),
  revokedAt: row.revokedAt?.toISOString() ?? null,
  revokedReason: row.revokedReason,
});

/** The lessons of an enrollment's course in order, and the student's completion of each. */
export async function enrollmentProgress(
  db: Db,
  enrollmentId: string,
): Promise<{ lessons: OutlineLesson[]; completion: Map<string, number> }> {
  const enrollment = await db.enrollment.findUniqueOrThrow({
    where: { id: enrollmentId },
    select: {
      progress: { select: { lessonId: true, completion: true } },
      course: {
        select: {
          modules: {
            orderBy: { position: 'asc' },
            select: {
              lessons: {
                orderBy: { position: 'asc' },
                select: { id: true, title: true, kind: true, required: true },
              },
            },
          },
        },
      },
    },
  });
  return {
    lessons: enrollment.course.modules.flatMap((module) => module.lessons),
    completion: new Map(enrollment.progress.map((row) => [row.lessonId, row.completion])),
  };
}

/**
 * Certificates: issued once per enrollment when the course's requirements are met (the enrollment's unique
 * key makes a second one impossible, however many requests race), verifiable by anyone with the code, as a
 * PDF too, and revocable by the course's instructor or an admin.
 */
@Injectable()
export class CertificatesService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /** Issues the enrollment's certificate if the course is complete; the certificate (new or old), or null. */
  async issueIfComplete(enrollmentId: string, db: Db = this.prisma): Promise<Certificate | null> {
    const { lessons, completion } = await enrollmentProgress(db, enrollmentId);
    if (!requirementsMet(lessons, completion)) return null;
    await db.certificate.createMany({
      data: [{ id: randomUUID(), enrollmentId, code: certificateCode(randomBytes(8)) }],
      skipDuplicates: true,
    });
    const row = await db.certificate.findUniqueOrThrow({
      where: { enrollmentId },
      include: certificateInclude,
    });
    return certificateView(row);
  }

  /** The student asks for their certificate: issued now if the course is complete, else a 409 saying why. */
  async claim(courseId: string, userId: string): Promise<Certificate> {
    const enrollment = await this.prisma.enrollment.findUnique({
      where: { courseId_userId: { courseId, userId } },
      select: { id: true, revokedAt: true },
    });
    if (!enrollment || enrollment.revokedAt) throw new ForbiddenException('Enroll on the course first.');
    const certificate = await this.issueIfComplete(enrollment.id);
    if (certificate) return certificate;
    const { lessons, completion } = await enrollmentProgress(this.prisma, enrollment.id);
    const required = lessons.filter((lesson) => lesson.required);
    const done = required.filter((lesson) => (completion.get(lesson.id) ?? 0) >= 1).length;
    throw new ConflictException(`Not complete yet: ${done} of ${required.length} required lessons done.`);
  }

  async verify(code: string): Promise<Certificate> {
    return certificateView(await this.find(code));
  }

  /** The certificate as a PDF; a revoked one is gone. */
  async pdf(code: string, verifyUrl: string): Promise<Uint8Array> {
    const row = await this.find(code);
    if (row.revokedAt) throw new GoneException('This certificate was revoked.');
    return certificatePdf({
      studentName: row.enrollment.user.displayName,
      courseTitle: row.enrollment.course.title,
      instructorName: row.enrollment.course.instructor.displayName,
      issuedAt: row.issuedAt,
      verificationCode: row.code,
      verifyUrl,
    });
  }

  async revoke(code: string, user: AccessClaims, reason: string): Promise<Certificate> {
    const row = await this.find(code);
    requireOwnerOrAdmin(
      user,
      row.enrollment.course.instructorId,
      'Only the course’s instructor or an admin can revoke its certificates.',
    );
    if (row.revokedAt) throw new ConflictException('This certificate is revoked already.');
    const updated = await this.prisma.certificate.update({
      where: { code },
      data: { revokedAt: new Date(), revokedReason: reason },
      include: certificateInclude,
    });
    return certificateView(updated);
  }

  async mine(userId: string): Promise<Certificate[]> {
    const rows = await this.prisma.certificate.findMany({
      where: { enrollment: { userId } },
      orderBy: { issuedAt: 'desc' },
      include: certificateInclude,
    });
    return rows.map(certificateView);
  }

  private async find(code: string) {
    const row = await this.prisma.certificate.findUnique({ where: { code }, include: certificateInclude });
    if (!row) throw new NotFoundException('No certificate has this code.');
    return row;
  }
}
