// The DAW's engine rendering songs offline in Debian's Chromium (real Web Audio, real Tone.js), analysed
// here: notes sound at their times and pitches, the mixer's fader and mute do what they say, and two
// renders of one song are the same sound (what lets every listener render a live set themselves).
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openModulePage, type ModulePage } from '../../../../tests/support/module-page.ts';
import { encodeSamplePcm } from '../core/sample.ts';

let studio: ModulePage;

// In the page: build a song from edits, render it, and hand back its left channel and how it went.
const RENDER = `
import { applyOperation, createProjectDoc, readProject } from '/daw/src/index.ts';
import { renderSong } from '/daw/src/engine/render.ts';
window.renderEdits = async (edits, sampleRate) => {
  const doc = createProjectDoc({ tempo: 120 });
  for (const edit of edits) applyOperation(doc, edit);
  const progress = [];
  const buffer = await renderSong(readProject(doc), { sampleRate, tail: 1, onProgress: (p) => progress.push(p) });
  return { left: Array.from(buffer.getChannelData(0)), seconds: buffer.duration, progress };
};`;

interface Rendered {
  left: number[];
  seconds: number;
  progress: number[];
}

const RATE = 24_000;

beforeAll(async () => {
  studio = await openModulePage(path.resolve(import.meta.dirname, '../../..'), {
    dependencies: ['tone', 'yjs', 'tonal', 'zod'],
  });
  await studio.addScript(RENDER);
  await studio.page.waitForFunction(() => 'renderEdits' in window, undefined, { timeout: 60_000 });
});

afterAll(async () => {
  await studio?.close();
});

function render(edits: unknown[]): Promise<Rendered> {
  return studio.page.evaluate(
    ([e, rate]) =>
      (window as unknown as { renderEdits(e: unknown, r: number): Promise<Rendered> }).renderEdits(e, rate),
    [edits, RATE] as const,
  );
}

