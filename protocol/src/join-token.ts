// The short-lived token the backend signs and a space room checks before anyone joins (its claims are in
// join-claims.ts). Format: base64url(JSON claims) "." base64url(HMAC-SHA256(secret, that first part)).
// Node only (node:crypto): the package's subpath `@prostudio/protocol/join-token`, not its barrel.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { JOIN_TOKEN_SECONDS, joinClaimsSchema, type JoinClaims } from './join-claims.ts';

export { JOIN_TOKEN_SECONDS, ROLES, type JoinClaims, type Role } from './join-claims.ts';

export type TokenCheck = { ok: true; claims: JoinClaims } | { ok: false; reason: string };

const mac = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest();

/** Signs claims (with `exp` set `ttlSeconds` from `now`, and a fresh `jti`). */
export function signJoinToken(
  claims: Omit<JoinClaims, 'v' | 'exp' | 'jti'>,
  secret: string,
  now = Date.now(),
  ttlSeconds = JOIN_TOKEN_SECONDS,
): string {
  const body = Buffer.from(
    JSON.stringify({
      v: 1,
      ...claims,
      exp: Math.floor(now / 1000) + ttlSeconds,
      jti: randomBytes(16).toString('base64url'),
    }),
  ).toString('base64url');
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

/** Checks a token's signature, shape and expiry; the reason is safe to show the person joining. */
export function verifyJoinToken(token: unknown, secret: string, now = Date.now()): TokenCheck {
  if (typeof token !== 'string' || token.length === 0)
    return { ok: false, reason: 'A join token is needed.' };
  if (token.length > 2048) return { ok: false, reason: 'The join token is malformed.' };
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined)
    return { ok: false, reason: 'The join token is malformed.' };
  const expected = mac(secret, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'The join token is not valid here.' };
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'The join token is malformed.' };
  }
  const parsed = joinClaimsSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'The join token is malformed.' };
  if (parsed.data.exp * 1000 <= now) return { ok: false, reason: 'The join token has expired; try again.' };
  return { ok: true, claims: parsed.data };
}
