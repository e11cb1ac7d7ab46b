import { randomUUID } from 'node:crypto';
import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { JOIN_TOKEN_SECONDS, type Role, signJoinToken } from '@prostudio/world-server';
import { normalizeDisplayName } from '@prostudio/world-server/shared';
import type { JoinTokenRequest, JoinTokenResponse, SpaceKind } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';

/** Injection token for the secret join tokens are signed with (shared with the world server). */
export const WORLD_TOKEN_SECRET = Symbol('WORLD_TOKEN_SECRET');

// Until accounts, tickets and enrollments exist, everyone joins as a guest with the everyday role of
// each kind of space; performers, instructors and moderators come with accounts.
const GUEST_ROLES: Record<SpaceKind, Role> = {
  lobby: 'visitor',
  gallery: 'visitor',
  stage: 'audience',
  classroom: 'student',
};

@Injectable()
export class WorldService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(WORLD_TOKEN_SECRET) private readonly secret: string,
  ) {}

  /** A short-lived token to join the room of `space`, for the person named `name`. */
  async joinToken(request: JoinTokenRequest): Promise<JoinTokenResponse> {
    const name = normalizeDisplayName(request.name);
    if (!name.ok) throw new BadRequestException(`name: ${name.reason}`);
    const space = await this.prisma.space.findUnique({
      where: { slug: request.space },
      select: { slug: true, kind: true },
    });
    if (!space) throw new NotFoundException(`There is no space called "${request.space}".`);
    const role = GUEST_ROLES[space.kind];
    const now = Date.now();
    const token = signJoinToken(
      {
        sub: `guest:${randomUUID()}`,
        name: name.name,
        space: space.slug,
        kind: space.kind,
        role,
        entitlement: null,
      },
      this.secret,
      now,
    );
    return {
      token,
      space: space.slug,
      kind: space.kind,
      role,
      name: name.name,
      expiresAt: new Date(now + JOIN_TOKEN_SECONDS * 1000).toISOString(),
    };
  }
}
