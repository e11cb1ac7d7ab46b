import { encodeSongParts } from '@prostudio/protocol';
import { applyOperation, createProjectDoc, demoSongDoc, readProject } from '@prostudio/studio-tools/daw';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LiveSong, type SongVerdict } from './live-song.ts';

function sendWhole(song: LiveSong, sender: string, update: Uint8Array, replace = false): SongVerdict | null {
  let verdict: SongVerdict | null = null;
  for (const part of encodeSongParts(update, replace)) verdict = song.acceptPart(sender, part);
  return verdict;
}

/** The performer's song, and the updates its edits make from now on. */
function performer() {
  const doc = demoSongDoc(16);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, updates };
}

function replica(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

describe("a live set's song in the room", () => {
  it('takes the whole song in parts and then each edit, and gives a newcomer the song as it is', () => {
    const song = new LiveSong();
    const { doc, updates } = performer();
    const whole = Y.encodeStateAsUpdate(doc);
    expect(whole.byteLength).toBeGreaterThan(12 * 1024); // several parts
    expect(sendWhole(song, 'p', whole)).toEqual({ update: whole, replace: false });
    applyOperation(doc, { op: 'song', tempo: 96 });
    expect(sendWhole(song, 'p', updates[0]!)).toHaveProperty('update');
    expect(readProject(replica(song.state()))).toEqual(readProject(doc));
  });

  it('refuses a damaged update, saying so, and keeps the song as it was', () => {
    const song = new LiveSong();
    const { doc } = performer();
    sendWhole(song, 'p', Y.encodeStateAsUpdate(doc));
    const before = readProject(replica(song.state()));
    const verdict = sendWhole(song, 'p', Uint8Array.of(1, 2, 3, 250, 251, 9, 9, 9));
    expect(verdict).toEqual({ refusal: expect.stringMatching(/damaged/) });
    expect(song.acceptPart('p', Uint8Array.of(9))).toEqual({ refusal: expect.stringMatching(/damaged/) });
    expect(readProject(replica(song.state()))).toEqual(before);
  });

  it('refuses an edit that leaves a song the DAW cannot play, and takes the next good one', () => {
    const song = new LiveSong();
    const { doc, updates } = performer();
    sendWhole(song, 'p', Y.encodeStateAsUpdate(doc));
    doc.getMap('song').set('tempo', 5000);
    expect(sendWhole(song, 'p', updates[0]!)).toEqual({ refusal: expect.stringMatching(/song\.tempo/) });
    expect(readProject(replica(song.state())).song.tempo).not.toBe(5000);
    // Edits that build on the refused one would wait for it for ever; a page opened afresh from the room's
    // song (the performer reloading) edits it again.
    const reloaded = replica(song.state());
    const edits: Uint8Array[] = [];
    reloaded.on('update', (update: Uint8Array) => edits.push(update));
    applyOperation(reloaded, { op: 'song', tempo: 100 });
    expect(sendWhole(song, 'p', edits[0]!)).toHaveProperty('update');
    expect(readProject(replica(song.state())).song.tempo).toBe(100);
  });

  it('takes a new song in place of the last, and refuses a new song it cannot play, keeping the last', () => {
    const song = new LiveSong();
    const { doc } = performer();
    sendWhole(song, 'p', Y.encodeStateAsUpdate(doc));
    const next = createProjectDoc({ name: 'Next', tempo: 140 });
    expect(sendWhole(song, 'p', Y.encodeStateAsUpdate(next), true)).toHaveProperty('replace', true);
    expect(readProject(replica(song.state()))).toEqual(readProject(next));
    const broken = createProjectDoc({ name: 'Broken' });
    broken.getMap('song').set('beatsPerBar', 0);
    expect(sendWhole(song, 'p', Y.encodeStateAsUpdate(broken), true)).toHaveProperty('refusal');
    expect(readProject(replica(song.state()))).toEqual(readProject(next));
  });
});
