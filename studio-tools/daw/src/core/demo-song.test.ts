import { describe, expect, it } from 'vitest';

import { applyOperation } from './apply.ts';
import { createProjectDoc, readProject } from './doc.ts';
import { demoSongOperations } from './demo-song.ts';
import { arrangementEvents, arrangementLength } from './playback.ts';
import { detectKey } from './theory.ts';

describe('the demo song', () => {
  const doc = createProjectDoc();
  for (const op of demoSongOperations(64)) applyOperation(doc, op);
  const song = readProject(doc);

  it('has sixteen tracks laid out over 64 bars', () => {
    expect(song.tracks).toHaveLength(16);
    expect(arrangementLength(song)).toBe(256);
    for (const track of song.tracks)
      expect(track.placements.at(-1)).toMatchObject({ start: 240, length: 16 });
  });

  it('is in C major, and plays in every bar', () => {
    const notes = song.tracks.filter((t) => t.instrument.type !== 'drums').flatMap((t) => t.clips[0]!.notes);
    expect(detectKey(notes)?.name).toBe('C major');
    for (let bar = 0; bar < 64; bar++)
      expect(arrangementEvents(song, bar * 4, bar * 4 + 4).length).toBeGreaterThan(20);
  });
});
