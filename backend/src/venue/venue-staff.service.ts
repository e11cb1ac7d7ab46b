import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { StaffMember, StaffRole } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { type Actor, recordAct } from '../moderation/moderation-log.ts';

const STAFF_ROLES = ['curator', 'moderator', 'instructor', 'admin'] as const;
const staffFields = { id: true, email: true, displayName: true, roles: true } as const;

/**
 * The venue's admins giving and taking the staff roles. Taking one away ends the person's access tokens at
 * once: a database trigger raises their token version whenever a role is removed (see the migration
 * 20261207010000_account_hardening), so this service need not.
 */
@Injectable()
export class VenueStaffService {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /** Everyone with a staff role or admin, by name. */
  async list(): Promise<StaffMember[]> {
    return this.prisma.user.findMany({
      where: { roles: { hasSome: [...STAFF_ROLES] } },
      orderBy: [{ displayName: 'asc' }, { email: 'asc' }],
      take: 500,
      select: staffFields,
    });
  }

  /** Gives the account with this email a staff role (it keeps the ones it has). */
  async grant(email: string, role: StaffRole, actor: Actor): Promise<StaffMember> {
    const user = await this.prisma.user.findUnique({
      where: { email },
      select: { id: true, displayName: true },
    });
    if (!user) {
      throw new NotFoundException(`There is no account with the email ${email}: they sign up first.`);
    }
    // One statement, so that a role given or taken at the same moment is not lost.
    await this.prisma.$transaction(async (tx) => {
      const given = await tx.$executeRaw`
        UPDATE users SET roles = array_append(roles, ${role}::"UserRole")
        WHERE id = ${user.id}::uuid AND NOT (${role}::"UserRole" = ANY (roles))`;
      if (given > 0) {
        await recordAct(tx, actor, {
          kind: 'role_granted',
          target: `${user.displayName} · ${role}`,
          targetId: user.id,
        });
      }
    });
    return this.member(user.id);
  }

  /** Takes a staff role from someone; their access tokens stop working at once. */
  async revoke(userId: string, role: StaffRole, actor: Actor): Promise<StaffMember> {
    const member = await this.member(userId);
    await this.prisma.$transaction(async (tx) => {
      const taken = await tx.$executeRaw`
        UPDATE users SET roles = array_remove(roles, ${role}::"UserRole")
        WHERE id = ${userId}::uuid AND ${role}::"UserRole" = ANY (roles)`;
      if (taken > 0) {
        await recordAct(tx, actor, {
          kind: 'role_revoked',
          target: `${member.displayName} · ${role}`,
          targetId: userId,
        });
      }
    });
    return this.member(userId);
  }

  private async member(id: string): Promise<StaffMember> {
    const user = await this.prisma.user.findUnique({ where: { id }, select: staffFields });
    if (!user) throw new NotFoundException('There is no such account.');
    return user;
  }
}
