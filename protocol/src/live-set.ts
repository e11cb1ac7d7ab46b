// A live set's wire format (docs/protocol.md, "The live set"): the music goes out as what it is, the song
// (a Yjs document's updates) and what the performer does with it (the transport, clips launched, notes
// played), timed on the venue's shared clock, so each listener's browser renders the same music itself.
// Pure; the decoders never throw.
import { z } from 'zod';

/**
 * How much later than the performer each listener plays the set, ms: time for a message to cross the
 * network and be scheduled before its moment, the same for everyone so all listeners sound together.
 */
export const LIVE_SET_DELAY_MS = 400;

/**
 * The largest song a live set carries (bytes of its Yjs state): the size of a saved song (the backend's
 * MAX_SONG_BYTES).
 */
export const LIVE_SONG_MAX_BYTES = 700 * 1024;

/** A part of a song update travels in one message of at most this many bytes of payload. */
export const SONG_PART_BYTES = 12 * 1024;
/** Bytes before each part's payload: flags (u8), then a u16 index and a u16 count, little-endian. */
export const SONG_PART_HEADER_BYTES = 5;
const MAX_PARTS = Math.ceil(LIVE_SONG_MAX_BYTES / SONG_PART_BYTES);
/** The flag of an update that is a whole new song, to replace the one before rather than edit it. */
const FLAG_REPLACE = 0b1;

/** One part of a song update: the `index`th of `count`. */
export interface SongPart {
  readonly index: number;
  readonly count: number;
  /** The update is a whole new song (the performer opened another). */
  readonly replace: boolean;
  readonly payload: Uint8Array;
}

/**
 * An update cut into parts of at most SONG_PART_BYTES each (an empty update is one empty part); `replace`:
 * it is a whole new song.
 */
export function encodeSongParts(update: Uint8Array, replace = false): Uint8Array[] {
  const count = Math.max(1, Math.ceil(update.byteLength / SONG_PART_BYTES));
  if (count > MAX_PARTS) throw new RangeError(`a live song is at most ${LIVE_SONG_MAX_BYTES} bytes`);
  const parts: Uint8Array[] = [];
  for (let index = 0; index < count; index++) {
    const payload = update.subarray(index * SONG_PART_BYTES, (index + 1) * SONG_PART_BYTES);
    const part = new Uint8Array(SONG_PART_HEADER_BYTES + payload.byteLength);
    const view = new DataView(part.buffer);
    view.setUint8(0, replace ? FLAG_REPLACE : 0);
    view.setUint16(1, index, true);
    view.setUint16(3, count, true);
    part.set(payload, SONG_PART_HEADER_BYTES);
    parts.push(part);
  }
  return parts;
}

/** A part from its bytes, or why they are not one. */
export function decodeSongPart(
  bytes: Uint8Array,
): { ok: true; part: SongPart } | { ok: false; error: string } {
  if (bytes.byteLength < SONG_PART_HEADER_BYTES) return { ok: false, error: 'too short for a song part' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flags = view.getUint8(0);
  if ((flags & ~FLAG_REPLACE) !== 0) return { ok: false, error: `unknown flags ${flags}` };
  const index = view.getUint16(1, true);
  const count = view.getUint16(3, true);
  if (count === 0 || count > MAX_PARTS) return { ok: false, error: `bad part count ${count}` };
  if (index >= count) return { ok: false, error: `part ${index} of ${count}` };
  const payload = bytes.subarray(SONG_PART_HEADER_BYTES);
  if (payload.byteLength > SONG_PART_BYTES) return { ok: false, error: 'part too long' };
  if (index < count - 1 && payload.byteLength !== SONG_PART_BYTES)
    return { ok: false, error: 'only the last part may be short' };
  return { ok: true, part: { index, count, replace: (flags & FLAG_REPLACE) !== 0, payload } };
}

/** A song update as the room sends it on: a flags byte (FLAG_REPLACE), then the whole update. */
export function encodeSongMessage(update: Uint8Array, replace: boolean): Uint8Array {
  const message = new Uint8Array(1 + update.byteLength);
  message[0] = replace ? FLAG_REPLACE : 0;
  message.set(update, 1);
  return message;
}

export function decodeSongMessage(
  bytes: Uint8Array,
): { ok: true; update: Uint8Array; replace: boolean } | { ok: false; error: string } {
  const flags = bytes[0];
  if (flags === undefined || (flags & ~FLAG_REPLACE) !== 0) return { ok: false, error: 'not a song message' };
  return { ok: true, update: bytes.subarray(1), replace: (flags & FLAG_REPLACE) !== 0 };
}

/** Puts parts, in order, back into updates; a part out of order starts over. */
export class SongPartJoiner {
  private parts: Uint8Array[] = [];
  private expected = 0;

  /** The whole update when `part` completes one, else null; an error when it does not follow the last. */
  add(part: SongPart): { update: Uint8Array; replace: boolean } | { error: string } | null {
    if (part.index === 0) this.parts = [];
    else if (part.index !== this.parts.length || part.count !== this.expected) {
      this.parts = [];
      return { error: `song part ${part.index} of ${part.count} out of order` };
    }
    this.expected = part.count;
    this.parts.push(part.payload.slice());
    if (this.parts.length < part.count) return null;
    const update = new Uint8Array(this.parts.reduce((sum, p) => sum + p.byteLength, 0));
    let at = 0;
    for (const p of this.parts) {
      update.set(p, at);
      at += p.byteLength;
    }
    this.parts = [];
    return { update, replace: part.replace };
  }
}

const id = z.string().min(1).max(64);
const beat = z.number().finite().min(0).max(1_000_000);

/** The shared clock's readings: the venue's wall clock, ms since 1970, finite and plausible. */
const sharedTime = z.number().finite().min(0).max(1e14);

/** A clip playing on a track in the session view (studio-tools/daw core/playback.ts's `Playing`). */
const playingSchema = z.object({ clip: id, launchedAt: beat, stopAt: beat.nullable() });

/**
 * The performer's transport: what plays (the session view's launched clips, or the arrangement), and the
 * shared-clock time of beat 0 at the tempo given; `stopped` plays nothing. `since`: the shared-clock time the
 * performer made the change (a stop, a tempo change), for listeners to make it at the same point of the music.
 */
export const transportMessageSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('stopped'), since: sharedTime.optional() }),
  z.object({
    mode: z.enum(['session', 'arrangement']),
    since: sharedTime.optional(),
    origin: sharedTime,
    tempo: z.number().finite().min(20).max(300),
    session: z.object({
      playing: z.record(id, z.array(playingSchema).max(16)).refine((r) => Object.keys(r).length <= 64, {
        message: 'at most 64 tracks',
      }),
    }),
  }),
]);
export type TransportMessage = z.infer<typeof transportMessageSchema>;

/** A note the performer played by hand (a keyboard, MIDI or a pad): on `track`, at shared time `at`. */
export const liveNoteMessageSchema = z.object({
  track: id,
  pitch: z.number().int().min(0).max(127),
  velocity: z.number().finite().min(0).max(1),
  at: sharedTime,
  /** Seconds. */
  duration: z.number().finite().min(0.01).max(10),
});
export type LiveNoteMessage = z.infer<typeof liveNoteMessageSchema>;

/** A reading of the shared clock asked for: the asker's own time, sent back with the room's answer. */
export const clockMessageSchema = z.object({ sent: z.number().finite() });
/** The room's answer: the asker's `sent`, and the shared clock's time when the room read it. */
export const clockReplySchema = z.object({ sent: z.number().finite(), at: sharedTime });
export type ClockReply = z.infer<typeof clockReplySchema>;
