// Every edit to a song, as plain data: what the editor makes, undo records and the room carries. The schema
// is the boundary check for edits from elsewhere (another person's page, a saved file): anything that does
// not parse is refused with a message saying what is wrong, before it touches the song.
import { z } from 'zod';

import {
  CLIP_LENGTH_RANGE,
  MAX_SWING,
  PITCH_RANGE,
  SAMPLE_LIMITS,
  SONG_BEATS,
  TEMPO_RANGE,
  VOLUME_RANGE,
} from './project.ts';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'an id is 1 to 40 letters, digits, "-" or "_"');
const name = z.string().trim().min(1).max(80);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');
const finite = z.number().finite();
const volume = finite.min(VOLUME_RANGE.min).max(VOLUME_RANGE.max);
const beats = finite.min(0).max(SONG_BEATS);
const clipLength = finite.min(CLIP_LENGTH_RANGE.min).max(CLIP_LENGTH_RANGE.max);

export const NoteSchema = z.object({
  id,
  pitch: z.number().int().min(PITCH_RANGE.min).max(PITCH_RANGE.max),
  start: finite.min(0).max(CLIP_LENGTH_RANGE.max),
  duration: finite.min(1 / 64).max(CLIP_LENGTH_RANGE.max),
  velocity: finite.min(0).max(1),
});

const NoteChangeSchema = NoteSchema.partial().required({ id: true });

/** A parameter's address: "instrument.<param>", "fx.<effect id>.<param>", or "mixer.volume|pan|sendA|sendB". */
export const AddressSchema = z
  .string()
  .regex(
    /^(instrument\.[A-Za-z]{1,30}|fx\.[A-Za-z0-9_-]{1,40}\.[A-Za-z]{1,30}|mixer\.(volume|pan|sendA|sendB))$/,
    'an address is instrument.<param>, fx.<effect>.<param> or mixer.<volume|pan|sendA|sendB>',
  );

const PointSchema = z.object({ id, time: finite.min(0).max(CLIP_LENGTH_RANGE.max), value: finite });

const track = { track: id };
const inClip = { track: id, clip: id };

export const OperationSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('song'),
    name: name.optional(),
    tempo: finite.min(TEMPO_RANGE.min).max(TEMPO_RANGE.max).optional(),
    swing: finite.min(0).max(MAX_SWING).optional(),
    beatsPerBar: z.number().int().min(1).max(16).optional(),
    beatUnit: z.union([z.literal(2), z.literal(4), z.literal(8), z.literal(16)]).optional(),
    masterVolume: volume.optional(),
  }),
  z.object({
    op: z.literal('addTrack'),
    id,
    name,
    color,
    instrument: z.string().min(1).max(30),
    /** The track it goes before; null or absent: last. */
    before: id.nullable().optional(),
  }),
  z.object({ op: z.literal('removeTrack'), ...track }),
  z.object({ op: z.literal('setTrack'), ...track, name: name.optional(), color: color.optional() }),
  z.object({ op: z.literal('moveTrack'), ...track, before: id.nullable() }),
  z.object({
    op: z.literal('mixer'),
    ...track,
    volume: volume.optional(),
    pan: finite.min(-1).max(1).optional(),
    mute: z.boolean().optional(),
    solo: z.boolean().optional(),
    sendA: volume.optional(),
    sendB: volume.optional(),
  }),
  z.object({ op: z.literal('instrument'), ...track, type: z.string().min(1).max(30) }),
  z.object({
    op: z.literal('sample'),
    ...track,
    /** The sampler's own sound (16-bit mono, base64), or null for its built-in pluck. */
    sample: z
      .object({
        name,
        sampleRate: z.number().int().min(SAMPLE_LIMITS.minRate).max(SAMPLE_LIMITS.maxRate),
        pcm: z
          .string()
          .max(Math.ceil((SAMPLE_LIMITS.bytes * 4) / 3) + 4, 'a sample is at most 240 kB of sound'),
      })
      .nullable(),
  }),
  z.object({ op: z.literal('param'), ...track, address: AddressSchema, value: finite }),
  z.object({
    op: z.literal('addEffect'),
    ...track,
    id,
    type: z.string().min(1).max(30),
    before: id.nullable().optional(),
  }),
  z.object({ op: z.literal('removeEffect'), ...track, effect: id }),
  z.object({ op: z.literal('moveEffect'), ...track, effect: id, before: id.nullable() }),
  z.object({ op: z.literal('addScene'), id, name, before: id.nullable().optional() }),
  z.object({ op: z.literal('setScene'), scene: id, name }),
  z.object({ op: z.literal('removeScene'), scene: id }),
  z.object({
    op: z.literal('addClip'),
    ...track,
    id,
    name,
    length: clipLength,
    scene: id.nullable(),
    notes: z.array(NoteSchema).max(4096).optional(),
  }),
  z.object({
    op: z.literal('setClip'),
    ...inClip,
    name: name.optional(),
    length: clipLength.optional(),
    scene: id.nullable().optional(),
  }),
  z.object({ op: z.literal('removeClip'), ...inClip }),
  z.object({ op: z.literal('addNotes'), ...inClip, notes: z.array(NoteSchema).min(1).max(4096) }),
  z.object({ op: z.literal('setNotes'), ...inClip, notes: z.array(NoteChangeSchema).min(1).max(4096) }),
  z.object({ op: z.literal('removeNotes'), ...inClip, ids: z.array(id).min(1).max(4096) }),
  z.object({
    op: z.literal('automation'),
    ...inClip,
    address: AddressSchema,
    set: z.array(PointSchema).max(1024).optional(),
    remove: z.array(id).max(1024).optional(),
  }),
  z.object({ op: z.literal('place'), ...track, id, clip: id, start: beats, length: clipLength }),
  z.object({
    op: z.literal('setPlacement'),
    ...track,
    placement: id,
    start: beats.optional(),
    length: clipLength.optional(),
  }),
  z.object({ op: z.literal('unplace'), ...track, placement: id }),
  z.object({
    op: z.literal('bus'),
    bus: z.enum(['A', 'B']),
    volume: volume.optional(),
    type: z.string().min(1).max(30).optional(),
    param: z
      .string()
      .regex(/^[A-Za-z]{1,30}$/)
      .optional(),
    value: finite.optional(),
  }),
]);

export type Operation = z.infer<typeof OperationSchema>;
export type NoteChange = z.infer<typeof NoteChangeSchema>;

/** Why an edit was refused: its text is meant for the person who made it. */
export class DawError extends Error {
  override name = 'DawError';
}

/** `input` as an operation, or a DawError saying what is wrong with it. */
export function parseOperation(input: unknown): Operation {
  const parsed = OperationSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
  throw new DawError(`That edit is malformed${where}: ${issue?.message ?? 'unknown problem'}.`);
}
