// Songs made in the DAW, as the studio's Music tab keeps and opens them; every reply checked against the
// shared contract. A song travels as its Yjs document, base64.
import { songSchema, songSummarySchema, type Song, type SongSummary } from '@prostudio/backend/contract';
import { base64ToBytes } from '@prostudio/studio-tools/daw';
import * as Y from 'yjs';
import { z } from 'zod';
import { callAsMember as call } from './api.ts';

export const fetchSongs = (): Promise<SongSummary[]> => call('/api/songs', z.array(songSummarySchema));
export const fetchSong = (id: string): Promise<Song> => call(`/api/songs/${id}`, songSchema);
export const createSong = (name: string, state: string): Promise<SongSummary> =>
  call('/api/songs', songSummarySchema, 'POST', { name, state });
export const saveSong = (id: string, name: string, state: string, version: number): Promise<SongSummary> =>
  call(`/api/songs/${id}`, songSummarySchema, 'PUT', { name, state, version });
export const deleteSong = (id: string): Promise<unknown> => call(`/api/songs/${id}`, z.unknown(), 'DELETE');

/** Bytes as base64 and back (a song's state on its way to and from the API). */
export { base64ToBytes as fromBase64, bytesToBase64 as toBase64 } from '@prostudio/studio-tools/daw';

/** A saved song opened: its document, with its id and version. */
export async function openSong(id: string): Promise<{ doc: Y.Doc; id: string; version: number }> {
  const song = await fetchSong(id);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base64ToBytes(song.state));
  return { doc, id: song.id, version: song.version };
}
