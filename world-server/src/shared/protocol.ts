// The messages a world client sends to a space room, validated with zod at the room's boundary. The room's
// state (who is here and where) flows back as Colyseus schema patches; see rooms/space-state.ts.
import { z } from 'zod';

/** Room type names, one per kind of space. */
export const ROOM_NAMES = ['lobby', 'gallery', 'stage', 'classroom'] as const;
export type RoomName = (typeof ROOM_NAMES)[number];

export const DISPLAY_NAME_MAX = 32;

/** Options a client passes when it joins a space: the space, and the join token the backend gave it. */
export const joinOptionsSchema = z.object({
  space: z
    .string()
    .max(64)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'space must be a slug'),
  token: z.string().max(2048).optional(),
});
export type JoinOptions = z.infer<typeof joinOptionsSchema>;

const coordinate = z.number().finite().min(-1000).max(1000);

/** A person's new place on the floor and heading (yaw in radians, 0 = facing -z). */
export const moveMessageSchema = z.object({ x: coordinate, z: coordinate, yaw: z.number().finite() });
export type MoveMessage = z.infer<typeof moveMessageSchema>;

/** Message type names. */
export const MESSAGE = { move: 'move' } as const;

/** Binary message types: a client's own pose frames in, batches of others' poses out (docs/protocol.md). */
export const BYTES_MESSAGE = { pose: 1, poses: 2 } as const;

/** How often a room sends each client its batch of poses (Hz). */
export const POSE_TICK_HZ = 20;

/** How long a dropped connection keeps its seat, in seconds. */
export const RECONNECT_SECONDS = 20;

/** How often a client sends its position while it moves (Hz); the room rate-limits above this. */
export const MOVE_SEND_HZ = 15;
