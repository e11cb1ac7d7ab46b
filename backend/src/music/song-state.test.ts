import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readSongState } from './song-state.ts';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function song(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('song').set('tempo', 120);
  doc.getMap('tracks').set('t', new Y.Map());
  return Y.encodeStateAsUpdate(doc);
}

describe('a saved song’s state', () => {
  it('takes a song the DAW saved', () => {
    const state = song();
    expect(readSongState(base64(state))).toEqual({ bytes: state });
  });

  it('refuses damaged data, another Yjs document and an empty file, saying so', () => {
    const truncated = song().slice(0, 9);
    expect(readSongState(base64(truncated))).toMatchObject({
      refusal: expect.stringContaining('not a song'),
    });
    const other = new Y.Doc();
    other.getText('notes').insert(0, 'hello');
    expect(readSongState(base64(Y.encodeStateAsUpdate(other)))).toMatchObject({
      refusal: expect.stringContaining('not a song'),
    });
    expect(readSongState('')).toEqual({ refusal: 'The song is empty.' });
    expect(readSongState(base64(new Uint8Array(800 * 1024)))).toMatchObject({
      refusal: expect.stringContaining('at most 700 KB'),
    });
  });
});
