// A demo song made in code: sixteen tracks (drums, bass, chords, pads, leads, arpeggios, plucks) over a
// I–V–vi–IV progression in C, with effects and sends, its clips in two scenes and laid out on the timeline
// for `bars` bars. What a new project can start from, and the song the export benchmark renders. Pure.
import type * as Y from 'yjs';

import { applyOperation } from './apply.ts';
import { DRUM_PADS } from './devices.ts';
import { createProjectDoc } from './doc.ts';
import type { Operation } from './operations.ts';
import type { Note } from './project.ts';

/** The progression's chords as MIDI roots (C, G, A, F) and whether each is minor. */
const PROGRESSION = [
  { root: 48, minor: false },
  { root: 55, minor: false },
  { root: 57, minor: true },
  { root: 53, minor: false },
] as const;
const BAR = 4;

type NoteData = Omit<Note, 'id'>;

function named(prefix: string, notes: NoteData[]): Note[] {
  return notes.map((note, index) => ({ ...note, id: `${prefix}${index}` }));
}

const triad = (root: number, minor: boolean) => [root, root + (minor ? 3 : 4), root + 7];

/** Four bars of drums: kick on the beats, snare and clap on two and four, hats on the eighths. */
function drumBars(busy: boolean): NoteData[] {
  const notes: NoteData[] = [];
  const pad = (name: string) => DRUM_PADS.find((candidate) => candidate.name === name)?.pitch ?? 36;
  for (let beat = 0; beat < 4 * BAR; beat++) {
    notes.push({ pitch: pad('Kick'), start: beat, duration: 0.25, velocity: 1 });
    if (beat % 2 === 1)
      notes.push({ pitch: pad(busy ? 'Clap' : 'Snare'), start: beat, duration: 0.25, velocity: 0.9 });
    for (const half of [0, 0.5])
      notes.push({ pitch: pad('Closed hat'), start: beat + half, duration: 0.1, velocity: half ? 0.5 : 0.8 });
    if (busy && beat % 4 === 3)
      notes.push({ pitch: pad('Open hat'), start: beat + 0.5, duration: 0.4, velocity: 0.6 });
  }
  if (busy) notes.push({ pitch: pad('Crash'), start: 0, duration: 1, velocity: 0.7 });
  return notes;
}

/** Four bars following the progression, one chord a bar, made by `bar` from the chord. */
function overProgression(
  bar: (chord: (typeof PROGRESSION)[number], start: number) => NoteData[],
): NoteData[] {
  return PROGRESSION.flatMap((chord, index) => bar(chord, index * BAR));
}

