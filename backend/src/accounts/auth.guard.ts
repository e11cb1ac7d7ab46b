import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { API_KEY_PREFIX, ApiKeysService } from '../api-keys/api-keys.service.ts';
import { type AccessClaims, AccountsService } from './accounts.service.ts';

/** A request whose bearer token the guard has checked. */
export type AuthenticatedRequest = FastifyRequest & { user: AccessClaims };

/** Lets a request through only with a valid `Authorization: Bearer <access token or API key>`. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(AccountsService) private readonly accounts: AccountsService,
    @Inject(ApiKeysService) private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization ?? '';
    const token = /^Bearer (\S+)$/.exec(header)?.[1];
    const claims = !token
      ? null
      : token.startsWith(API_KEY_PREFIX)
        ? await this.apiKeys.verify(token)
        : await this.accounts.verifyAccessToken(token);
    if (!claims) throw new UnauthorizedException('Sign in first.');
    request.user = claims;
    return true;
  }
}

/** A request that may carry a checked bearer token (null: a guest). */
export type MaybeAuthenticatedRequest = FastifyRequest & { user: AccessClaims | null };

/** Lets guests through (as `user: null`); a bearer token that is sent must be valid. */
@Injectable()
export class OptionalAuthGuard extends AuthGuard {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<MaybeAuthenticatedRequest>();
    if (!request.headers.authorization) {
      request.user = null;
      return true;
    }
    return super.canActivate(context);
  }
}
