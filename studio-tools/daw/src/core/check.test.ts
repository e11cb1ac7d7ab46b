import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';

import { projectProblem } from './check.ts';
import { demoSongDoc } from './demo-song.ts';
import { createProjectDoc, readProject, roots } from './doc.ts';

const demo = () => demoSongDoc(8);

describe('a song from elsewhere', () => {
  it('passes when the DAW made it', () => {
    expect(projectProblem(readProject(demo()))).toBeNull();
    expect(projectProblem(readProject(createProjectDoc()))).toBeNull();
  });

  it('is refused, saying where, when a field was written out of range behind the editor', () => {
    const doc = demo();
    roots(doc).song.set('tempo', 5000);
    expect(projectProblem(readProject(doc))).toMatch(/^song\.tempo: /);
  });

  it('is refused with an instrument the DAW does not have', () => {
    const doc = demo();
    const [, track] = [...roots(doc).tracks.entries()][0] as [string, Y.Map<unknown>];
    (track.get('instrument') as Y.Map<unknown>).set('type', 'theremin');
    expect(projectProblem(readProject(doc))).toMatch(/^tracks\.\d+\.instrument\.type: /);
  });

  it('is refused with a note out of the keyboard', () => {
    const doc = demo();
    const [, track] = [...roots(doc).tracks.entries()][0] as [string, Y.Map<unknown>];
    const [, clip] = [...(track.get('clips') as Y.Map<Y.Map<unknown>>).entries()][0]!;
    const [, note] = [...(clip.get('notes') as Y.Map<Y.Map<unknown>>).entries()][0]!;
    note.set('pitch', 300);
    expect(projectProblem(readProject(doc))).toMatch(/pitch/);
  });
});
