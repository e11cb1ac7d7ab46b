// Real Colyseus rooms over real WebSockets: a world server on a loopback port and SDK clients joining it.
import { Client, type Room } from '@colyseus/sdk';
import { describe, expect, it } from 'vitest';
import { CLOSE_MISBEHAVED } from '@prostudio/protocol';
import { LAYOUTS, MAX_STRIDE } from '@prostudio/protocol';
import { TEST_TOKEN_SECRET, tokenFor } from './support/tokens.ts';
import { signJoinToken } from '@prostudio/protocol/join-token';
import { useTestWorld } from './support/world.ts';

interface PersonView {
  name: string;
  role: string;
  avatar: string;
  x: number;
  z: number;
  yaw: number;
}
interface StateView {
  space: string;
  kind: string;
  people: Map<string, PersonView>;
}

const world = useTestWorld();

async function join(
  name: string,
  space = 'main-gallery',
  kind: 'gallery' | 'classroom' = 'gallery',
): Promise<Room<StateView>> {
  const room = await new Client(world.endpoint).joinOrCreate<StateView>(kind, {
    space,
    token: tokenFor(space, kind, name),
  });
  world.track(room);
  return room;
}

/** A copy of someone's place (the state's objects are live and change under us). */
function snapshot(state: StateView, id: string): { x: number; z: number } {
  const person = state.people.get(id);
  if (!person) throw new Error(`${id} is not in the room`);
  return { x: person.x, z: person.z };
}

/** Resolves once `check` holds for the room's state, or fails after `ms`. */
function until(
  room: Room<StateView>,
  check: (state: StateView) => boolean,
  what = 'the room state',
  ms = 3000,
): Promise<StateView> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
    const test = (state: StateView) => {
      // Until the first full state arrives, the mirror has no collections yet.
      if (!state?.people || !check(state)) return;
      clearTimeout(timer);
      resolve(state);
    };
    room.onStateChange(test);
    if (room.state) test(room.state);
  });
}

