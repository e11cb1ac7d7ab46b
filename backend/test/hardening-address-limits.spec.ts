// Limits per address across accounts, with the venue's own numbers (the other test files raise them): one
// machine cannot sign up, mail password resets, get sign-ins wrong or take join tokens in bulk. Each refusal
// is a 429 saying what and how long, with a Retry-After header; other addresses go on as before.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNT_LIMITS } from '../src/accounts/address-limits.ts';
import { useTestApi } from './support/test-api.ts';

const api = useTestApi(() => ({ accountLimits: DEFAULT_ACCOUNT_LIMITS }));

const FROM_HERE = '127.0.0.1'; // app.inject's own
const post = (url: string, payload: object, remoteAddress = FROM_HERE) =>
  api.app.inject({ method: 'POST', url, payload, remoteAddress });

let people = 0;
const newPerson = () => ({
  email: `person-${++people}@example.org`,
  password: 'a long enough password',
  displayName: `Person ${people}`,
});

function expectRefusal(
  response: Awaited<ReturnType<typeof post>> | undefined,
  message: RegExp,
  atMostSeconds: number,
) {
  if (!response) throw new Error('nothing was refused');
  expect(response.statusCode, response.body).toBe(429);
  expect(response.json().message).toMatch(message);
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(atMostSeconds);
  // Refused in middleware or in a service, the answer carries the API's security headers like any other.
  expect(response.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
}

describe('limits per address', () => {
  it('lets one address sign up five times in 15 minutes', async () => {
    const limit = DEFAULT_ACCOUNT_LIMITS.signUp.maxAttempts;
    const answers = await Promise.all(
      Array.from({ length: limit + 5 }, () => post('/api/auth/sign-up', newPerson())),
    );
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(limit);
    const refused = answers.filter((a) => a.statusCode === 429);
    expect(refused).toHaveLength(5);
    expectRefusal(refused[0], /^Too many sign-ups from your address\. Try again in 15 minutes\.$/, 900);
    expect((await post('/api/auth/sign-up', newPerson(), '203.0.113.1')).statusCode).toBe(201);
    // IPv6 neighbours on one /64 are one address.
    for (let i = 0; i < limit; i++) await post('/api/auth/sign-up', newPerson(), `2001:db8:1:2::${i + 1}`);
    expect((await post('/api/auth/sign-up', newPerson(), '2001:db8:1:2:ffff::9')).statusCode).toBe(429);
  });

  it('refuses sign-ins from an address that got twenty wrong, whatever the emails, even a right one', async () => {
    const someone = newPerson();
    expect((await post('/api/auth/sign-up', someone, '203.0.113.2')).statusCode).toBe(201);
    const guesser = '198.51.100.3';
    for (let i = 0; i < DEFAULT_ACCOUNT_LIMITS.signInFailures.maxAttempts; i++) {
      const wrong = await post(
        '/api/auth/sign-in',
        { email: `guess-${i}@example.org`, password: 'wrong guess' },
        guesser,
      );
      expect(wrong.statusCode).toBe(401);
    }
    const right = { email: someone.email, password: someone.password };
    expectRefusal(await post('/api/auth/sign-in', right, guesser), /^Too many failed sign-ins\./, 900);
    expect((await post('/api/auth/sign-in', right, '203.0.113.2')).statusCode).toBe(200);
  });

  it('puts Retry-After on the limit per email and address too', async () => {
    const someone = newPerson();
    await post('/api/auth/sign-up', someone, '203.0.113.4');
    for (let i = 0; i < 5; i++)
      await post('/api/auth/sign-in', { email: someone.email, password: `guess ${i}` }, '203.0.113.4');
    const blocked = await post(
      '/api/auth/sign-in',
      { email: someone.email, password: someone.password },
      '203.0.113.4',
    );
    expectRefusal(blocked, /^Too many failed sign-ins\. Try again in 15 minutes\.$/, 900);
  });

  it('mails five password resets an hour per address, known emails or not, and never limits the confirmation', async () => {
    const at = '198.51.100.5';
    for (let i = 0; i < DEFAULT_ACCOUNT_LIMITS.passwordReset.maxAttempts; i++)
      expect(
        (await post('/api/auth/password-reset', { email: `reset-${i}@example.org` }, at)).statusCode,
      ).toBe(202);
    expectRefusal(
      await post('/api/auth/password-reset', { email: 'one-more@example.org' }, at),
      /^Too many password reset requests from your address\. Try again in 60 minutes\.$/,
      3600,
    );
    for (let i = 0; i < 10; i++) {
      const confirm = await post(
        '/api/auth/password-reset/confirm',
        { token: 'not-a-token', password: 'a new password' },
        at,
      );
      expect(confirm.statusCode).toBe(400);
    }
  });

  it('gives one address 120 join tokens a minute, of 250 asked for at once', async () => {
    const at = '198.51.100.6';
    const answers = await Promise.all(
      Array.from({ length: 250 }, (_, i) =>
        post('/api/world/join-token', { space: 'main-gallery', name: `Bot ${i}` }, at),
      ),
    );
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(
      DEFAULT_ACCOUNT_LIMITS.joinToken.maxAttempts,
    );
    const refused = answers.find((a) => a.statusCode === 429);
    expectRefusal(refused, /^Too many requests to enter a space from your address\./, 60);
    expect((await post('/api/world/join-token', { space: 'main-gallery', name: 'Visitor' })).statusCode).toBe(
      201,
    );
    // The public catalogue is not limited.
    expect((await api.app.inject({ method: 'GET', url: '/api/spaces', remoteAddress: at })).statusCode).toBe(
      200,
    );
  });
});
