import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { AccessClaims } from '../accounts/accounts.service.ts';
import type { Challenge, NewChallenge } from '../contract.ts';
import { hasAnyRole, requireOwnerOrAdmin } from '../common/owner-or-admin.ts';
import { PrismaService } from '../database/prisma.service.ts';

const challengeInclude = {
  host: { select: { id: true, displayName: true } },
  space: { select: { slug: true } },
  entries: {
    orderBy: { createdAt: 'asc' },
    include: {
      artwork: { select: { id: true, title: true, imagePath: true } },
      user: { select: { id: true, displayName: true } },
      _count: { select: { votes: true } },
    },
  },
} as const;

type ChallengeRow = {
  id: string;
  title: string;
  brief: string;
  deadline: Date;
  host: { id: string; displayName: string };
  space: { slug: string };
  entries: {
    id: string;
    artwork: { id: string; title: string; imagePath: string };
    user: { id: string; displayName: string };
    _count: { votes: number };
  }[];
};

const challengeView = (row: ChallengeRow, now = Date.now()): Challenge => ({
  id: row.id,
  title: row.title,
  brief: row.brief,
  deadline: row.deadline.toISOString(),
  space: row.space.slug,
  host: { id: row.host.id, name: row.host.displayName },
  open: row.deadline.getTime() > now,
  entries: row.entries.map((entry) => ({
    id: entry.id,
    artwork: { id: entry.artwork.id, title: entry.artwork.title, imageUrl: entry.artwork.imagePath },
    artist: { id: entry.user.id, name: entry.user.displayName },
    votes: entry._count.votes,
  })),
});

const mayHost = (user: AccessClaims) => hasAnyRole(user, ['instructor', 'moderator', 'admin']);

/**
 * Community challenges: a brief and a deadline; artists enter one of their works, everyone signed in votes
 * once (and may change their vote) until the deadline, and the host hangs the entries in the challenge's
 * gallery, most voted first.
 */
@Injectable()
export class ChallengesService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  async create(user: AccessClaims, request: NewChallenge): Promise<Challenge> {
    if (!mayHost(user)) throw new ForbiddenException('Instructors, moderators and admins host challenges.');
    const space = await this.prisma.space.findUnique({ where: { slug: request.space } });
    if (!space) throw new NotFoundException(`There is no space called "${request.space}".`);
    if (space.kind !== 'gallery')
      throw new BadRequestException('body.space: challenge entries hang in galleries.');
    const deadline = new Date(request.deadline);
    if (deadline.getTime() <= Date.now())
      throw new BadRequestException('body.deadline: must be in the future.');
    const row = await this.prisma.challenge.create({
      data: { hostId: user.sub, spaceId: space.id, title: request.title, brief: request.brief, deadline },
      include: challengeInclude,
    });
    return challengeView(row);
  }

  async list(): Promise<Challenge[]> {
    const rows = await this.prisma.challenge.findMany({
      orderBy: { deadline: 'desc' },
      take: 50,
      include: challengeInclude,
    });
    return rows.map((row) => challengeView(row));
  }

  async get(id: string): Promise<Challenge> {
    return challengeView(await this.find(id));
  }

  async enter(id: string, userId: string, artworkId: string): Promise<Challenge> {
    const challenge = await this.openChallenge(id);
    const artwork = await this.prisma.artwork.findUnique({
      where: { id: artworkId },
      select: { artist: { select: { userId: true } } },
    });
    if (!artwork) throw new NotFoundException('body.artworkId: there is no such artwork.');
    if (artwork.artist.userId !== userId)
      throw new ForbiddenException('body.artworkId: enter your own work.');
    const created = await this.prisma.challengeEntry.createMany({
      data: [{ challengeId: challenge.id, userId, artworkId }],
      skipDuplicates: true,
    });
    if (created.count === 0) throw new ConflictException('You have entered this challenge already.');
    return this.get(id);
  }

  async vote(id: string, voterId: string, entryId: string): Promise<Challenge> {
    await this.openChallenge(id);
    const entry = await this.prisma.challengeEntry.findUnique({ where: { id: entryId } });
    if (!entry || entry.challengeId !== id) throw new NotFoundException('body.entryId: no such entry here.');
    if (entry.userId === voterId) throw new ConflictException('You cannot vote for your own entry.');
    await this.prisma.challengeVote.upsert({
      where: { challengeId_voterId: { challengeId: id, voterId } },
      create: { challengeId: id, voterId, entryId },
      update: { entryId },
    });
    return this.get(id);
  }

  /**
   * The host hangs the entries in the challenge's gallery, most voted first: a standing exhibition of the
   * venue's own (hosts hold a role the venue's admins give), shown whenever no artist's dated one is on.
   */
  async hang(id: string, user: AccessClaims): Promise<{ exhibitionId: string; space: string }> {
    const challenge = await this.find(id);
    requireOwnerOrAdmin(user, challenge.host.id, 'Only the challenge’s host hangs its entries.');
    if (challenge.entries.length === 0) throw new ConflictException('There are no entries to hang yet.');
    const ranked = [...challenge.entries].sort((a, b) => b._count.votes - a._count.votes);
    const exhibition = await this.prisma.exhibition.create({
      data: {
        space: { connect: { slug: challenge.space.slug } },
        title: challenge.title,
        text: challenge.brief,
        status: 'approved',
        opensAt: new Date(),
        reviewedAt: new Date(),
        works: {
          create: ranked.map((entry, position) => ({
            artworkId: entry.artwork.id,
            position,
            text: `${entry._count.votes} vote${entry._count.votes === 1 ? '' : 's'}`,
          })),
        },
      },
    });
    return { exhibitionId: exhibition.id, space: challenge.space.slug };
  }

  private async find(id: string) {
    const row = await this.prisma.challenge.findUnique({ where: { id }, include: challengeInclude });
    if (!row) throw new NotFoundException('There is no such challenge.');
    return row;
  }

  private async openChallenge(id: string) {
    const challenge = await this.prisma.challenge.findUnique({ where: { id } });
    if (!challenge) throw new NotFoundException('There is no such challenge.');
    if (challenge.deadline.getTime() <= Date.now()) throw new ConflictException('This challenge is closed.');
    return challenge;
  }
}
