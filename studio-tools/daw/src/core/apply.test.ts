import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';

import { applyOperation } from './apply.ts';
import { createProjectDoc, readProject } from './doc.ts';
import { DawError, parseOperation, type Operation } from './operations.ts';

function song(): Y.Doc {
  const doc = createProjectDoc({ name: 'Test' });
  const ops: Operation[] = [
    { op: 'addTrack', id: 'drums', name: 'Drums', color: '#ff0000', instrument: 'drums' },
    { op: 'addTrack', id: 'bass', name: 'Bass', color: '#00ff00', instrument: 'bass' },
    {
      op: 'addClip',
      track: 'bass',
      id: 'riff',
      name: 'Riff',
      length: 4,
      scene: 's1',
      notes: [
        { id: 'n1', pitch: 36, start: 0, duration: 0.5, velocity: 0.9 },
        { id: 'n2', pitch: 43, start: 1, duration: 0.5, velocity: 0.7 },
      ],
    },
  ];
  for (const op of ops) applyOperation(doc, op);
  return doc;
}

const apply = (doc: Y.Doc, input: unknown) => applyOperation(doc, parseOperation(input));

describe('editing a song', () => {
  it('starts with the song settings, two scenes and a reverb and a delay bus', () => {
    const project = readProject(createProjectDoc({ tempo: 96 }));
    expect(project.song).toMatchObject({ tempo: 96, beatsPerBar: 4, beatUnit: 4, swing: 0 });
    expect(project.scenes.map((scene) => scene.name)).toEqual(['Scene 1', 'Scene 2']);
    expect(project.buses.map((bus) => bus.effect.type)).toEqual(['reverb', 'delay']);
    expect(project.tracks).toEqual([]);
  });

  it('adds tracks in order, each with its instrument at its defaults and a neutral mixer', () => {
    const project = readProject(song());
    expect(project.tracks.map((track) => track.name)).toEqual(['Drums', 'Bass']);
    const bass = project.tracks[1]!;
    expect(bass.instrument.type).toBe('bass');
    expect(bass.instrument.params).toMatchObject({ cutoff: 600, wave: 3 });
    expect(bass.mixer).toEqual({ volume: 0, pan: 0, mute: false, solo: false, sendA: -60, sendB: -60 });
  });

  it('moves a track before another and to the end', () => {
    const doc = song();
    apply(doc, { op: 'addTrack', id: 'keys', name: 'Keys', color: '#0000ff', instrument: 'poly' });
    apply(doc, { op: 'moveTrack', track: 'keys', before: 'drums' });
    expect(readProject(doc).tracks.map((t) => t.id)).toEqual(['keys', 'drums', 'bass']);
    apply(doc, { op: 'moveTrack', track: 'drums', before: 'bass' });
    expect(readProject(doc).tracks.map((t) => t.id)).toEqual(['keys', 'drums', 'bass']);
    apply(doc, { op: 'moveTrack', track: 'keys', before: null });
    expect(readProject(doc).tracks.map((t) => t.id)).toEqual(['drums', 'bass', 'keys']);
    apply(doc, { op: 'moveTrack', track: 'keys', before: 'bass' });
    expect(readProject(doc).tracks.map((t) => t.id)).toEqual(['drums', 'keys', 'bass']);
  });

  it('adds, moves, resizes and removes notes, which read back sorted by time', () => {
    const doc = song();
    apply(doc, {
      op: 'addNotes',
      track: 'bass',
      clip: 'riff',
      notes: [{ id: 'n0', pitch: 40, start: 0.5, duration: 0.25, velocity: 1 }],
    });
    apply(doc, { op: 'setNotes', track: 'bass', clip: 'riff', notes: [{ id: 'n2', start: 2, duration: 1 }] });
    apply(doc, { op: 'removeNotes', track: 'bass', clip: 'riff', ids: ['n1'] });
    const clip = readProject(doc).tracks[1]!.clips[0]!;
    expect(clip.notes).toEqual([
      { id: 'n0', pitch: 40, start: 0.5, duration: 0.25, velocity: 1 },
      { id: 'n2', pitch: 43, start: 2, duration: 1, velocity: 0.7 },
    ]);
  });

  it('sets instrument and effect parameters, bringing them into range', () => {
    const doc = song();
    apply(doc, { op: 'addEffect', track: 'bass', id: 'fx1', type: 'filter' });
    apply(doc, { op: 'addEffect', track: 'bass', id: 'fx0', type: 'compressor', before: 'fx1' });
    apply(doc, { op: 'param', track: 'bass', address: 'instrument.cutoff', value: 99_999 });
    apply(doc, { op: 'param', track: 'bass', address: 'fx.fx1.shape', value: 1.4 });
    const bass = readProject(doc).tracks[1]!;
    expect(bass.instrument.params.cutoff).toBe(8000);
    expect(bass.effects.map((fx) => fx.type)).toEqual(['compressor', 'filter']);
    expect(bass.effects[1]!.params.shape).toBe(1);
  });

  it('keeps one clip to a slot, and a removed scene takes its clips unless the timeline uses them', () => {
    const doc = song();
    expect(() =>
      apply(doc, { op: 'addClip', track: 'bass', id: 'other', name: 'Other', length: 4, scene: 's1' }),
    ).toThrow('That slot already holds a clip');
    apply(doc, { op: 'addClip', track: 'drums', id: 'beat', name: 'Beat', length: 4, scene: 's1' });
    apply(doc, { op: 'place', track: 'bass', id: 'p1', clip: 'riff', start: 16, length: 8 });
    apply(doc, { op: 'removeScene', scene: 's1' });
    const project = readProject(doc);
    expect(project.scenes.map((scene) => scene.id)).toEqual(['s2']);
    expect(project.tracks[0]!.clips).toEqual([]);
    expect(project.tracks[1]!.clips.map((clip) => [clip.id, clip.scene])).toEqual([['riff', null]]);
    expect(project.tracks[1]!.placements).toEqual([{ id: 'p1', clip: 'riff', start: 16, length: 8 }]);
  });

  it('removing a clip takes it off the timeline too', () => {
    const doc = song();
    apply(doc, { op: 'place', track: 'bass', id: 'p1', clip: 'riff', start: 0, length: 4 });
    apply(doc, { op: 'removeClip', track: 'bass', clip: 'riff' });
    expect(readProject(doc).tracks[1]!.placements).toEqual([]);
  });

  it('automates a parameter with points kept in its range', () => {
    const doc = song();
    apply(doc, {
      op: 'automation',
      track: 'bass',
      clip: 'riff',
      address: 'mixer.pan',
      set: [
        { id: 'a', time: 2, value: 3 },
        { id: 'b', time: 0, value: -0.5 },
      ],
    });
    expect(readProject(doc).tracks[1]!.clips[0]!.automation['mixer.pan']).toEqual([
      { id: 'b', time: 0, value: -0.5 },
      { id: 'a', time: 2, value: 1 },
    ]);
  });

  it('changes the song, the mixer and a bus', () => {
    const doc = song();
    apply(doc, { op: 'song', tempo: 140, swing: 0.3 });
    apply(doc, { op: 'mixer', track: 'drums', volume: -6, solo: true });
    apply(doc, { op: 'bus', bus: 'A', param: 'decay', value: 5 });
    apply(doc, { op: 'bus', bus: 'B', type: 'chorus', volume: -3 });
    const project = readProject(doc);
    expect(project.song).toMatchObject({ tempo: 140, swing: 0.3, name: 'Test' });
    expect(project.tracks[0]!.mixer).toMatchObject({ volume: -6, solo: true, mute: false });
    expect(project.buses[0].effect.params.decay).toBe(5);
    expect(project.buses[1]).toMatchObject({ volume: -3, effect: { type: 'chorus' } });
  });
});

