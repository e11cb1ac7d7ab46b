import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { verifyJoinToken } from '@prostudio/protocol/join-token';
import type { OutboxMailer } from '../src/accounts/mailer.ts';
import { MAILER } from '../src/accounts/mailer.ts';
import { PasswordResetService } from '../src/accounts/password-reset.service.ts';
import { sessionResponseSchema, userSchema } from '../src/contract.ts';
import { useTestApi, TEST_WORLD_SECRET } from './support/test-api.ts';

const api = useTestApi();

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  api.app.inject({ method: 'POST', url: `/api/auth/${url}`, payload, headers });
const me = (accessToken?: string) =>
  api.app.inject({
    method: 'GET',
    url: '/api/me',
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
  });

async function signUp(email: string, password = 'correct horse battery') {
  const response = await post('sign-up', { email, password, displayName: ' Ada  Lovelace ' });
  expect(response.statusCode).toBe(201);
  return sessionResponseSchema.parse(response.json());
}

describe('accounts', () => {
  it('signs up (email folded to lower case, name cleaned), and the access token opens /api/me', async () => {
    const session = await signUp('Ada@Example.org');
    expect(session.user).toMatchObject({
      email: 'ada@example.org',
      displayName: 'Ada Lovelace',
      roles: ['member'],
    });
    const response = await me(session.accessToken);
    expect(response.statusCode).toBe(200);
    expect(userSchema.parse(response.json()).id).toBe(session.user.id);
  });

  it('stores passwords only as argon2id hashes, and refresh tokens only as hashes', async () => {
    const session = await signUp('hash@example.org');
    const client = new pg.Client({ connectionString: api.database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ password_hash: string }>(
        'SELECT password_hash FROM users WHERE email = $1',
        ['hash@example.org'],
      );
      expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$v=19\$/);
      const sessions = await client.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
      expect(sessions.rows.map((row) => row.token_hash)).not.toContain(session.refreshToken);
    } finally {
      await client.end();
    }
  });

  it('refuses a second account for the same email, and bad fields with a 400 naming them', async () => {
    await signUp('twice@example.org');
    expect(
      (await post('sign-up', { email: 'TWICE@example.org', password: 'another long one', displayName: 'X' }))
        .statusCode,
    ).toBe(409);
    const short = await post('sign-up', { email: 'short@example.org', password: 'short', displayName: 'Y' });
    expect(short.json()).toMatchObject({
      statusCode: 400,
      message: 'body.password: must be at least 10 characters',
    });
    expect(
      (await post('sign-up', { email: 'not-an-email', password: 'long enough pw', displayName: 'Z' })).json()
        .message,
    ).toBe('body.email: must be an email address');
    expect(
      (
        await post('sign-up', { email: 'blank@example.org', password: 'long enough pw', displayName: ' ' })
      ).json().message,
    ).toBe('body.displayName: Please choose a name.');
  });

  it('signs in with the right password only, with one answer for a wrong password and an unknown email', async () => {
    await signUp('bob@example.org', 'bobs long password');
    const good = await post('sign-in', { email: 'BOB@example.org', password: 'bobs long password' });
    expect(good.statusCode).toBe(200);
    const wrong = await post('sign-in', { email: 'bob@example.org', password: 'not his password' });
    const unknown = await post('sign-in', { email: 'nobody@example.org', password: 'whatever it is' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('slows down password guessing: after five failures, a 429 even for the right password', async () => {
    await signUp('carol@example.org', 'carols long password');
    for (let i = 0; i < 5; i++)
      expect((await post('sign-in', { email: 'carol@example.org', password: `guess ${i}` })).statusCode).toBe(
        401,
      );
    const blocked = await post('sign-in', { email: 'carol@example.org', password: 'carols long password' });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().message).toMatch(/Try again in \d+ minutes/);
  });

  it('rotates refresh tokens, and a reused one revokes the whole family', async () => {
    const first = await signUp('dave@example.org');
    const second = sessionResponseSchema.parse(
      (await post('refresh', { refreshToken: first.refreshToken })).json(),
    );
    expect(second.refreshToken).not.toBe(first.refreshToken);
    // The old token again: treated as stolen. Its newer sibling stops working too.
    expect((await post('refresh', { refreshToken: first.refreshToken })).statusCode).toBe(401);
    expect((await post('refresh', { refreshToken: second.refreshToken })).statusCode).toBe(401);
  });

  it('signs out a device', async () => {
    const session = await signUp('erin@example.org');
    expect((await post('sign-out', { refreshToken: session.refreshToken })).statusCode).toBe(204);
    expect((await post('refresh', { refreshToken: session.refreshToken })).statusCode).toBe(401);
  });

  it('signs a device out with its whole refresh family, even from an older token of it', async () => {
    const first = await signUp('erin-too@example.org');
    const second = sessionResponseSchema.parse(
      (await post('refresh', { refreshToken: first.refreshToken })).json(),
    );
    expect((await post('sign-out', { refreshToken: first.refreshToken })).statusCode).toBe(204);
    expect((await post('refresh', { refreshToken: second.refreshToken })).statusCode).toBe(401);
  });

  it('ends access tokens at once when the password is reset, in the API and at the world’s door', async () => {
    const session = await signUp('hank@example.org', 'hanks old password');
    expect((await me(session.accessToken)).statusCode).toBe(200);
    expect((await post('password-reset', { email: 'hank@example.org' })).statusCode).toBe(202);
    await api.app.get(PasswordResetService).settled(); // the mail follows the answer
    const mail = api.app.get<OutboxMailer>(MAILER).outbox.findLast((m) => m.to === 'hank@example.org');
    const reset = await post('password-reset/confirm', {
      token: mail?.token ?? '',
      password: 'hanks new one!',
    });
    expect(reset.statusCode).toBe(204);
    expect((await me(session.accessToken)).statusCode).toBe(401);
    const door = await api.app.inject({
      method: 'POST',
      url: '/api/world/join-token',
      payload: { space: 'lobby', name: 'Hank' },
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
    expect(door.statusCode).toBe(401);
    const again = await post('sign-in', { email: 'hank@example.org', password: 'hanks new one!' });
    expect((await me(sessionResponseSchema.parse(again.json()).accessToken)).statusCode).toBe(200);
  });

  it('ends access tokens when a role is taken away (not when one is given); a refreshed one works', async () => {
    const session = await signUp('ivy@example.org');
    const setRoles = async (roles: string) => {
      const client = new pg.Client({ connectionString: api.database.url });
      await client.connect();
      await client.query(`UPDATE users SET roles = $1 WHERE email = 'ivy@example.org'`, [roles]);
      await client.end();
    };
    await setRoles('{member,moderator}');
    expect((await me(session.accessToken)).statusCode).toBe(200);
    const moderator = sessionResponseSchema.parse(
      (await post('refresh', { refreshToken: session.refreshToken })).json(),
    );
    expect(moderator.user.roles).toEqual(['member', 'moderator']);
    await setRoles('{member}');
    expect((await me(moderator.accessToken)).statusCode).toBe(401);
    const member = sessionResponseSchema.parse(
      (await post('refresh', { refreshToken: moderator.refreshToken })).json(),
    );
    const now = await me(member.accessToken);
    expect(now.statusCode).toBe(200);
    expect(now.json().roles).toEqual(['member']);
  });

  it('refuses /api/me without a token, with a forged one, or with a token signed elsewhere', async () => {
    expect((await me()).statusCode).toBe(401);
    const session = await signUp('frank@example.org');
    const [header, payload] = session.accessToken.split('.');
    expect((await me(`${header}.${payload}.forged`)).statusCode).toBe(401);
    const noneAlg = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    expect((await me(noneAlg)).statusCode).toBe(401);
  });

  it('resets a password with a single-use mailed token, signing every device out', async () => {
    const session = await signUp('gina@example.org', 'ginas old password');
    const mailer = api.app.get<OutboxMailer>(MAILER);
    expect((await post('password-reset', { email: 'gina@example.org' })).statusCode).toBe(202);
    expect((await post('password-reset', { email: 'nobody@example.org' })).statusCode).toBe(202);
    await api.app.get(PasswordResetService).settled(); // the mail follows the answer
    const mail = mailer.outbox.filter((m) => m.to === 'gina@example.org').at(-1);
    expect(mailer.outbox.some((m) => m.to === 'nobody@example.org')).toBe(false);
    const token = mail?.token ?? '';
    expect((await post('password-reset/confirm', { token, password: 'ginas new password' })).statusCode).toBe(
      204,
    );
    expect((await post('password-reset/confirm', { token, password: 'and another one!' })).statusCode).toBe(
      400,
    );
    expect((await post('refresh', { refreshToken: session.refreshToken })).statusCode).toBe(401);
    expect(
      (await post('sign-in', { email: 'gina@example.org', password: 'ginas old password' })).statusCode,
    ).toBe(401);
    expect(
      (await post('sign-in', { email: 'gina@example.org', password: 'ginas new password' })).statusCode,
    ).toBe(200);
  });

  it('puts the signed-in user, and the role their account gives, into their join tokens', async () => {
    const session = await signUp('mod@example.org');
    const client = new pg.Client({ connectionString: api.database.url });
    await client.connect();
    await client.query(`UPDATE users SET roles = '{member,moderator}' WHERE email = 'mod@example.org'`);
    await client.end();
    const moderator = sessionResponseSchema.parse(
      (await post('sign-in', { email: 'mod@example.org', password: 'correct horse battery' })).json(),
    );
    const joinToken = (accessToken?: string) =>
      api.app.inject({
        method: 'POST',
        url: '/api/world/join-token',
        payload: { space: 'main-gallery', name: 'Mod' },
        headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
      });
    const asModerator = await joinToken(moderator.accessToken);
    expect(asModerator.json()).toMatchObject({ role: 'moderator' });
    const check = verifyJoinToken(asModerator.json().token, TEST_WORLD_SECRET);
    expect(check.ok && check.claims.sub).toBe(`user:${session.user.id}`);
    expect((await joinToken()).json()).toMatchObject({ role: 'visitor' });
    expect((await joinToken('not-a-real-token')).statusCode).toBe(401);
  });
});
