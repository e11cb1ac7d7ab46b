import { describe, expect, it } from 'vitest';

import { applyOperation } from './apply.ts';
import { createProjectDoc, readProject } from './doc.ts';
import {
  arrangementEvents,
  arrangementLength,
  EMPTY_SESSION,
  launchClip,
  launchScene,
  sessionEvents,
  stopTrack,
} from './playback.ts';

/** A song with a drum clip (kick on every beat) in scene 1 and a bass clip in each scene. */
function project() {
  const doc = createProjectDoc({ tempo: 120 });
  const note = (id: string, pitch: number, start: number, duration = 0.5) => ({
    id,
    pitch,
    start,
    duration,
    velocity: 1,
  });
  applyOperation(doc, { op: 'addTrack', id: 'drums', name: 'Drums', color: '#000000', instrument: 'drums' });
  applyOperation(doc, { op: 'addTrack', id: 'bass', name: 'Bass', color: '#000000', instrument: 'bass' });
  applyOperation(doc, {
    op: 'addClip',
    track: 'drums',
    id: 'beat',
    name: 'Beat',
    length: 4,
    scene: 's1',
    notes: [0, 1, 2, 3].map((b) => note(`k${b}`, 36, b)),
  });
  applyOperation(doc, {
    op: 'addClip',
    track: 'bass',
    id: 'low',
    name: 'Low',
    length: 8,
    scene: 's1',
    notes: [note('a', 40, 0, 4), note('b', 43, 4, 4)],
  });
  applyOperation(doc, {
    op: 'addClip',
    track: 'bass',
    id: 'high',
    name: 'High',
    length: 4,
    scene: 's2',
    notes: [note('c', 52, 0, 2)],
  });
  return readProject(doc);
}

const described = (events: ReturnType<typeof sessionEvents>) =>
  events.map((e) => `${e.track}:${e.pitch}@${e.beat}`);

describe('the session view', () => {
  const song = project();

  it('starts a launched clip on the next bar line and loops it', () => {
    const state = launchClip(EMPTY_SESSION, 'drums', 'beat', 1.5, song.song);
    expect(described(sessionEvents(song, state, 0, 4))).toEqual([]);
    expect(described(sessionEvents(song, state, 4, 10))).toEqual([
      'drums:36@4',
      'drums:36@5',
      'drums:36@6',
      'drums:36@7',
      'drums:36@8',
      'drums:36@9',
    ]);
  });

  it('lets the playing clip run to the bar line where the next one takes over', () => {
    let state = launchClip(EMPTY_SESSION, 'bass', 'low', 0, song.song);
    state = launchClip(state, 'bass', 'high', 5, song.song);
    expect(described(sessionEvents(song, state, 0, 12))).toEqual(['bass:40@0', 'bass:43@4', 'bass:52@8']);
  });

  it('launches a scene on every track, and stops a track at the next bar', () => {
    let state = launchScene(EMPTY_SESSION, song, 's1', 0);
    state = launchScene(state, song, 's2', 2);
    expect(described(sessionEvents(song, state, 0, 8))).toEqual([
      'bass:40@0',
      'drums:36@0',
      'drums:36@1',
      'drums:36@2',
      'drums:36@3',
      'bass:52@4',
    ]);
    state = stopTrack(state, 'bass', 6, song.song);
    expect(described(sessionEvents(song, state, 8, 16))).toEqual([]);
  });

  it('forgets a launch queued for later when the track is stopped first', () => {
    let state = launchClip(EMPTY_SESSION, 'drums', 'beat', 0.5, song.song);
    state = stopTrack(state, 'drums', 1, song.song);
    expect(sessionEvents(song, state, 0, 16)).toEqual([]);
  });
});

describe('the arrangement', () => {
  it('loops each placed clip over its length and cuts notes at its end', () => {
    const doc = createProjectDoc();
    applyOperation(doc, { op: 'addTrack', id: 'bass', name: 'Bass', color: '#000000', instrument: 'bass' });
    applyOperation(doc, {
      op: 'addClip',
      track: 'bass',
      id: 'c',
      name: 'C',
      length: 2,
      scene: null,
      notes: [{ id: 'n', pitch: 40, start: 1, duration: 2, velocity: 1 }],
    });
    applyOperation(doc, { op: 'place', track: 'bass', id: 'p', clip: 'c', start: 8, length: 4 });
    const song = readProject(doc);
    expect(arrangementLength(song)).toBe(12);
    const events = arrangementEvents(song, 0, 16);
    expect(events.map((e) => [e.beat, e.duration])).toEqual([
      [9, 2],
      [11, 1],
    ]);
    expect(arrangementEvents(song, 10, 11)).toEqual([]);
  });
});
