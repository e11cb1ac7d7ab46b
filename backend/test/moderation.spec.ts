// Bans that hold: kept by the venue, for one space or the whole venue, not escaped by coming back as a new
// guest, lifted by the staff; and spaces that admit members only. Against the real API and database.
import { verifyJoinToken } from '@prostudio/protocol/join-token';
import { describe, expect, it } from 'vitest';
import { banRecorder } from '../src/api.ts';
import { makePerson } from './support/people.ts';
import { TEST_WORLD_SECRET, useTestApi } from './support/test-api.ts';

const lifted: Array<{ sub: string; space: string | null }> = [];
const api = useTestApi(() => ({ onBanLifted: (ban) => lifted.push(ban) }));

interface Ask {
  space: string;
  guest?: string;
  headers?: Record<string, string>;
  from?: string;
}

/** Asks for a join token as a visitor would, from `from` (an address). */
async function ask({ space, guest, headers = {}, from = '198.51.100.7' }: Ask) {
  const response = await api.app.inject({
    method: 'POST',
    url: '/api/world/join-token',
    headers,
    remoteAddress: from,
    payload: { space, name: 'Visitor', ...(guest ? { guest } : {}) },
  });
  const body = response.json<{ token?: string; guest?: string | null; message?: string }>();
  const check = body.token ? verifyJoinToken(body.token, TEST_WORLD_SECRET) : null;
  return { status: response.statusCode, body, claims: check?.ok ? check.claims : null };
}

/** What the world server reports when a moderator bans someone in a room. */
function banInRoom(
  claims: { sub: string; name: string; net?: string | undefined },
  space: string,
  scope: 'space' | 'venue',
) {
  banRecorder(api.app)({
    sub: claims.sub,
    name: claims.name,
    net: claims.net ?? null,
    space,
    scope,
    by: 'user:moderator',
    reason: 'spam',
    at: new Date(),
  });
}

describe('bans', () => {
  it('hold a guest who comes back with their pass, or without it from the same address, in that space only', async () => {
    const first = await ask({ space: 'main-gallery' });
    expect(first.status).toBe(201);
    expect(first.body.guest).toMatch(/^[0-9a-f-]{36}\.[\w-]{43}$/);
    // The pass makes them the same guest next time.
    const again = await ask({ space: 'main-gallery', guest: first.body.guest ?? '' });
    expect(again.claims?.sub).toBe(first.claims?.sub);
    expect(again.claims?.net).toMatch(/^[0-9a-f]{32}$/);

    banInRoom(first.claims!, 'main-gallery', 'space');
    await expect
      .poll(async () => (await ask({ space: 'main-gallery', guest: first.body.guest ?? '' })).status)
      .toBe(403);
    expect((await ask({ space: 'main-gallery', guest: first.body.guest ?? '' })).body.message).toBe(
      'A moderator has barred you from this space.',
    );
    // Throwing the pass away does not help from the same address; another address is another guest.
    const fresh = await ask({ space: 'main-gallery' });
    expect(fresh.status).toBe(403);
    expect(fresh.body.message).toBe(
      'Guests from your network cannot enter this space for now: sign in to enter.',
    );
    expect((await ask({ space: 'main-gallery', from: '203.0.113.50' })).status).toBe(201);
    // Other spaces are not barred.
    expect((await ask({ space: 'main-stage', guest: first.body.guest ?? '' })).status).toBe(201);
  });

  it('of the venue bar a member from every space, until the staff lift them', async () => {
    const member = await makePerson(api.app, 'Mallory');
    const token = await ask({ space: 'lobby', headers: member.headers, from: '192.0.2.9' });
    expect(token.body.guest).toBeNull();
    banInRoom(token.claims!, 'lobby', 'venue');
    for (const space of ['lobby', 'main-gallery', 'studio-classroom']) {
      await expect
        .poll(async () => (await ask({ space, headers: member.headers, from: '192.0.2.9' })).status)
        .toBe(403);
    }
    expect((await ask({ space: 'lobby', headers: member.headers })).body.message).toBe(
      'A moderator has barred you from this venue.',
    );
    // Signed out, as a guest from the same network: refused too; another member there is not.
    expect((await ask({ space: 'lobby', from: '192.0.2.9' })).status).toBe(403);
    const neighbour = await makePerson(api.app, 'Neighbour');
    expect((await ask({ space: 'lobby', headers: neighbour.headers, from: '192.0.2.9' })).status).toBe(201);

    const moderator = await makePerson(api.app, 'Mod', { roles: ['moderator'] });
    const list = await api.app.inject({
      method: 'GET',
      url: '/api/moderation/bans',
      headers: moderator.headers,
    });
    expect(list.statusCode).toBe(200);
    const ban =
      list.json<Array<{ id: string; name: string; who: string; space: unknown; reason: string }>>()[0];
    expect(ban).toMatchObject({ name: 'Visitor', who: 'member', space: null, reason: 'spam' });

    const visitor = await makePerson(api.app, 'Not staff');
    const refused = await api.app.inject({
      method: 'DELETE',
      url: `/api/moderation/bans/${ban?.id}`,
      headers: visitor.headers,
    });
    expect(refused.statusCode).toBe(403);
    const lift = await api.app.inject({
      method: 'DELETE',
      url: `/api/moderation/bans/${ban?.id}`,
      headers: moderator.headers,
    });
    expect(lift.statusCode).toBe(204);
    expect(lifted.at(-1)).toEqual({ sub: `user:${member.id}`, space: null });
    expect((await ask({ space: 'main-gallery', headers: member.headers })).status).toBe(201);
  });
});

describe('a space that admits members only', () => {
  it('gives guests no join token, members one, and only moderators may set it', async () => {
    const moderator = await makePerson(api.app, 'Mod', { roles: ['moderator'] });
    const member = await makePerson(api.app, 'Member');
    const set = (membersOnly: boolean, headers: Record<string, string>) =>
      api.app.inject({
        method: 'PUT',
        url: '/api/moderation/spaces/main-stage',
        headers,
        payload: { membersOnly },
      });
    expect((await set(true, member.headers)).statusCode).toBe(403);
    const done = await set(true, moderator.headers);
    expect(done.json()).toMatchObject({ slug: 'main-stage', membersOnly: true });
    const guest = await ask({ space: 'main-stage', from: '198.51.100.99' });
    expect(guest.status).toBe(403);
    expect(guest.body.message).toBe('This space admits members only: sign in to enter.');
    expect((await ask({ space: 'main-stage', headers: member.headers })).status).toBe(201);
    const doors = await api.app.inject({
      method: 'GET',
      url: '/api/moderation/spaces',
      headers: moderator.headers,
    });
    expect(
      doors.json<Array<{ slug: string; membersOnly: boolean }>>().find((d) => d.slug === 'main-stage')
        ?.membersOnly,
    ).toBe(true);
    await set(false, moderator.headers);
    expect((await ask({ space: 'main-stage', from: '198.51.100.99' })).status).toBe(201);
  });
});
