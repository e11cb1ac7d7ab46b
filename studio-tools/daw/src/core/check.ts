// Whether a song, read from a document someone else sent (a live set's performer, a classmate, a file), is
// one the DAW can play: every number in its range, every count within the limits, every device known. The
// document itself may hold anything (Yjs takes every update that decodes); this is the check that stands
// between it and the engine. Pure.
import type * as Y from 'yjs';
import { z } from 'zod';

import { deviceSpec } from './devices.ts';
import { readProject } from './doc.ts';
import { NoteSchema } from './operations.ts';
import {
  CLIP_LENGTH_RANGE,
  LIMITS,
  MAX_SWING,
  SAMPLE_LIMITS,
  SONG_BEATS,
  TEMPO_RANGE,
  VOLUME_RANGE,
  type Project,
} from './project.ts';

const finite = z.number().finite();
const volume = finite.min(VOLUME_RANGE.min).max(VOLUME_RANGE.max);
const clipLength = finite.min(CLIP_LENGTH_RANGE.min).max(CLIP_LENGTH_RANGE.max);
const device = z.object({
  type: z.string().refine((type) => deviceSpec(type) !== undefined, 'an instrument or effect the DAW has'),
});

const ProjectSchema = z.object({
  song: z.object({
    tempo: finite.min(TEMPO_RANGE.min).max(TEMPO_RANGE.max),
    swing: finite.min(0).max(MAX_SWING),
    beatsPerBar: z.number().int().min(1).max(16),
    beatUnit: z.union([z.literal(2), z.literal(4), z.literal(8), z.literal(16)]),
    masterVolume: volume,
  }),
  tracks: z
    .array(
      z.object({
        instrument: device,
        effects: z.array(device).max(LIMITS.effects),
        mixer: z.object({ volume, pan: finite.min(-1).max(1), sendA: volume, sendB: volume }),
        clips: z
          .array(
            z.object({
              length: clipLength,
              notes: z.array(NoteSchema.omit({ id: true })).max(LIMITS.notesPerClip),
            }),
          )
          .max(LIMITS.clipsPerTrack),
        placements: z
          .array(z.object({ start: finite.min(0).max(SONG_BEATS), length: clipLength }))
          .max(LIMITS.clipsPerTrack),
        sample: z
          .object({
            sampleRate: z.number().int().min(SAMPLE_LIMITS.minRate).max(SAMPLE_LIMITS.maxRate),
            pcm: z.instanceof(Int16Array).refine((pcm) => pcm.byteLength <= SAMPLE_LIMITS.bytes, 'too long'),
          })
          .optional(),
      }),
    )
    .max(LIMITS.tracks),
  scenes: z.array(z.object({})).max(LIMITS.scenes),
  buses: z.array(z.object({ effect: device, volume })),
});

/** What is wrong with `project`, in words (the first thing found), or null when the DAW can play it. */
export function projectProblem(project: Project): string | null {
  const result = ProjectSchema.safeParse(project);
  if (result.success) return null;
  const issue = result.error.issues[0];
  return issue ? `${issue.path.join('.')}: ${issue.message}` : 'not a song';
}

/** What is wrong with the song `doc` holds, or null when the DAW can play it. */
export function documentProblem(doc: Y.Doc): string | null {
  return projectProblem(readProject(doc));
}
