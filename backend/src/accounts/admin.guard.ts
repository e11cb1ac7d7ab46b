import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { isAdmin } from '../common/owner-or-admin.ts';
import type { AuthenticatedRequest } from './auth.guard.ts';

/** After AuthGuard: lets only admins through (`@UseGuards(AuthGuard, AdminGuard)`). */
@Injectable()
export class AdminGuard implements CanActivate {
  /** Who passes, as the OpenAPI document says it (see openapi/routes.ts). */
  static readonly passes = 'admins';

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Partial<AuthenticatedRequest>>();
    if (!isAdmin(request.user ?? null)) throw new ForbiddenException('Only admins may do this.');
    return true;
  }
}
