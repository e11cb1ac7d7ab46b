// Opaque tokens (refresh, password reset): random, shown once to their owner, stored only as a hash.
import { createHash, randomBytes } from 'node:crypto';

/** A new random token, 256 bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a token. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
