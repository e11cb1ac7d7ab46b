// Songs made in the DAW: saved whole as their Yjs document (base64 in JSON), with a version for saves made
// from an older copy.
import { z } from 'zod';

/** The largest song state, bytes: its base64 must fit the API's 1 MiB request body. */
export const MAX_SONG_BYTES = 700 * 1024;

export const songSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  bytes: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type SongSummary = z.infer<typeof songSummarySchema>;

export const songSchema = songSummarySchema.extend({
  /** The song's Yjs document (Y.encodeStateAsUpdate), base64. */
  state: z.string(),
});
export type Song = z.infer<typeof songSchema>;

const state = z
  .string()
  .min(1, 'the song is empty')
  .max(Math.ceil((MAX_SONG_BYTES * 4) / 3) + 4, `a song is at most ${MAX_SONG_BYTES / 1024} KB`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the song must be base64');

export const newSongSchema = z.object({ name: z.string().trim().min(1).max(80), state });
export type NewSong = z.infer<typeof newSongSchema>;

export const savedSongSchema = newSongSchema.extend({
  /** The version the save was made from: refused if the song has been saved since. */
  version: z.number().int().min(1),
});
export type SavedSong = z.infer<typeof savedSongSchema>;
