// A song the DAW's export was never tuned on, for the export benchmark: twelve tracks in E minor at 96 bpm
// (Em–C–G–D), drawn from a seed, with other parts than the demo song's (sixteenth hats with ghost notes, tom
// fills, whole-bar pads, eighth-note stabs, a random-walk lead, bell arpeggios, sampler chords), other effect
// chains (distortion, chorus, filter, EQ, compressor) and both send buses. Made as operations, like the demo.
import { seededRandom } from '../../protocol/src/seeded-random.ts';
import type { Operation } from '../../studio-tools/daw/src/core/operations.ts';
import type { Note } from '../../studio-tools/daw/src/core/project.ts';

type NoteData = Omit<Note, 'id'>;
const CHORDS = [
  { root: 52, minor: true },
  { root: 48, minor: false },
  { root: 55, minor: false },
  { root: 50, minor: false },
] as const;
const SCALE = [0, 2, 3, 5, 7, 8, 10].map((step) => 52 + step);
const triad = (root: number, minor: boolean) => [root, root + (minor ? 3 : 4), root + 7];

export function heldOutSongOperations(bars: number, seed = 1987): Operation[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const overChords = (bar: (chord: (typeof CHORDS)[number], start: number) => NoteData[]) =>
    CHORDS.flatMap((chord, index) => bar(chord, index * 4));
  const tracks: Array<{
    name: string;
    instrument: string;
    notes: NoteData[];
    effects: string[];
    sendA?: number;
    sendB?: number;
    volume?: number;
  }> = [
    {
      name: 'Kit',
      instrument: 'drums',
      effects: ['compressor', 'eq3'],
      notes: Array.from({ length: 64 }, (_, step) => step).flatMap((step) => {
        const at = step / 4;
        const notes: NoteData[] = [
          { pitch: 42, start: at, duration: 0.1, velocity: step % 4 === 0 ? 0.8 : 0.3 + 0.3 * random() },
        ];
        if ([0, 6, 10, 16, 22, 26, 32, 38, 42, 48, 54, 58].includes(step))
          notes.push({ pitch: 36, start: at, duration: 0.25, velocity: 1 });
        if (step % 8 === 4) notes.push({ pitch: 38, start: at, duration: 0.25, velocity: 0.95 });
        if (random() < 0.08) notes.push({ pitch: 38, start: at, duration: 0.1, velocity: 0.25 });
        return notes;
      }),
    },
    {
      name: 'Toms',
      instrument: 'drums',
      effects: [],
      sendA: -14,
      notes: [12, 12.25, 12.5, 12.75, 13, 13.5, 14, 15].map((start, i) => ({
        pitch: i < 4 ? 48 : 45,
        start,
        duration: 0.25,
        velocity: 0.8,
      })),
    },
    {
      name: 'Sub',
      instrument: 'bass',
      effects: ['filter'],
      notes: overChords(({ root }, start) =>
        [0, 0.75, 1.5, 2.5, 3].map((at) => ({
          pitch: root - 24 + (at === 2.5 ? 12 : 0),
          start: start + at,
          duration: 0.5,
          velocity: 0.9,
        })),
      ),
    },
    {
      name: 'Pad',
      instrument: 'poly',
      effects: ['chorus'],
      sendA: -8,
      volume: -10,
      notes: overChords(({ root, minor }, start) =>
        triad(root, minor).map((pitch) => ({ pitch: pitch + 12, start, duration: 4, velocity: 0.5 })),
      ),
    },
    {
      name: 'Stabs',
      instrument: 'poly',
      effects: ['distortion', 'eq3'],
      sendB: -16,
      volume: -12,
      notes: overChords(({ root, minor }, start) =>
        [0.5, 1.5, 2.5, 3.5].flatMap((at) =>
          triad(root, minor).map((pitch) => ({
            pitch: pitch + 12,
            start: start + at,
            duration: 0.2,
            velocity: 0.7,
          })),
        ),
      ),
    },
    {
      name: 'Lead',
      instrument: 'fm',
      effects: ['delay'],
      sendA: -12,
      volume: -8,
      notes: (() => {
        let degree = 3;
        return Array.from({ length: 24 }, (_, i) => {
          degree = Math.max(0, Math.min(SCALE.length * 2 - 1, degree + pick([-2, -1, 1, 2])));
          const pitch = SCALE[degree % SCALE.length]! + 12 * (1 + Math.floor(degree / SCALE.length));
          return { pitch, start: (i * 16) / 24, duration: 0.5, velocity: 0.6 + 0.3 * random() };
        });
      })(),
    },
    {
      name: 'Bells',
      instrument: 'fm',
      effects: ['eq3'],
      sendB: -10,
      volume: -14,
      notes: overChords(({ root, minor }, start) =>
        Array.from({ length: 16 }, (_, i) => ({
          pitch: triad(root, minor)[i % 3]! + 24,
          start: start + i / 4,
          duration: 0.2,
          velocity: 0.5,
        })),
      ),
    },
    {
      name: 'Keys',
      instrument: 'sampler',
      effects: ['compressor'],
      volume: -10,
      notes: overChords(({ root, minor }, start) =>
        [0, 2].flatMap((at) =>
          triad(root, minor).map((pitch) => ({
            pitch: pitch + 12,
            start: start + at,
            duration: 1.5,
            velocity: 0.6,
          })),
        ),
      ),
    },
    {
      name: 'Counter',
      instrument: 'poly',
      effects: ['filter', 'delay'],
      volume: -14,
      notes: overChords(({ root }, start) =>
        [1, 3].map((at) => ({ pitch: root + 7 + 12, start: start + at, duration: 0.75, velocity: 0.6 })),
      ),
    },
    {
      name: 'Grit bass',
      instrument: 'bass',
      effects: ['distortion', 'filter'],
      volume: -16,
      notes: overChords(({ root }, start) =>
        Array.from({ length: 8 }, (_, i) => ({
          pitch: root - 12,
          start: start + i / 2,
          duration: 0.3,
          velocity: 0.5 + 0.4 * random(),
        })),
      ),
    },
    {
      name: 'Air',
      instrument: 'poly',
      effects: ['chorus', 'eq3'],
      sendA: -6,
      volume: -18,
      notes: overChords(({ root, minor }, start) => [
        { pitch: triad(root, minor)[2]! + 24, start, duration: 3.5, velocity: 0.4 },
      ]),
    },
    {
      name: 'Clicks',
      instrument: 'drums',
      effects: ['filter'],
      volume: -14,
      notes: Array.from({ length: 32 }, (_, i) => ({
        pitch: pick([39, 46, 49]),
        start: i / 2 + 0.25,
        duration: 0.1,
        velocity: 0.3 + 0.3 * random(),
      })),
    },
  ];
  const ops: Operation[] = [{ op: 'song', name: 'Held out', tempo: 96 }];
  tracks.forEach((track, t) => {
    const id = `h${t}`;
    ops.push({ op: 'addTrack', id, name: track.name, color: '#336699', instrument: track.instrument });
    track.effects.forEach((type, e) => ops.push({ op: 'addEffect', track: id, id: `${id}fx${e}`, type }));
    ops.push({
      op: 'mixer',
      track: id,
      volume: track.volume ?? -6,
      sendA: track.sendA ?? -60,
      sendB: track.sendB ?? -60,
    });
    const notes = track.notes.map((note, n) => ({ ...note, id: `${id}n${n}` }));
    ops.push({ op: 'addClip', track: id, id: `${id}c`, name: track.name, length: 16, scene: 's1', notes });
    for (let bar = 0; bar < bars; bar += 4)
      ops.push({
        op: 'place',
        track: id,
        id: `${id}p${bar}`,
        clip: `${id}c`,
        start: bar * 4,
        length: Math.min(16, (bars - bar) * 4),
      });
  });
  return ops;
}
