// The messages a world client sends to a space room, validated with zod at the room's boundary. The room's
// state (who is here and where) flows back as Colyseus schema patches; see rooms/space-state.ts.
import { z } from 'zod';

/** Room type names, one per kind of space. */
export const ROOM_NAMES = ['lobby', 'gallery', 'stage', 'classroom'] as const;
export type RoomName = (typeof ROOM_NAMES)[number];

export const DISPLAY_NAME_MAX = 32;

export const avatarIdSchema = z
  .string()
  .max(32)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'avatar must be an id');
export const avatarMessageSchema = z.object({ avatar: avatarIdSchema });

/** Options a client passes when it joins a space: the space, and the join token the backend gave it. */
export const joinOptionsSchema = z.object({
  space: z
    .string()
    .max(64)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'space must be a slug'),
  token: z.string().max(2048).optional(),
  /** The avatar the person chose (an id from the venue's avatar list; the client falls back if unknown). */
  avatar: avatarIdSchema.optional(),
});
export type JoinOptions = z.infer<typeof joinOptionsSchema>;

const coordinate = z.number().finite().min(-1000).max(1000);

/** A person's new place on the floor and heading (yaw in radians, 0 = facing -z). */
export const moveMessageSchema = z.object({ x: coordinate, z: coordinate, yaw: z.number().finite() });
export type MoveMessage = z.infer<typeof moveMessageSchema>;

export const REACTIONS = ['applause', 'cheer', 'heart', 'laugh', 'wow', 'fire'] as const;
export type Reaction = (typeof REACTIONS)[number];
export const reactMessageSchema = z.object({ reaction: z.enum(REACTIONS) });

export const CHAT_MAX = 500;
export const chatMessageSchema = z.object({
  text: z
    .string()
    .max(CHAT_MAX * 2)
    .transform((text) => text.replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim())
    .pipe(z.string().min(1, 'say something').max(CHAT_MAX)),
});

export const raiseHandMessageSchema = z.object({ raised: z.boolean() });

export const LIGHTING = ['warm', 'cool', 'spot', 'party', 'blackout'] as const;
export type Lighting = (typeof LIGHTING)[number];
/** A performer's stage controls, each optional: lights, the screen's caption, the show's running order and cue. */
export const stageMessageSchema = z
  .object({
    lights: z.enum(LIGHTING).optional(),
    screen: z.string().max(200).optional(),
    cue: z.number().int().min(0).max(999).optional(),
    /** The show's running order: the titles of its acts, in order. */
    runningOrder: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  })
  .refine((m) => Object.values(m).some((value) => value !== undefined), 'nothing to change');
export type StageMessage = z.infer<typeof stageMessageSchema>;

export const boardMessageSchema = z.object({ page: z.number().int().min(0).max(999) });

/** Most points in one stroke (a longer line is sent as several strokes). */
export const STROKE_MAX_POINTS = 256;
export const boardStrokeMessageSchema = z.object({
  page: z.number().int().min(0).max(999),
  colour: z.string().regex(/^#[0-9a-f]{6}$/i, 'colour must be #rrggbb'),
  width: z.number().min(0.5).max(40),
  /** x0, y0, x1, y1, … each in 0..1 across the board. */
  points: z
    .array(z.number().min(0).max(1))
    .min(2)
    .max(STROKE_MAX_POINTS * 2)
    .refine((points) => points.length % 2 === 0, 'points come in x, y pairs'),
});
export const boardClearMessageSchema = z.object({ page: z.number().int().min(0).max(999) });

export const moderateMessageSchema = z.object({
  action: z.enum([
    'mute',
    'unmute',
    'spotlight',
    'unspotlight',
    'lowerHand',
    'giveFloor',
    'takeFloor',
    'kick',
    'ban',
  ]),
  /** The session id of the person acted on. */
  target: z.string().min(1).max(64),
  /** A ban's reach: this space (the default) or the whole venue. */
  scope: z.enum(['space', 'venue']).optional(),
  /** Why, kept with a ban for the venue's staff. */
  reason: z.string().max(200).optional(),
});
export type ModerateMessage = z.infer<typeof moderateMessageSchema>;

/** A classroom's floor: open, every student is heard; closed, only the instructor and who has the floor. */
export const openFloorMessageSchema = z.object({ open: z.boolean() });

/** Message type names, client to room. */
export const MESSAGE = {
  move: 'move',
  react: 'react',
  chat: 'chat',
  raiseHand: 'raiseHand',
  stage: 'stage',
  board: 'board',
  boardStroke: 'boardStroke',
  boardClear: 'boardClear',
  moderate: 'moderate',
  avatar: 'avatar',
  openFloor: 'openFloor',
  clock: 'clock',
  transport: 'transport',
  liveNote: 'liveNote',
} as const;

/**
 * Message type names, room to client: reaction counts, chat lines, refusals (with a reason), the shared
 * clock's readings, and a live set's transport and hand-played notes (protocol/src/live-set.ts).
 */
export const ROOM_MESSAGE = {
  reactions: 'reactions',
  chat: 'chat',
  refused: 'refused',
  clock: 'clock',
  transport: 'transport',
  liveNote: 'liveNote',
} as const;

/** How often reactions are counted up and sent out (ms). */
export const REACTION_INTERVAL_MS = 250;

/**
 * Binary message types (docs/protocol.md): a client's own pose frames in, batches of others' poses out; a
 * client's own audio frames in, others' audio frames (each named by its talker's slot) out; a live set's
 * song updates in, in parts (protocol/src/live-set.ts), and out whole.
 */
export const BYTES_MESSAGE = { pose: 1, poses: 2, audio: 3, voice: 4, songPart: 5, song: 6 } as const;

/** How often a room sends each client its batch of poses (Hz). */
export const POSE_TICK_HZ = 20;

/** How long a dropped connection keeps its seat, in seconds. */
export const RECONNECT_SECONDS = 20;

/** How often a client sends its position while it moves (Hz); the room rate-limits above this. */
export const MOVE_SEND_HZ = 15;

/** Close code sent to a client that was dropped for what it sent. */
export const CLOSE_MISBEHAVED = 4400;
/** Close code sent to someone a moderator removed. */
export const CLOSE_REMOVED = 4403;