/** Power of `hz` in samples [from, to) seconds (Goertzel). */
function power(samples: number[], hz: number, from: number, to: number): number {
  const start = Math.round(from * RATE);
  const end = Math.round(to * RATE);
  const w = (2 * Math.PI * hz) / RATE;
  const coefficient = 2 * Math.cos(w);
  let s1 = 0;
  let s2 = 0;
  for (let i = start; i < end; i++) {
    const s0 = (samples[i] ?? 0) + coefficient * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  return (s1 * s1 + s2 * s2 - coefficient * s1 * s2) / Math.max(1, end - start);
}

function rms(samples: number[], from: number, to: number): number {
  const slice = samples.slice(Math.round(from * RATE), Math.round(to * RATE));
  return Math.sqrt(slice.reduce((sum, x) => sum + x * x, 0) / Math.max(1, slice.length));
}

const hz = (pitch: number) => 440 * 2 ** ((pitch - 69) / 12);
const MELODY = [60, 64, 67, 72];

/** A sine lead playing C E G C, one a beat (0.5 s at 120 bpm), each half a beat, short release. */
function melody(extra: unknown[] = []): unknown[] {
  return [
    { op: 'addTrack', id: 'lead', name: 'Lead', color: '#ff8800', instrument: 'poly' },
    { op: 'param', track: 'lead', address: 'instrument.wave', value: 0 },
    { op: 'param', track: 'lead', address: 'instrument.release', value: 0.02 },
    { op: 'param', track: 'lead', address: 'instrument.cutoff', value: 18_000 },
    {
      op: 'addClip',
      track: 'lead',
      id: 'tune',
      name: 'Tune',
      length: 4,
      scene: null,
      notes: MELODY.map((pitch, i) => ({ id: `n${i}`, pitch, start: i, duration: 0.5, velocity: 0.9 })),
    },
    { op: 'place', track: 'lead', id: 'p1', clip: 'tune', start: 0, length: 4 },
    ...extra,
  ];
}

describe('rendering a song offline', () => {
  it('plays each note at its time and pitch, with silence between and after, and reports progress', async () => {
    const song = await render(melody());
    expect(song.seconds).toBeCloseTo(3, 2);
    MELODY.forEach((pitch, i) => {
      const at = i * 0.5;
      const powers = MELODY.map((other) => power(song.left, hz(other), at + 0.05, at + 0.2));
      expect(powers.indexOf(Math.max(...powers)), `note ${i} (${pitch})`).toBe(i);
      expect(rms(song.left, at + 0.05, at + 0.2)).toBeGreaterThan(0.02);
      expect(rms(song.left, at + 0.33, at + 0.48)).toBeLessThan(rms(song.left, at + 0.05, at + 0.2) / 20);
    });
    expect(rms(song.left, 2.2, 3)).toBeLessThan(0.001);
    expect(song.progress.at(-1)).toBe(1);
    expect(song.progress.length).toBeGreaterThan(1);
  });

  it('gives the same sound every time it renders the same song', async () => {
    const [a, b] = [await render(melody()), await render(melody())];
    let difference = 0;
    for (let i = 0; i < a.left.length; i++)
      difference = Math.max(difference, Math.abs(a.left[i]! - (b.left[i] ?? 0)));
    expect(difference).toBeLessThan(1e-4);
  });

  it('follows the fader, mute and solo', async () => {
    const loud = rms((await render(melody())).left, 0, 2);
    const quieter = rms((await render(melody([{ op: 'mixer', track: 'lead', volume: -12 }]))).left, 0, 2);
    expect(20 * Math.log10(quieter / loud)).toBeCloseTo(-12, 0);
    const muted = await render(melody([{ op: 'mixer', track: 'lead', mute: true }]));
    expect(rms(muted.left, 0, 3)).toBe(0);
    const other = [
      { op: 'addTrack', id: 'other', name: 'Other', color: '#000000', instrument: 'bass' },
      { op: 'mixer', track: 'other', solo: true },
    ];
    expect(rms((await render(melody(other))).left, 0, 3)).toBe(0);
  });

  it('plays the drum kit on its pads, the kick on each beat', async () => {
    const drums = await render([
      { op: 'addTrack', id: 'd', name: 'Drums', color: '#000000', instrument: 'drums' },
      {
        op: 'addClip',
        track: 'd',
        id: 'beat',
        name: 'Beat',
        length: 4,
        scene: null,
        notes: [0, 1, 2, 3].map((b) => ({ id: `k${b}`, pitch: 36, start: b, duration: 0.25, velocity: 1 })),
      },
      { op: 'place', track: 'd', id: 'p', clip: 'beat', start: 0, length: 4 },
    ]);
    for (const beat of [0, 1, 2, 3]) {
      const at = beat * 0.5;
      expect(rms(drums.left, at, at + 0.1), `beat ${beat}`).toBeGreaterThan(
        5 * rms(drums.left, at - 0.04 + (beat === 0 ? 0.04 : 0), at),
      );
    }
  });

  it('plays a sample of one’s own at each note’s pitch from its root note', async () => {
    // Half a second of A (440 Hz) at 24 kHz, 16-bit, as the page imports a file; its root note is A4 (69).
    const tone = Int16Array.from({ length: 12_000 }, (_, i) =>
      Math.round(16_000 * Math.sin((2 * Math.PI * 440 * i) / 24_000)),
    );
    const song = await render([
      { op: 'addTrack', id: 's', name: 'Sampler', color: '#000000', instrument: 'sampler' },
      { op: 'sample', track: 's', sample: { name: 'A', sampleRate: 24_000, pcm: encodeSamplePcm(tone) } },
      { op: 'param', track: 's', address: 'instrument.root', value: 69 },
      {
        op: 'addClip',
        track: 's',
        id: 'c',
        name: 'C',
        length: 2,
        scene: null,
        notes: [69, 81].map((pitch, i) => ({ id: `n${i}`, pitch, start: i, duration: 0.4, velocity: 1 })),
      },
      { op: 'place', track: 's', id: 'p', clip: 'c', start: 0, length: 2 },
    ]);
    // The first note is the sample as it is, the second an octave up: 880 Hz, not the pluck's C.
    const first = [440, 880, hz(60)].map((f) => power(song.left, f, 0.05, 0.3));
    const second = [440, 880, hz(72)].map((f) => power(song.left, f, 0.55, 0.72));
    expect(first.indexOf(Math.max(...first))).toBe(0);
    expect(second.indexOf(Math.max(...second))).toBe(1);
    expect(second[1]).toBeGreaterThan(20 * second[2]!);
  });

  it('refuses a song with nothing on the timeline, saying what to do', async () => {
    await expect(render([])).rejects.toThrow('place some clips on the timeline first');
  });
});
