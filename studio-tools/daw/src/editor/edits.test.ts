import { describe, expect, it } from 'vitest';

import { applyOperation } from '../core/apply.ts';
import { createProjectDoc, readProject } from '../core/doc.ts';
import { newClip, nextTrack, nudgeTempo, placeClip, toggleNote } from './edits.ts';
import { exportedSong } from './export-song.ts';

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

  it('places the chosen clip (else the first in scene order) from the start of the bar clicked', () => {
    const doc = createProjectDoc();
    applyOperation(doc, nextTrack(readProject(doc), 'd'));
    applyOperation(doc, nextTrack(readProject(doc), 'b'));
    applyOperation(doc, { op: 'addClip', track: 'd', id: 'z', name: 'Late', length: 4, scene: 's2' });
    applyOperation(doc, { op: 'addClip', track: 'd', id: 'a', name: 'Early', length: 8, scene: 's1' });
    const project = readProject(doc);
    const [drums, bass] = project.tracks;
    expect(placeClip(project, drums!, 6.5, null, 'p')).toEqual({
      op: 'place',
      track: 'd',
      id: 'p',
      clip: 'a',
      start: 4,
      length: 8,
    });
    expect(placeClip(project, drums!, 1, 'z', 'p')).toMatchObject({ clip: 'z', start: 0, length: 4 });
    // Nothing to place on a track without clips.
    expect(placeClip(project, bass!, 0, null, 'p')).toBeNull();
  });
});

describe('what is exported', () => {
  it('is the arrangement when anything is placed, else the first scene once, for its longest clip', () => {
    const doc = createProjectDoc();
    applyOperation(doc, nextTrack(readProject(doc), 'd'));
    applyOperation(doc, nextTrack(readProject(doc), 'b'));
    applyOperation(doc, { op: 'addClip', track: 'd', id: 'beat', name: 'Beat', length: 4, scene: 's1' });
    applyOperation(doc, { op: 'addClip', track: 'b', id: 'line', name: 'Line', length: 8, scene: 's1' });
    applyOperation(doc, { op: 'addClip', track: 'b', id: 'other', name: 'Other', length: 8, scene: 's2' });
    const sessionOnly = exportedSong(readProject(doc));
    expect(sessionOnly.tracks.map((t) => t.placements.map((p) => [p.clip, p.start, p.length]))).toEqual([
      [['beat', 0, 8]],
      [['line', 0, 8]],
    ]);
    applyOperation(doc, { op: 'place', track: 'b', id: 'p', clip: 'other', start: 4, length: 8 });
    const arranged = readProject(doc);
    expect(exportedSong(arranged)).toBe(arranged);
  });
});
