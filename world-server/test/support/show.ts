// Helpers for show tests: joining a show's stage as a role.
import type { Client, Room } from '@colyseus/sdk';
import { signJoinToken } from '@prostudio/protocol/join-token';
import { TEST_TOKEN_SECRET } from './tokens.ts';
import { until } from './world.ts';

export interface ShowState {
  people?: Map<string, { name: string; role: string; slot: number }>;
  stage?: { lights: string; screen: string; cue: number; runningOrder: Iterable<string> };
}

/**
 * Joins the stage `space` (an instance with room) as `name` in `role`; `onJoined` sets up listening the
 * moment the room is joined (what the room sends on joining comes before the room state shows us in it).
 */
export async function joinShow(
  client: Client,
  space: string,
  name: string,
  role: 'performer' | 'audience',
  onJoined?: (room: Room<ShowState>) => void,
): Promise<Room<ShowState>> {
  const token = signJoinToken(
    { sub: `${name}-${space}`, name, space, kind: 'stage', role, entitlement: null },
    TEST_TOKEN_SECRET,
  );
  const room = await client.joinOrCreate<ShowState>('stage', { space, token });
  onJoined?.(room);
  await until(() => room.state.people?.has(room.sessionId) === true, `${name} to be in`);
  return room;
}
