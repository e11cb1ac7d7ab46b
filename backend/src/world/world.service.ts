import {
  BadRequestException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { JOIN_TOKEN_SECONDS, signJoinToken } from '@prostudio/protocol/join-token';
import { normalizeDisplayName } from '@prostudio/protocol';
import type { JoinTokenRequest, JoinTokenResponse } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import type { AccessClaims } from '../accounts/accounts.service.ts';
import { WorkshopsService } from '../education/workshops.service.ts';
import { ShowsService } from '../shows/shows.service.ts';
import { BansService } from '../moderation/bans.service.ts';
import { issueGuestPass, netHash, readGuestPass } from '../moderation/guest-pass.ts';
import type { Entitlement } from './admission.ts';
import { roleFor } from './roles.ts';

/** Injection token for the secret join tokens are signed with (shared with the world server). */
export const WORLD_TOKEN_SECRET = Symbol('WORLD_TOKEN_SECRET');

@Injectable()
export class WorldService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(WORLD_TOKEN_SECRET) private readonly secret: string,
    @Inject(ShowsService) private readonly shows: ShowsService,
    @Inject(WorkshopsService) private readonly workshops: WorkshopsService,
    @Inject(BansService) private readonly bans: BansService,
  ) {}

  /**
   * A short-lived token to join the room of `space`, for the person named `name`: a guest, or the signed-in
   * user (whose account decides the role: moderators moderate everywhere, instructors teach in classrooms).
   * A stage with a show on takes a ticket, and its performer comes in as the performer; a classroom with a
   * workshop on takes a place on its course, and its instructor comes in as the instructor.
   */
  async joinToken(
    request: JoinTokenRequest,
    user: AccessClaims | null = null,
    address = '',
  ): Promise<JoinTokenResponse> {
    const name = normalizeDisplayName(request.name);
    if (!name.ok) throw new BadRequestException(`name: ${name.reason}`);
    const space = await this.prisma.space.findUnique({
      where: { slug: request.space },
      select: { id: true, slug: true, kind: true, membersOnly: true },
    });
    if (!space) throw new NotFoundException(`There is no space called "${request.space}".`);
    if (space.membersOnly && !user) {
      throw new ForbiddenException('This space admits members only: sign in to enter.');
    }
    // A guest is known again by the pass their page kept; a new one gets a pass to keep.
    const known = user ? null : readGuestPass(request.guest, this.secret);
    const guest = user || known ? null : issueGuestPass(this.secret);
    const subject = user ? `user:${user.sub}` : `guest:${known ?? guest?.id ?? ''}`;
    const net = netHash(address, this.secret);
    const barred = await this.bans.refusal({ subject, net }, space.id);
    if (barred) throw new ForbiddenException(barred);
    let role = roleFor(space.kind, user?.roles ?? []);
    let entitlement: Entitlement | null = null;
    const door =
      space.kind === 'stage'
        ? await this.shows.admission(space.id, user)
        : space.kind === 'classroom'
          ? await this.workshops.admission(space.id, user)
          : null;
    if (door && !door.allowed) throw new ForbiddenException(door.reason);
    if (door?.allowed) {
      role = door.role ?? role;
      entitlement = door.entitlement;
    }
    const now = Date.now();
    const token = signJoinToken(
      {
        sub: subject,
        net,
        name: name.name,
        space: space.slug,
        kind: space.kind,
        role,
        entitlement,
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
      guest: user ? null : (guest?.pass ?? request.guest ?? null),
    };
  }
}
