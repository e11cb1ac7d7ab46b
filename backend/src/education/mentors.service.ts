import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Mentor, MentorProfile, Mentorship } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { hoursFree, type Level, rankMentors } from './matching.ts';

const mentorshipInclude = {
  student: { select: { id: true, displayName: true } },
  mentor: { select: { id: true, displayName: true } },
} as const;

type MentorshipRow = {
  id: string;
  discipline: string;
  message: string;
  status: Mentorship['status'];
  createdAt: Date;
  student: { id: string; displayName: string };
  mentor: { id: string; displayName: string };
};

const mentorshipView = (row: MentorshipRow): Mentorship => ({
  id: row.id,
  student: { id: row.student.id, name: row.student.displayName },
  mentor: { id: row.mentor.id, name: row.mentor.displayName },
  discipline: row.discipline,
  message: row.message,
  status: row.status,
  createdAt: row.createdAt.toISOString(),
});

/** Mentors say what they mentor and for how long a week; students find one, ask, and the mentor answers. */
@Injectable()
export class MentorsService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  async setProfile(userId: string, profile: MentorProfile): Promise<Mentor> {
    await this.prisma.mentor.upsert({ where: { userId }, create: { userId, ...profile }, update: profile });
    const [mentor] = await this.candidates({ userId });
    if (!mentor) throw new NotFoundException('There is no such mentor.');
    return mentor;
  }

  async find(discipline: string, level: Level | undefined): Promise<Mentor[]> {
    return rankMentors(await this.candidates({ disciplines: { has: discipline.trim().toLowerCase() } }), {
      discipline,
      level,
    });
  }

  async request(
    studentId: string,
    mentorId: string,
    discipline: string,
    message: string,
  ): Promise<Mentorship> {
    if (studentId === mentorId) throw new ConflictException('You cannot mentor yourself.');
    const [mentor] = await this.candidates({ userId: mentorId });
    if (!mentor) throw new NotFoundException('There is no such mentor.');
    if (rankMentors([{ ...mentor, accepting: true, mentees: 0 }], { discipline }).length === 0) {
      throw new ConflictException(`${mentor.name} does not mentor ${discipline}.`);
    }
    const open = await this.prisma.mentorshipRequest.count({
      where: { studentId, mentorId, status: { in: ['requested', 'accepted'] } },
    });
    if (open > 0) throw new ConflictException(`You have asked ${mentor.name} already.`);
    const row = await this.prisma.mentorshipRequest.create({
      data: { studentId, mentorId, discipline: discipline.trim().toLowerCase(), message },
      include: mentorshipInclude,
    });
    return mentorshipView(row);
  }

  /** The caller's mentorships, as student and as mentor. */
  async mine(userId: string): Promise<Mentorship[]> {
    const rows = await this.prisma.mentorshipRequest.findMany({
      where: { OR: [{ studentId: userId }, { mentorId: userId }] },
      orderBy: { createdAt: 'desc' },
      include: mentorshipInclude,
    });
    return rows.map(mentorshipView);
  }

  /** The mentor accepts (if an hour is free) or declines a request made to them. */
  async answer(id: string, userId: string, accept: boolean): Promise<Mentorship> {
    const row = await this.prisma.$transaction(async (tx) => {
      const request = await tx.mentorshipRequest.findUnique({ where: { id } });
      if (!request || (request.mentorId !== userId && request.studentId !== userId)) {
        throw new NotFoundException('There is no such request.');
      }
      if (request.mentorId !== userId) throw new ForbiddenException('Only the mentor answers a request.');
      if (request.status !== 'requested')
        throw new ConflictException(`This request was ${request.status} already.`);
      await tx.$queryRaw`SELECT user_id FROM mentors WHERE user_id = ${userId}::uuid FOR UPDATE`;
      if (accept) {
        const mentor = await tx.mentor.findUniqueOrThrow({ where: { userId } });
        const mentees = await tx.mentorshipRequest.count({ where: { mentorId: userId, status: 'accepted' } });
        if (mentees >= mentor.hoursPerWeek)
          throw new ConflictException('You have no hour free for another mentee.');
      }
      return tx.mentorshipRequest.update({
        where: { id },
        data: { status: accept ? 'accepted' : 'declined', answeredAt: new Date() },
        include: mentorshipInclude,
      });
    });
    return mentorshipView(row);
  }

  private async candidates(where: { userId?: string; disciplines?: { has: string } }) {
    const rows = await this.prisma.mentor.findMany({
      where,
      include: {
        user: {
          select: {
            displayName: true,
            _count: { select: { mentorships: { where: { status: 'accepted' } } } },
          },
        },
      },
    });
    return rows.map((row) => {
      const candidate = {
        id: row.userId,
        name: row.user.displayName,
        bio: row.bio,
        disciplines: row.disciplines,
        levels: row.levels,
        hoursPerWeek: row.hoursPerWeek,
        accepting: row.accepting,
        mentees: row.user._count.mentorships,
      };
      return { ...candidate, hoursFree: hoursFree(candidate) };
    });
  }
}
