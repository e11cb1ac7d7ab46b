import { describe, expect, it } from 'vitest';

import { applyOperation } from '../core/apply.ts';
import { createProjectDoc, readProject } from '../core/doc.ts';
import { newClip, nextTrack, nudgeTempo, toggleNote } from './edits.ts';

describe('what a click does to the song', () => {
  it('adds tracks drums first, then bass, poly, FM and sampler, numbering repeats', () => {
    const doc = createProjectDoc();
    const names: string[] = [];
    for (let i = 0; i < 6; i++) {
      const op = nextTrack(readProject(doc), `t${i}`);
      applyOperation(doc, op);
      names.push(`${readProject(doc).tracks[i]!.instrument.type}:${readProject(doc).tracks[i]!.name}`);
    }
    expect(names).toEqual([
      'drums:Drum kit',
      'bass:Mono bass',
      'poly:Poly synth',
      'fm:FM synth',
      'sampler:Sampler',
      'drums:Drum kit 2',
    ]);
  });

  it('makes a one-bar clip on drums and a two-bar clip elsewhere, and toggles notes in it', () => {
    const doc = createProjectDoc();
    applyOperation(doc, nextTrack(readProject(doc), 'd'));
    applyOperation(doc, nextTrack(readProject(doc), 'b'));
    const [drums, bass] = readProject(doc).tracks;
    applyOperation(doc, newClip(drums!, 's1', 'c1', 1));
    applyOperation(doc, newClip(bass!, 's1', 'c2', 1));
    expect(readProject(doc).tracks.map((t) => t.clips[0]?.length)).toEqual([4, 8]);
    applyOperation(doc, toggleNote(drums!, 'c1', { pitch: 36, beat: 1.25, note: null }, 'n1'));
    applyOperation(doc, toggleNote(bass!, 'c2', { pitch: 40, beat: 2, note: null }, 'n2'));
    const [d, b] = readProject(doc).tracks;
    expect(d!.clips[0]!.notes[0]).toMatchObject({ pitch: 36, start: 1.25, duration: 0.25 });
    expect(b!.clips[0]!.notes[0]).toMatchObject({ pitch: 40, start: 2, duration: 1 });
    applyOperation(doc, toggleNote(drums!, 'c1', { pitch: 36, beat: 1.25, note: 'n1' }, 'unused'));
    expect(readProject(doc).tracks[0]!.clips[0]!.notes).toEqual([]);
  });

  it('nudges the tempo within its range', () => {
    const doc = createProjectDoc({ tempo: 298 });
    applyOperation(doc, nudgeTempo(readProject(doc), 5));
    expect(readProject(doc).song.tempo).toBe(300);
    applyOperation(doc, nudgeTempo(readProject(doc), -5));
    expect(readProject(doc).song.tempo).toBe(295);
  });
});
