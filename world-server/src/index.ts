export { startWorldServer, type WorldServer, type WorldServerOptions } from './server.ts';
export { CLOSE_MISBEHAVED, CLOSE_REMOVED } from './rooms/space-room.ts';
export {
  JOIN_TOKEN_SECONDS,
  ROLES,
  signJoinToken,
  verifyJoinToken,
  type JoinClaims,
  type Role,
} from './auth/join-token.ts';
export type { RoomVisit } from './rooms/visit.ts';
