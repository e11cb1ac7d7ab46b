import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { isVenueStaff } from '../common/owner-or-admin.ts';

/** After AuthGuard: lets only the venue's curators and admins through (they answer artists' requests). */
@Injectable()
export class VenueStaffGuard implements CanActivate {
  /** Who passes, as the OpenAPI document says it (see openapi/routes.ts). */
  static readonly passes = 'the venue’s curators and admins';

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Partial<AuthenticatedRequest>>();
    if (!isVenueStaff(request.user ?? null)) {
      throw new ForbiddenException('Only the venue’s curators and admins answer requests for its spaces.');
    }
    return true;
  }
}
