// The world protocol, pure: messages and their schemas, the room state's shape, the spaces' floor plans,
// movement rules, display names, roles and join-token claims, and the pose codec. No Colyseus, React, three.js
// or Nest inside: the world server, the web client, capture and the backend all import it. Signing join
// tokens (node:crypto) is the subpath `@prostudio/protocol/join-token`.
export {
  BODY_RADIUS,
  clampToBounds,
  floorHeight,
  hostSpot,
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
  avatarMessageSchema,
  boardClearMessageSchema,
  boardMessageSchema,
  chatMessageSchema,
  moderateMessageSchema,
  type ModerateMessage,
  openFloorMessageSchema,
  raiseHandMessageSchema,
  REACTION_INTERVAL_MS,
  reactMessageSchema,
  stageMessageSchema,
  type StageMessage,
  LIGHTING,
  type Lighting,
  CLOSE_MISBEHAVED,
  CLOSE_REMOVED,
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
export { ROLES, JOIN_TOKEN_SECONDS, joinClaimsSchema, type JoinClaims, type Role } from './join-claims.ts';
export type { RoomVisit } from './visit.ts';
export type { BanScope, RoomBan } from './moderation.ts';
export type { BoardState, PersonState, SpaceRoomState, StageState, StrokeState } from './room-state.ts';
export {
  BODY_BONES,
  FACE_EXPRESSIONS,
  HAND_BONES,
  type BodyBone,
  type FaceExpression,
} from './pose/humanoid.ts';
export { PRECISION, ROTATION_BYTES, type Precision } from './pose/quaternion-packing.ts';
export {
  decodePose,
  encodePose,
  frameSize,
  MAX_COORDINATE,
  POSE_CODEC_VERSION,
  restPose,
  setRootPosition,
  type DecodeResult,
  type PoseFrame,
} from './pose/pose-codec.ts';
export { decodePoseBatch, encodePoseBatch, frameLengthAt, type BatchResult } from './pose/batch.ts';
export { yawOf } from './pose/yaw.ts';
export {
  AUDIO_CODEC_VERSION,
  AUDIO_FRAME_MS,
  AUDIO_HEADER_BYTES,
  AUDIO_SAMPLE_RATE,
  decodeAudioFrame,
  decodeVoicePacket,
  encodeAudioFrame,
  encodeVoicePacket,
  MAX_OPUS_BYTES,
  SOUND_MODES,
  SOUND_MODE_SETTINGS,
  type AudioDecodeResult,
  type AudioFrame,
  type SoundMode,
  type VoicePacketResult,
} from './audio/audio-frame.ts';
export { hearing, voicesAreSpatial, VOICE_NEAR, type Hearing, type Speaker } from './voice-rules.ts';
export {
  alongForCentre,
  HANGING,
  layoutProblems,
  PLINTH_SPOT,
  sizeOnWall,
  startOnWall,
  WALL_NAMES,
  wallLength,
  type FloorSpot,
  type LayoutProblem,
  type LayoutWork,
  type WallPlacement,
} from './exhibition-layout.ts';
export {
  clockMessageSchema,
  clockReplySchema,
  decodeSongMessage,
  decodeSongPart,
  encodeSongMessage,
  encodeSongParts,
  LIVE_SET_DELAY_MS,
  LIVE_SONG_MAX_BYTES,
  liveNoteMessageSchema,
  SONG_PART_BYTES,
  SongPartJoiner,
  transportMessageSchema,
  type ClockReply,
  type LiveNoteMessage,
  type SongPart,
  type TransportMessage,
} from './live-set.ts';
