import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { type AccessClaims, AccountsService } from './accounts.service.ts';

/** A request whose bearer token the guard has checked. */
export type AuthenticatedRequest = FastifyRequest & { user: AccessClaims };

/** Lets a request through only with a valid `Authorization: Bearer <access token>`. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(@Inject(AccountsService) private readonly accounts: AccountsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization ?? '';
    const token = /^Bearer (\S+)$/.exec(header)?.[1];
    const claims = token ? await this.accounts.verifyAccessToken(token) : null;
    if (!claims) throw new UnauthorizedException('Sign in first.');
    request.user = claims;
    return true;
  }
}
