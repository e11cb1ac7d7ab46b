// A world server on a loopback port for one test file: started before its tests, and stopped after them,
// with every room the tests joined left first.
import { createServer, type Server } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { startWorldServer, type SongStore, type WorldServer } from '../../src/index.ts';
import type { RoomBan } from '@prostudio/protocol';
import type { SeatRate } from '../../src/door/matchmake-gate.ts';
import { TEST_SEAT_RATE, TEST_TOKEN_SECRET } from './tokens.ts';

/** What the world needs of a joined room to leave it at the end. */
interface Leavable {
  readonly connection: { readonly isOpen: boolean };
  leave(): Promise<unknown>;
}

export interface TestWorld {
  /** The server's http://127.0.0.1:PORT, once started. */
  readonly endpoint: string;
  /** Remembers a joined room, so that it is left when the file's tests are done; returns it. */
  track<T extends Leavable>(room: T): T;
}

/** Registers the start and stop of a world server around the calling test file. */
export function useTestWorld(
  options: {
    stageCapacity?: number;
    seatRate?: SeatRate;
    allowedOrigins?: string[];
    onBan?: (ban: RoomBan) => void;
    songs?: SongStore;
  } = {},
): TestWorld {
  let http: Server | undefined;
  let world: WorldServer | undefined;
  let endpoint = '';
  const rooms: Leavable[] = [];
  beforeAll(async () => {
    http = createServer();
    world = await startWorldServer({
      httpServer: http,
      tokenSecret: TEST_TOKEN_SECRET,
      // Test files join far faster than people do, all from one address.
      seatRate: TEST_SEAT_RATE,
      ...options,
    });
    await new Promise<void>((resolve) => http?.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    const open = rooms.filter((room) => room.connection.isOpen);
    await Promise.all(open.map((room) => room.leave().catch(() => undefined)));
    await world?.stop();
    http?.close();
  });
  return {
    get endpoint() {
      return endpoint;
    },
    track(room) {
      rooms.push(room);
      return room;
    },
  };
}

/** Polls `check` until it holds, or fails naming `what`. */
export async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
