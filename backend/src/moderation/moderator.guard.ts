import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { hasAnyRole } from '../common/owner-or-admin.ts';

/** After AuthGuard: lets only the venue's moderators and admins through. */
@Injectable()
export class ModeratorGuard implements CanActivate {
  /** Who passes, as the OpenAPI document says it (see openapi/routes.ts). */
  static readonly passes = 'moderators and admins';

  canActivate(context: ExecutionContext): boolean {
    const caller = context.switchToHttp().getRequest<Partial<AuthenticatedRequest>>().user ?? null;
    if (!hasAnyRole(caller, ['moderator', 'admin'])) {
      throw new ForbiddenException('Only moderators may do this.');
    }
    return true;
  }
}
