import { randomUUID } from 'node:crypto';
import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { JOIN_TOKEN_SECONDS, signJoinToken } from '@prostudio/world-server';
import { normalizeDisplayName } from '@prostudio/world-server/shared';
import type { JoinTokenRequest, JoinTokenResponse } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import type { AccessClaims } from '../accounts/accounts.service.ts';
import { roleFor } from './roles.ts';

/** Injection token for the secret join tokens are signed with (shared with the world server). */
export const WORLD_TOKEN_SECRET = Symbol('WORLD_TOKEN_SECRET');

@Injectable()
export class WorldService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(WORLD_TOKEN_SECRET) private readonly secret: string,
  ) {}

  /**
   * A short-lived token to join the room of `space`, for the person named `name`: a guest, or the signed-in
   * user (whose account decides the role: moderators moderate everywhere, instructors teach in classrooms).
   */
  async joinToken(request: JoinTokenRequest, user: AccessClaims | null = null): Promise<JoinTokenResponse> {
    const name = normalizeDisplayName(request.name);
    if (!name.ok) throw new BadRequestException(`name: ${name.reason}`);
    const space = await this.prisma.space.findUnique({
      where: { slug: request.space },
      select: { slug: true, kind: true },
    });
    if (!space) throw new NotFoundException(`There is no space called "${request.space}".`);
    const role = roleFor(space.kind, user?.roles ?? []);
    const now = Date.now();
    const token = signJoinToken(
      {
        sub: user ? `user:${user.sub}` : `guest:${randomUUID()}`,
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