describe('refusing an edit', () => {
  const refusals: Array<[string, unknown, string]> = [
    [
      'a note on a track that is not there',
      {
        op: 'addNotes',
        track: 'nope',
        clip: 'riff',
        notes: [{ id: 'x', pitch: 60, start: 0, duration: 1, velocity: 1 }],
      },
      'There is no track "nope"',
    ],
    [
      'a note id already in the clip',
      {
        op: 'addNotes',
        track: 'bass',
        clip: 'riff',
        notes: [{ id: 'n1', pitch: 60, start: 0, duration: 1, velocity: 1 }],
      },
      'already has a note "n1"',
    ],
    [
      'moving a note that was removed',
      { op: 'setNotes', track: 'bass', clip: 'riff', notes: [{ id: 'n1' }, { id: 'gone', start: 1 }] },
      'There is no note "gone"',
    ],
    [
      'an instrument that does not exist',
      { op: 'instrument', track: 'bass', type: 'theremin' },
      'There is no instrument "theremin"',
    ],
    [
      'an effect as an instrument',
      { op: 'addTrack', id: 't', name: 'T', color: '#123456', instrument: 'reverb' },
      'There is no instrument "reverb"',
    ],
    [
      'a parameter the device lacks',
      { op: 'param', track: 'bass', address: 'instrument.harmonicity', value: 1 },
      'Mono bass has no parameter "harmonicity"',
    ],
    [
      'a clip in a scene that is not there',
      { op: 'addClip', track: 'drums', id: 'c', name: 'C', length: 4, scene: 's9' },
      'There is no scene "s9"',
    ],
  ];
  for (const [what, input, message] of refusals) {
    it(`refuses ${what}, leaving the song as it was`, () => {
      const doc = song();
      const before = JSON.stringify(readProject(doc));
      expect(() => apply(doc, input)).toThrow(message);
      expect(JSON.stringify(readProject(doc))).toBe(before);
    });
  }

  const malformed: Array<[string, unknown, string]> = [
    ['an unknown kind of edit', { op: 'format', track: 'bass' }, 'That edit is malformed'],
    [
      'a pitch out of MIDI range',
      {
        op: 'addNotes',
        track: 'bass',
        clip: 'riff',
        notes: [{ id: 'x', pitch: 128, start: 0, duration: 1, velocity: 1 }],
      },
      'at notes.0.pitch',
    ],
    ['a tempo of zero', { op: 'song', tempo: 0 }, 'at tempo'],
    ['a NaN volume', { op: 'mixer', track: 'bass', volume: Number.NaN }, 'at volume'],
    ['an id with spaces', { op: 'removeTrack', track: 'a b' }, 'an id is 1 to 40 letters'],
    [
      'a made-up address',
      { op: 'param', track: 'bass', address: 'master.volume', value: 0 },
      'an address is',
    ],
    ['no object at all', 'addTrack', 'That edit is malformed'],
  ];
  for (const [what, input, message] of malformed) {
    it(`refuses ${what} as malformed, with where`, () => {
      expect(() => parseOperation(input)).toThrow(DawError);
      expect(() => parseOperation(input)).toThrow(message);
    });
  }
});
