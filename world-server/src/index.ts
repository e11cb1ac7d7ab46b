export { startWorldServer, type WorldServer, type WorldServerOptions } from './server.ts';