describe('a gallery room', () => {
  it('shows each person to the others, and their moves', async () => {
    const ada = await join('Ada');
    const ben = await join('Ben');
    const seen = await until(ada, (state) => [...state.people.values()].some((p) => p.name === 'Ben'));
    expect(seen.space).toBe('main-gallery');
    expect(seen.kind).toBe('gallery');
    const start = snapshot(seen, ada.sessionId);
    ada.send('move', { x: start.x + 0.5, z: start.z - 0.5, yaw: 0.3 });
    const moved = await until(
      ben,
      (state) => Math.abs(snapshot(state, ada.sessionId).z - (start.z - 0.5)) < 1e-3,
    );
    expect(moved.people.get(ada.sessionId)?.x).toBeCloseTo(start.x + 0.5, 3);
    expect(moved.people.get(ada.sessionId)?.yaw).toBeCloseTo(0.3, 3);
  });

  it('keeps people inside the walls and at walking speed, whatever the client claims', async () => {
    const eve = await join('Eve');
    const { bounds } = LAYOUTS.gallery;
    const start = snapshot(await until(eve, (state) => state.people.has(eve.sessionId)), eve.sessionId);
    eve.send('move', { x: 999, z: start.z, yaw: 0 });
    const state = await until(eve, (s) => snapshot(s, eve.sessionId).x > start.x + 0.5);
    const x = snapshot(state, eve.sessionId).x;
    expect(x).toBeLessThan(bounds.maxX);
    // One move may cover at most a quarter second of running with slack: far less than 999 m.
    expect(x - start.x).toBeLessThanOrEqual(MAX_STRIDE + 1e-3);
  });

  it('keeps separate spaces apart: the classroom does not see the gallery', async () => {
    const carl = await join('Carl', 'studio-classroom', 'classroom');
    const state = await until(carl, (s) => s.people.size > 0);
    expect([...state.people.values()].map((p) => p.name)).toEqual(['Carl']);
    expect(state.kind).toBe('classroom');
  });

  it('refuses a join without a valid token for this very space, saying why', async () => {
    const attempt = (options: Record<string, unknown>) =>
      new Client(world.endpoint).joinOrCreate('gallery', options);
    await expect(attempt({ space: 'main-gallery' })).rejects.toThrow('A join token is needed.');
    await expect(attempt({ space: 'main-gallery', token: 'garbage' })).rejects.toThrow(
      'The join token is malformed.',
    );
    const foreign = signJoinToken(
      {
        sub: 'x',
        name: 'Mallory',
        space: 'main-gallery',
        kind: 'gallery',
        role: 'moderator',
        entitlement: null,
      },
      'some-other-secret-that-is-long-enough-too',
    );
    await expect(attempt({ space: 'main-gallery', token: foreign })).rejects.toThrow(
      'The join token is not valid here.',
    );
    const expired = signJoinToken(
      { sub: 'x', name: 'Late', space: 'main-gallery', kind: 'gallery', role: 'visitor', entitlement: null },
      TEST_TOKEN_SECRET,
      Date.now() - 120_000,
    );
    await expect(attempt({ space: 'main-gallery', token: expired })).rejects.toThrow(
      'The join token has expired; try again.',
    );
    await expect(
      attempt({ space: 'main-gallery', token: tokenFor('other-gallery', 'gallery', 'Eve') }),
    ).rejects.toThrow('This join token is for another space.');
    await expect(
      attempt({ space: 'main-gallery', token: tokenFor('main-gallery', 'stage', 'Eve') }),
    ).rejects.toThrow('This join token is for another space.');
    await expect(
      attempt({ space: '../etc', token: tokenFor('main-gallery', 'gallery', 'Eve') }),
    ).rejects.toThrow(/space must be a slug/);
  });

  it('takes name and role from the token, not from the client', async () => {
    const room = await new Client(world.endpoint).joinOrCreate<
      StateView & { people: Map<string, { role: string }> }
    >('gallery', {
      space: 'main-gallery',
      token: tokenFor('main-gallery', 'gallery', 'Grace', 'moderator'),
      name: 'Somebody Else',
      role: 'performer',
      avatar: 'robot',
    });
    world.track(room);
    const state = await until(room, (s) => s.people.has(room.sessionId));
    expect(state.people.get(room.sessionId)).toMatchObject({
      name: 'Grace',
      role: 'moderator',
      avatar: 'robot',
    });
    room.send('avatar', { avatar: 'dancer' });
    await until(room, (s) => s.people.get(room.sessionId)?.avatar === 'dancer');
  });

  it('drops a client that sends garbage, and everyone else carries on', async () => {
    const honest = await join('Honest');
    const mallory = await join('Mallory');
    await until(honest, (state) => state.people.has(mallory.sessionId), 'Mallory to arrive');
    const closed = new Promise<number>((resolve) => mallory.onLeave((code) => resolve(code)));
    mallory.send('move', { x: 'far away', z: null });
    expect(await closed).toBeGreaterThan(1001);
    await until(honest, (state) => !state.people.has(mallory.sessionId), 'Mallory to be gone');

    const trudy = await join('Trudy');
    const trudyClosed = new Promise<number>((resolve) => trudy.onLeave((code) => resolve(code)));
    trudy.send('teleport', { x: 0 });
    expect(await trudyClosed).toBe(CLOSE_MISBEHAVED);

    const start = snapshot(await until(honest, (s) => s.people.has(honest.sessionId)), honest.sessionId);
    honest.send('move', { x: start.x, z: start.z - 1, yaw: 0 });
    await until(
      honest,
      (s) => Math.abs(snapshot(s, honest.sessionId).z - (start.z - 1)) < 1e-3,
      'Honest to move',
    );
  });

  it('drops a client that sends an oversized message', async () => {
    const big = await join('Big');
    const closed = new Promise<number>((resolve) => big.onLeave((code) => resolve(code)));
    big.send('chat', { text: 'x'.repeat(100_000) });
    expect(await closed).toBe(1009); // WebSocket: message too big
  });

  it('drops a client that floods the room', async () => {
    const flooder = await join('Flood');
    const closed = new Promise<number>((resolve) => flooder.onLeave((code) => resolve(code)));
    for (let i = 0; i < 500; i++) flooder.send('move', { x: 0, z: 0, yaw: i / 100 });
    expect(await closed).toBeGreaterThan(1001);
  });
});
