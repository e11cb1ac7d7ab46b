// The link to one space room on the world server: join with a name, report our moves, mirror the people.
import { Client, type Room } from '@colyseus/sdk';
import { MOVE_SEND_HZ, type FloorPose, type RoomName } from '@prostudio/world-server/shared';
import { setWorld, type RemotePerson } from '../state/store.ts';

interface PersonState {
  name: string;
  connected: boolean;
  x: number;
  z: number;
  yaw: number;
}
interface SpaceRoomState {
  people: Map<string, PersonState>;
}

export interface WorldConnection {
  readonly sessionId: string;
  /** Reports the local pose; sent at most MOVE_SEND_HZ times a second, the latest pose winning. */
  sendPose(pose: FloorPose): void;
  leave(): Promise<void>;
}

const client = new Client(window.location.origin);

/** Explains a failed join in words a visitor understands. */
export function describeJoinError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/full|locked/i.test(message)) return 'This space is full right now. Try again in a little while.';
  if (/fetch|network|ECONNREFUSED|websocket/i.test(message)) return 'Cannot reach the world server.';
  return message || 'Could not enter this space.';
}

/** Joins the room of a space with a join token, and keeps the store's people list in step with it. */
export async function connectToSpace(
  roomName: RoomName,
  space: string,
  token: string,
): Promise<WorldConnection> {
  setWorld({ connection: 'connecting' });
  const room: Room<SpaceRoomState> = await client.joinOrCreate(roomName, { space, token });
  setWorld({ connection: 'connected', selfId: room.sessionId, people: [], selfFromServer: null });

  room.onStateChange((state) => {
    const people: RemotePerson[] = [];
    let self: FloorPose | null = null;
    state.people.forEach((person, id) => {
      if (id === room.sessionId) self = { x: person.x, z: person.z, yaw: person.yaw };
      else
        people.push({
          id,
          name: person.name,
          away: !person.connected,
          x: person.x,
          z: person.z,
          yaw: person.yaw,
        });
    });
    people.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    setWorld({ people, selfFromServer: self });
  });
  room.onDrop(() => setWorld({ connection: 'reconnecting', notice: 'Connection lost, reconnecting…' }));
  room.onReconnect(() => setWorld({ connection: 'connected', notice: null }));
  room.onLeave((code) => {
    setWorld({ connection: 'offline', people: [] });
    if (code > 1001) setWorld({ notice: 'You were disconnected from this space.' });
  });

  let pending: FloorPose | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    if (pending && room.connection.isOpen) room.send('move', pending);
    pending = null;
  };
  return {
    sessionId: room.sessionId,
    sendPose(pose) {
      pending = pose;
      timer ??= setTimeout(flush, 1000 / MOVE_SEND_HZ);
    },
    async leave() {
      if (timer) clearTimeout(timer);
      room.removeAllListeners();
      await room.leave(true).catch(() => undefined);
      setWorld({ connection: 'offline', people: [], selfId: null });
    },
  };
}
