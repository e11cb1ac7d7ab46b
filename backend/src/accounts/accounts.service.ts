import { randomUUID } from 'node:crypto';
import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { normalizeDisplayName } from '@prostudio/protocol';
import type { PublicUser, SessionResponse, SignIn, SignUp } from '../contract.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { AddressLimits, addressKey } from './address-limits.ts';
import { AttemptLimiter } from './attempt-limiter.ts';
import { checkPassword, hashPassword } from './passwords.ts';
import { newToken, tokenHash } from './secrets.ts';
import { TooManyRequestsException } from './too-many-requests.ts';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
const REFRESH_DAYS = 30;
const WRONG_CREDENTIALS = 'Wrong email or password.';

/** What an access token says about its bearer. */
export interface AccessClaims {
  readonly sub: string;
  readonly roles: PublicUser['roles'];
}

/**
 * What an access token carries: the claims, and the user's token version when it was made. Tokens made
 * before versions existed have none, which counts as 0: they still expire within 15 minutes, and stop at
 * once if the version has moved on.
 */
interface AccessPayload extends AccessClaims {
  readonly ver?: number;
}

type UserRow = {
  id: string;
  email: string;
  displayName: string;
  roles: PublicUser['roles'];
  tokenVersion: number;
};
const publicUser = ({ id, email, displayName, roles }: UserRow): PublicUser => ({
  id,
  email,
  displayName,
  roles,
});

@Injectable()
export class AccountsService {
  private readonly signInAttempts = new AttemptLimiter();

  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(AddressLimits) private readonly limits: AddressLimits,
  ) {}

  async signUp(request: SignUp): Promise<SessionResponse> {
    const name = normalizeDisplayName(request.displayName);
    if (!name.ok) throw new BadRequestException(`body.displayName: ${name.reason}`);
    const passwordHash = await hashPassword(request.password);
    try {
      const user = await this.prisma.user.create({
        data: { email: request.email, displayName: name.name, passwordHash },
      });
      return this.startSession(user, randomUUID());
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException('An account with this email already exists.');
      throw error;
    }
  }

  /**
   * Signs in; after repeated failures for one email from one address, or for any emails from one address,
   * asks the caller to wait.
   */
  async signIn(request: SignIn, address: string): Promise<SessionResponse> {
    const key = `${request.email}|${addressKey(address)}`;
    const wait = this.signInAttempts.retryAfter(key);
    if (wait > 0) throw new TooManyRequestsException('Too many failed sign-ins.', wait);
    this.limits.check('signInFailures', address);
    const user = await this.prisma.user.findUnique({ where: { email: request.email } });
    // The same answer, and about the same work, whether the email is unknown or the password wrong.
    const matches = await checkPassword(user?.passwordHash ?? UNKNOWN_USER_HASH, request.password);
    if (!user || !matches) {
      this.signInAttempts.record(key);
      // Not forgiven by a success, or one account of the guesser's own would wipe the count.
      this.limits.record('signInFailures', address);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    this.signInAttempts.succeed(key);
    return this.startSession(user, randomUUID());
  }

  /** Trades a refresh token for new tokens; a refresh token used twice revokes its whole family. */
  async refresh(refreshToken: string): Promise<SessionResponse> {
    const session = await this.prisma.session.findUnique({
      where: { tokenHash: tokenHash(refreshToken) },
      include: { user: true },
    });
    if (!session) throw new UnauthorizedException('This session is not valid; sign in again.');
    if (session.revokedAt) {
      // Someone already traded this token in: whoever holds the family's newer token may be a thief.
      await this.prisma.session.updateMany({
        where: { family: session.family, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      throw new UnauthorizedException('This session is not valid; sign in again.');
    }
    if (session.expiresAt <= new Date())
      throw new UnauthorizedException('This session has expired; sign in again.');
    const revoked = await this.prisma.session.updateMany({
      where: { id: session.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    // Two refreshes racing with one token: only the first wins.
    if (revoked.count === 0) throw new UnauthorizedException('This session is not valid; sign in again.');
    return this.startSession(session.user, session.family);
  }

  /**
   * Signs a device out: its whole refresh family, so that an older token of the device (or a copy of one)
   * cannot go on refreshing. Its access token runs out on its own within 15 minutes.
   */
  async signOut(refreshToken: string): Promise<void> {
    const session = await this.prisma.session.findUnique({
      where: { tokenHash: tokenHash(refreshToken) },
      select: { family: true },
    });
    if (!session) return;
    await this.prisma.session.updateMany({
      where: { family: session.family, revokedAt: null },
      data: { revokedAt: new Date() },
    });
  }

  async me(userId: string): Promise<PublicUser> {
    const user = await this.prisma.user.findUnique({ where: { id: userId } });
    if (!user) throw new UnauthorizedException('This account no longer exists.');
    return publicUser(user);
  }

  /**
   * Reads a bearer access token; null if it is missing, forged, expired, or older than its user's token
   * version (a password reset, a role taken away) or its user is gone. That takes one look-up by primary key,
   * paid only by requests that carry a token: the public catalogue routes never come here.
   */
  async verifyAccessToken(token: string): Promise<AccessClaims | null> {
    let claims: AccessPayload;
    try {
      claims = await this.jwt.verifyAsync<AccessPayload>(token, { algorithms: ['HS256'] });
    } catch {
      return null;
    }
    if (typeof claims.sub !== 'string' || !Array.isArray(claims.roles)) return null;
    const user = await this.prisma.user.findUnique({
      where: { id: claims.sub },
      select: { tokenVersion: true },
    });
    if (!user || user.tokenVersion !== (claims.ver ?? 0)) return null;
    return { sub: claims.sub, roles: claims.roles };
  }

  private async startSession(user: UserRow, family: string): Promise<SessionResponse> {
    const refreshToken = newToken();
    await this.prisma.session.create({
      data: {
        userId: user.id,
        family,
        tokenHash: tokenHash(refreshToken),
        expiresAt: new Date(Date.now() + REFRESH_DAYS * 86_400_000),
      },
    });
    const claims: AccessPayload = { sub: user.id, roles: user.roles, ver: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(claims, {
      expiresIn: ACCESS_TOKEN_SECONDS,
      algorithm: 'HS256',
    });
    return { user: publicUser(user), accessToken, expiresIn: ACCESS_TOKEN_SECONDS, refreshToken };
  }
}

// A real argon2id hash of a random password, checked when the email is unknown so that both paths cost the same.
const UNKNOWN_USER_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$m5QhUaFcLxzAMVJtdJM6uA$BMYD/2eLqc2zhL1p+7CPYpve7UciYQW5ZhJpjgolcHw';

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
}
