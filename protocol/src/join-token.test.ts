import { describe, expect, it } from 'vitest';
import { signJoinToken, verifyJoinToken } from './join-token.ts';

const SECRET = 'test-secret-of-enough-length';
const claims = {
  sub: 'user-1',
  name: 'Ada',
  space: 'main-stage',
  kind: 'stage' as const,
  role: 'audience' as const,
  entitlement: { type: 'ticket' as const, id: 'ticket-9' },
};

describe('join tokens', () => {
  it('carry their claims, checked', () => {
    const now = Date.UTC(2026, 10, 25);
    const check = verifyJoinToken(signJoinToken(claims, SECRET, now), SECRET, now + 1000);
    expect(check).toEqual({
      ok: true,
      claims: { v: 1, ...claims, exp: now / 1000 + 60, jti: expect.stringMatching(/^[\w-]{22}$/) },
    });
  });

  it('each have an id of their own, so that each can be spent once', () => {
    const ids = new Set(
      Array.from({ length: 50 }, () => {
        const check = verifyJoinToken(signJoinToken(claims, SECRET), SECRET);
        return check.ok ? check.claims.jti : 'refused';
      }),
    );
    expect(ids.size).toBe(50);
    expect(ids.has('refused')).toBe(false);
  });

  it('are refused when missing, malformed, signed with another secret, tampered with or expired', () => {
    const now = Date.now();
    const token = signJoinToken(claims, SECRET, now);
    expect(verifyJoinToken(undefined, SECRET)).toEqual({ ok: false, reason: 'A join token is needed.' });
    expect(verifyJoinToken('not-a-token', SECRET)).toEqual({
      ok: false,
      reason: 'The join token is malformed.',
    });
    expect(verifyJoinToken(`${token}.x`, SECRET).ok).toBe(false);
    expect(verifyJoinToken(token, 'another-secret')).toEqual({
      ok: false,
      reason: 'The join token is not valid here.',
    });
    const [, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ v: 1, ...claims, role: 'performer', exp: now / 1000 + 60 }),
    ).toString('base64url');
    expect(verifyJoinToken(`${forged}.${signature}`, SECRET)).toEqual({
      ok: false,
      reason: 'The join token is not valid here.',
    });
    expect(verifyJoinToken(token, SECRET, now + 61_000)).toEqual({
      ok: false,
      reason: 'The join token has expired; try again.',
    });
  });

  it('refuse well-signed nonsense (a signer bug must not let odd claims in)', () => {
    const token = signJoinToken({ ...claims, role: 'king' as never }, SECRET);
    expect(verifyJoinToken(token, SECRET)).toEqual({ ok: false, reason: 'The join token is malformed.' });
  });
});
