export {
  BODY_RADIUS,
  clampToBounds,
  floorHeight,
  LAYOUTS,
  type FloorBounds,
  type SpaceKind,
  type SpaceLayout,
} from './layouts.ts';
export {
  BYTES_MESSAGE,
  DISPLAY_NAME_MAX,
  joinOptionsSchema,
  MESSAGE,
  moveMessageSchema,
  MOVE_SEND_HZ,
  REACTIONS,
  ROOM_MESSAGE,
  CHAT_MAX,
  type Reaction,
  POSE_TICK_HZ,
  RECONNECT_SECONDS,
  ROOM_NAMES,
  type JoinOptions,
  type MoveMessage,
  type RoomName,
  STROKE_MAX_POINTS,
  boardStrokeMessageSchema,
} from './protocol.ts';
export { normalizeDisplayName, type DisplayNameResult } from './display-name.ts';
export {
  acceptMove,
  MAX_STRIDE,
  MAX_WALK_SPEED,
  strideAfter,
  wrapAngle,
  type FloorPose,
} from './movement-rules.ts';
export { seededRandom } from './seeded-random.ts';
