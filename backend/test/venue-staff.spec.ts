// Who the venue's staff are: the owner VENUE_ADMIN_EMAIL names is its admin, and only admins give and take
// the staff roles (curator, moderator, instructor); taking one away ends the person's sign-in at once.
import { describe, expect, it } from 'vitest';
import { sessionResponseSchema, staffMemberSchema } from '../src/contract.ts';
import { prepareDatabase } from '../src/database/database.ts';
import { makePerson, type Person } from './support/people.ts';
import { ARTWORKS_DIR, useTestApi } from './support/test-api.ts';

const api = useTestApi();

const send = (method: 'GET' | 'POST' | 'DELETE', url: string, who?: Person, payload?: object) =>
  api.app.inject({ method, url, ...(payload ? { payload } : {}), headers: who?.headers ?? {} });

async function ok<T>(method: 'GET' | 'POST' | 'DELETE', url: string, who?: Person, payload?: object) {
  const response = await send(method, url, who, payload);
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.json<T>();
}

describe('the venue’s staff', () => {
  it('get and lose their roles from admins only; losing one ends their sign-in at once', async () => {
    const admin = await makePerson(api.app, 'Owner', { roles: ['admin'] });
    const signUp = await api.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email: 'noor@example.org', password: 'a long enough password', displayName: 'Noor' },
    });
    const noor = sessionResponseSchema.parse(signUp.json()).user;
    const granted = staffMemberSchema.parse(
      await ok('POST', '/api/venue/staff', admin, { email: 'Noor@Example.org', role: 'curator' }),
    );
    expect(granted).toMatchObject({ id: noor.id, roles: ['member', 'curator'] });
    const staff = await ok<{ email: string }[]>('GET', '/api/venue/staff', admin);
    expect(staff.map((member) => member.email)).toContain('noor@example.org');

    const curator = await makePerson(api.app, 'Cora', { roles: ['curator'] });
    expect(
      (await send('POST', '/api/venue/staff', curator, { email: 'x@example.org', role: 'curator' }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await send('POST', '/api/venue/staff', admin, { email: 'nobody@example.org', role: 'curator' })
      ).json(),
    ).toMatchObject({
      statusCode: 404,
      message: 'There is no account with the email nobody@example.org: they sign up first.',
    });
    expect(
      (await send('POST', '/api/venue/staff', admin, { email: 'noor@example.org', role: 'admin' }))
        .statusCode,
    ).toBe(400);

    // Taking the role away: the curator's token stops at once, not in up to 15 minutes.
    expect((await send('GET', '/api/venue/requests', curator)).statusCode).toBe(200);
    const revoked = staffMemberSchema.parse(
      await ok('DELETE', `/api/venue/staff/${curator.id}/roles/curator`, admin),
    );
    expect(revoked.roles).toEqual(['member']);
    expect((await send('GET', '/api/venue/requests', curator)).statusCode).toBe(401);
    expect((await send('GET', '/api/me', curator)).statusCode).toBe(401);
  });

  it('are led by the owner VENUE_ADMIN_EMAIL names, made admin when the venue starts', async () => {
    const start = () =>
      prepareDatabase(api.database.url, ARTWORKS_DIR, { venueAdminEmail: 'Owner@Venue.example' });
    expect((await start()).venueAdmin).toBe('no-account');
    await api.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email: 'owner@venue.example', password: 'a long enough password', displayName: 'Owner' },
    });
    expect((await start()).venueAdmin).toBe('granted');
    expect((await start()).venueAdmin).toBe('already');
    const signIn = await api.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'owner@venue.example', password: 'a long enough password' },
    });
    expect(sessionResponseSchema.parse(signIn.json()).user.roles).toEqual(['member', 'admin']);
  });
});
