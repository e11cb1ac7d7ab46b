// Checks a song's saved state before it is kept: it must be a Yjs update that a document takes, and the
// document must hold a song (its settings, with a tempo). A damaged or foreign file is refused with a message
// and nothing is stored. Pure.
import * as Y from 'yjs';
import { MAX_SONG_BYTES } from '../contract/music.ts';

const NOT_A_SONG = 'That is not a song the DAW saved: its data is damaged or from something else.';

/** The state's bytes, or the reason they are not a song. */
export function readSongState(base64: string): { bytes: Uint8Array } | { refusal: string } {
  const bytes = Uint8Array.from(Buffer.from(base64, 'base64'));
  if (bytes.byteLength === 0) return { refusal: 'The song is empty.' };
  if (bytes.byteLength > MAX_SONG_BYTES) {
    const size = Math.ceil(bytes.byteLength / 1024);
    return { refusal: `A song is at most ${MAX_SONG_BYTES / 1024} KB; this one is ${size} KB.` };
  }
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, bytes);
    return typeof doc.getMap('song').get('tempo') === 'number' ? { bytes } : { refusal: NOT_A_SONG };
  } catch {
    return { refusal: NOT_A_SONG };
  } finally {
    doc.destroy();
  }
}
