export { startWorldServer, type WorldServer, type WorldServerOptions } from './server.ts';
export { CLOSE_MISBEHAVED } from './rooms/space-room.ts';