const TRACKS: Array<{
  name: string;
  instrument: string;
  color: string;
  notes: () => NoteData[];
  effects?: string[];
  sendA?: number;
  sendB?: number;
  volume?: number;
}> = [
  {
    name: 'Drums',
    instrument: 'drums',
    color: '#e4572e',
    notes: () => drumBars(false),
    effects: ['compressor'],
  },
  {
    name: 'Drums 2',
    instrument: 'drums',
    color: '#f3a712',
    notes: () => drumBars(true),
    volume: -8,
    sendA: -18,
  },
  {
    name: 'Bass',
    instrument: 'bass',
    color: '#29335c',
    notes: () =>
      overProgression(({ root }, start) =>
        [0, 1.5, 2, 3, 3.5].map((at) => ({
          pitch: root - 12,
          start: start + at,
          duration: 0.4,
          velocity: 0.9,
        })),
      ),
    effects: ['eq3'],
  },
  {
    name: 'Sub',
    instrument: 'poly',
    color: '#1b998b',
    notes: () =>
      overProgression(({ root }, start) => [{ pitch: root - 24, start, duration: BAR, velocity: 0.7 }]),
    volume: -10,
  },
  {
    name: 'Chords',
    instrument: 'poly',
    color: '#6a4c93',
    notes: () =>
      overProgression(({ root, minor }, start) =>
        [0, 1, 2, 3].flatMap((beat) =>
          triad(root + 12, minor).map((pitch) => ({
            pitch,
            start: start + beat,
            duration: 0.8,
            velocity: 0.6,
          })),
        ),
      ),
    sendA: -12,
    volume: -8,
  },
  {
    name: 'Pad',
    instrument: 'poly',
    color: '#8ac926',
    notes: () =>
      overProgression(({ root, minor }, start) =>
        triad(root + 12, minor).map((pitch) => ({ pitch, start, duration: BAR, velocity: 0.5 })),
      ),
    effects: ['chorus'],
    sendA: -6,
    volume: -12,
  },
  {
    name: 'Pad 2',
    instrument: 'fm',
    color: '#ffca3a',
    notes: () =>
      overProgression(({ root, minor }, start) =>
        triad(root + 24, minor).map((pitch) => ({ pitch, start, duration: BAR, velocity: 0.4 })),
      ),
    sendA: -6,
    volume: -16,
  },
  {
    name: 'Lead',
    instrument: 'poly',
    color: '#ff595e',
    notes: () =>
      overProgression(({ root, minor }, start) =>
        [0, 0.75, 1.5, 2, 3].map((at, i) => ({
          pitch: triad(root + 24, minor)[i % 3]!,
          start: start + at,
          duration: 0.5,
          velocity: 0.8,
        })),
      ),
    effects: ['delay'],
    sendB: -10,
    volume: -8,
  },
  {
    name: 'Bells',
    instrument: 'fm',
    color: '#1982c4',
    notes: () =>
      overProgression(({ root, minor }, start) =>
        [0, 2].map((at, i) => ({
          pitch: triad(root + 36, minor)[i]!,
          start: start + at,
          duration: 1,
          velocity: 0.5,
        })),
      ),
    sendA: -8,
    volume: -14,
  },
  {
    name: 'Arp',
    instrument: 'poly',
    color: '#6a994e',
    notes: () =>
      overProgression(({ root, minor }, start) =>
        Array.from({ length: 16 }, (_, i) => ({
          pitch: triad(root + 24, minor)[i % 3]! + (i % 6 >= 3 ? 12 : 0),
          start: start + i / 4,
          duration: 0.2,
          velocity: 0.6,
        })),
      ),
    effects: ['filter'],
    volume: -12,
  },
  {
    name: 'Arp 2',
    instrument: 'fm',
    color: '#bc4749',
    notes: () =>
      overProgression(({ root, minor }, start) =>
        Array.from({ length: 8 }, (_, i) => ({
          pitch: triad(root + 12, minor)[(i * 2) % 3]!,
          start: start + i / 2,
          duration: 0.3,
          velocity: 0.5,
        })),
      ),
    sendB: -12,
    volume: -14,
  },
  {
    name: 'Pluck',
    instrument: 'sampler',
    color: '#386641',
    notes: () =>
      overProgression(({ root, minor }, start) =>
        [0.5, 1.5, 2.5, 3.5].map((at, i) => ({
          pitch: triad(root + 12, minor)[i % 3]!,
          start: start + at,
          duration: 0.5,
          velocity: 0.7,
        })),
      ),
    sendA: -10,
    volume: -6,
  },
  {
    name: 'Pluck 2',
    instrument: 'sampler',
    color: '#a7c957',
    notes: () =>
      overProgression(({ root }, start) =>
        [0, 1, 2, 3].map((at) => ({
          pitch: root + 24,
          start: start + at + 0.25,
          duration: 0.25,
          velocity: 0.5,
        })),
      ),
    effects: ['distortion'],
    volume: -18,
  },
  {
    name: 'Counter',
    instrument: 'bass',
    color: '#003049',
    notes: () =>
      overProgression(({ root }, start) => [
        { pitch: root + 7, start: start + 2, duration: 2, velocity: 0.6 },
      ]),
    volume: -12,
  },
  {
    name: 'Stabs',
    instrument: 'poly',
    color: '#d62828',
    notes: () =>
      overProgression(({ root, minor }, start) =>
        triad(root + 12, minor).map((pitch) => ({
          pitch,
          start: start + 3.5,
          duration: 0.25,
          velocity: 0.9,
        })),
      ),
    effects: ['eq3', 'compressor'],
    volume: -10,
  },
  {
    name: 'Choir',
    instrument: 'fm',
    color: '#f77f00',
    notes: () =>
      overProgression(({ root, minor }, start) => [
        { pitch: triad(root + 24, minor)[1]!, start, duration: BAR, velocity: 0.3 },
      ]),
    sendA: -4,
    volume: -18,
  },
];

/** The edits that make the demo song from a new project: sixteen tracks, each clip looped over `bars` bars. */
export function demoSongOperations(bars = 64, tempo = 120): Operation[] {
  const ops: Operation[] = [{ op: 'song', name: 'Demo', tempo }];
  const length = 4 * BAR;
  TRACKS.forEach((track, index) => {
    const id = `t${index + 1}`;
    ops.push({ op: 'addTrack', id, name: track.name, color: track.color, instrument: track.instrument });
    track.effects?.forEach((type, k) => ops.push({ op: 'addEffect', track: id, id: `${id}fx${k}`, type }));
    ops.push({
      op: 'mixer',
      track: id,
      volume: track.volume ?? -6,
      sendA: track.sendA ?? -60,
      sendB: track.sendB ?? -60,
    });
    ops.push({
      op: 'addClip',
      track: id,
      id: `${id}c`,
      name: track.name,
      length,
      scene: 's1',
      notes: named(`${id}n`, track.notes()),
    });
    for (let bar = 0; bar < bars; bar += 4) {
      const span = Math.min(4, bars - bar) * BAR;
      ops.push({
        op: 'place',
        track: id,
        id: `${id}p${bar}`,
        clip: `${id}c`,
        start: bar * BAR,
        length: span,
      });
    }
  });
  return ops;
}

/** A new document holding the demo song, `bars` long. */
export function demoSongDoc(bars = 64): Y.Doc {
  const doc = createProjectDoc();
  doc.transact(() => demoSongOperations(bars).forEach((op) => applyOperation(doc, op)));
  return doc;
}
