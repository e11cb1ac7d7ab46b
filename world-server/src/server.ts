import type { Server as HttpServer } from 'node:http';
import { LocalPresence, type MatchMakerDriver, type Presence, Server } from '@colyseus/core';
import { Encoder } from '@colyseus/schema';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { createTokenLedger } from './auth/token-ledger.ts';
import { guardServer } from './door/guard-server.ts';
import { createMatchmakeGate, DEFAULT_SEAT_RATE, type SeatRate } from './door/matchmake-gate.ts';
import { createBanBoard } from './rooms/ban-board.ts';
import { createRoomClasses } from './rooms/kinds.ts';
import type { RoomBan, RoomVisit } from '@prostudio/protocol';
import type { SongStore } from './rooms/song-desk.ts';

export interface WorldServerOptions {
  /** The HTTP server whose upgrades and `/matchmake/` requests the world server answers. */
  readonly httpServer: HttpServer;
  /** With a Redis URL, rooms are shared between processes (presence and driver in Redis). */
  readonly redisUrl?: string | undefined;
  /** This process's reachable `host:port`, needed when several processes share rooms. */
  readonly publicAddress?: string | undefined;
  /** The secret the backend signs join tokens with (shared by every process of the venue). */
  readonly tokenSecret: string;
  /** People per stage-room instance of a show (default 500); a full show opens another instance. */
  readonly stageCapacity?: number | undefined;
  /** Told of every stay in a room when it ends (who, where, by what right, from when to when). */
  readonly onVisit?: ((visit: RoomVisit) => void) | undefined;
  /** Told of every ban a moderator gives (who, where, how far, by whom), for the venue to keep. */
  readonly onBan?: ((ban: RoomBan) => void) | undefined;
  /** Where classrooms keep their songs between sessions (none: a classroom's song lasts while its room does). */
  readonly songs?: SongStore | undefined;
  /** Origins besides the page's own whose pages may reserve seats (for a client served elsewhere). */
  readonly allowedOrigins?: readonly string[] | undefined;
  /** How fast one address may reserve seats (default: bursts of 30, then one a second). */
  readonly seatRate?: SeatRate | undefined;
}

/** A running world server. */
export interface WorldServer {
  readonly colyseus: Server;
  /** Forgets a ban the venue lifted (space null: a ban of the venue), in every process. */
  forgive(ban: { sub: string; space: string | null }): Promise<void>;
  stop(): Promise<void>;
}

/** The largest WebSocket message a client may send. */
export const MAX_MESSAGE_BYTES = 16 * 1024;

// The full state a newcomer receives outgrows the schema encoder's default 8 kB buffer at a few hundred
// people (it then warns and grows on every join); 500 people need about 20 kB.
Encoder.BUFFER_SIZE = 64 * 1024;

async function scaleOut(redisUrl: string): Promise<{ presence: Presence; driver: MatchMakerDriver }> {
  const [{ RedisPresence }, { RedisDriver }] = await Promise.all([
    import('@colyseus/redis-presence'),
    import('@colyseus/redis-driver'),
  ]);
  return { presence: new RedisPresence(redisUrl), driver: new RedisDriver(redisUrl) };
}

/**
 * Starts the Colyseus world server on an existing HTTP server (which the caller listens with): one room
 * type per kind of space, each room instance keyed by its space's slug.
 */
export async function startWorldServer(options: WorldServerOptions): Promise<WorldServer> {
  const services = options.redisUrl ? await scaleOut(options.redisUrl) : { presence: new LocalPresence() };
  const colyseus = new Server({
    ...services,
    // No honest message comes near this (the largest is a pose frame of 346 bytes); bigger closes the socket.
    transport: new WebSocketTransport({ server: options.httpServer, maxPayload: MAX_MESSAGE_BYTES }),
    publicAddress: options.publicAddress,
    gracefullyShutdown: false,
    greet: false,
  });
  if (options.tokenSecret.length < 32)
    throw new Error('The join-token secret must be at least 32 characters.');
  const bans = createBanBoard(services.presence);
  const rooms = createRoomClasses({
    tokenSecret: options.tokenSecret,
    ledger: createTokenLedger(services.presence),
    stageCapacity: options.stageCapacity ?? 500,
    bans,
    onVisit: options.onVisit,
    onBan: options.onBan,
    songs: options.songs,
  });
  for (const [name, roomClass] of Object.entries(rooms)) {
    colyseus.define(name, roomClass).filterBy(['space']);
  }
  await colyseus.serverless();
  guardServer(
    options.httpServer,
    createMatchmakeGate({
      allowedOrigins: options.allowedOrigins ?? [],
      seatRate: options.seatRate ?? DEFAULT_SEAT_RATE,
    }),
  );
  return {
    colyseus,
    forgive: (ban) => bans.forgive(ban),
    stop: () => colyseus.gracefullyShutdown(false),
  };
}
