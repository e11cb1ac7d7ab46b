// One address may reserve seats only as fast as people do: a burst, then a steady trickle. (A file of its
// own: the limit is the world server's setting, and the other test files join far faster.)
import { Client } from '@colyseus/sdk';
import { describe, expect, it } from 'vitest';
import { tokenFor } from './support/tokens.ts';
import { useTestWorld } from './support/world.ts';

const BURST = 4;
const world = useTestWorld({ seatRate: { perSecond: 0.2, burst: BURST } });

describe('seat reservations from one address', () => {
  it('are refused past the burst with a plain 429, and the seats already taken stay', async () => {
    const join = (i: number) =>
      new Client(world.endpoint).joinOrCreate('gallery', {
        space: 'rate-gallery',
        token: tokenFor('rate-gallery', 'gallery', `Guest ${i}`),
      });
    const rooms = [];
    for (let i = 0; i < BURST; i++) rooms.push(world.track(await join(i)));
    await expect(join(BURST)).rejects.toThrow(
      'Too many seats reserved from your address; try again in a moment.',
    );
    expect(rooms.every((room) => room.connection.isOpen)).toBe(true);
  });
});
