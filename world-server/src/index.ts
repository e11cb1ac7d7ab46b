export { startWorldServer, type WorldServer, type WorldServerOptions } from './server.ts';
export type { SongStore } from './rooms/song-desk.ts';
