// The DAW playing live in Debian's Chromium (a real-time AudioContext with no sound card): what it sends to
// the speakers is watched on the audio thread, each onset dated by its frame, so each note is checked
// against the beat it belongs on.
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SOUND_WITHOUT_CLICK } from '../../../../tests/support/browser.ts';
import { openModulePage, type ModulePage } from '../../../../tests/support/module-page.ts';

let studio: ModulePage;

// In the page: a song with one sine lead (a note a beat in scene 1's clip), the live engine, and a tap on its
// output (an AudioWorklet) that notes the audio-clock time of every onset (silence, then sound).
const LIVE = `
import { applyOperation, createProjectDoc, readProject } from '/daw/src/index.ts';
import { createLiveEngine } from '/daw/src/engine/index.ts';
const doc = createProjectDoc({ tempo: 120 });
const edits = [
  { op: 'addTrack', id: 'lead', name: 'Lead', color: '#ff8800', instrument: 'poly' },
  { op: 'param', track: 'lead', address: 'instrument.wave', value: 0 },
  { op: 'param', track: 'lead', address: 'instrument.release', value: 0.02 },
  { op: 'param', track: 'lead', address: 'instrument.attack', value: 0.001 },
  { op: 'addClip', track: 'lead', id: 'tune', name: 'Tune', length: 4, scene: 's1',
    notes: [0, 1, 2, 3].map((b) => ({ id: 'n' + b, pitch: 69, start: b, duration: 0.25, velocity: 1 })) },
];
for (const edit of edits) applyOperation(doc, edit);
const audio = new AudioContext();
const engine = await createLiveEngine(readProject(doc), { context: audio, destination: audio.destination });
const onsets = [];
// The tap runs on the audio thread: each onset is dated by the frame it happens in, exactly.
const tapSource = \`
class Tap extends AudioWorkletProcessor {
  constructor() { super(); this.quiet = 1e9; }
  process(inputs) {
    const samples = inputs[0] && inputs[0][0];
    if (!samples) return true;
    for (let i = 0; i < samples.length; i++) {
      if (Math.abs(samples[i]) > 0.01) {
        if (this.quiet > 0.05 * sampleRate) this.port.postMessage((currentFrame + i) / sampleRate);
        this.quiet = 0;
      } else this.quiet++;
    }
    return true;
  }
}
registerProcessor('onset-tap', Tap);\`;
await audio.audioWorklet.addModule(URL.createObjectURL(new Blob([tapSource], { type: 'text/javascript' })));
const tap = new AudioWorkletNode(audio, 'onset-tap');
tap.port.onmessage = (event) => onsets.push(event.data);
engine.graph.output.connect(tap);
tap.connect(audio.destination);
window.live = {
  async launch() { await audio.resume(); engine.player.launch('lead', 'tune'); return engine.player.timeOf(0); },
  timeOf: (beat) => engine.player.timeOf(beat),
  beat: () => engine.player.beatAt(),
  stop() { engine.player.stop(); return audio.currentTime; },
  setTempo(tempo) { applyOperation(doc, { op: 'song', tempo }); return engine.update(readProject(doc)).then(() => engine.player.beatAt()); },
  onsets: () => onsets.slice(),
  now: () => audio.currentTime,
  async clickAlone() {
    // The metronome with nothing else: scene-less session playing, the click on.
    onsets.length = 0;
    engine.player.metronome.on = true;
    engine.player.metronome.output.connect(tap);
    engine.player.start('session');
    return engine.player.timeOf(0);
  },
  follow(ahead, tempo) {
    // As a live set's listener: the lead's clip launched at beat 0, beat 0 \`ahead\` seconds from now.
    onsets.length = 0;
    engine.player.metronome.on = false;
    engine.player.stop();
    const origin = audio.currentTime + ahead;
    engine.player.follow('session', origin, tempo, { playing: { lead: [{ clip: 'tune', launchedAt: 0, stopAt: null }] } });
    return origin;
  },
};`;

type Live = {
  launch(): Promise<number>;
  timeOf(beat: number): number;
  beat(): number;
  stop(): number;
  setTempo(tempo: number): Promise<number>;
  onsets(): number[];
  now(): number;
  clickAlone(): Promise<number>;
  follow(ahead: number, tempo: number): number;
};

beforeAll(async () => {
  studio = await openModulePage(path.resolve(import.meta.dirname, '../../..'), {
    dependencies: ['tone', 'yjs', 'tonal', 'zod'],
    flags: SOUND_WITHOUT_CLICK,
  });
  await studio.addScript(LIVE);
  await studio.page.waitForFunction(() => 'live' in window, undefined, { timeout: 60_000 });
});

afterAll(async () => {
  await studio?.close();
});

const onWindow = <T>(fn: (live: Live) => T) => `(${fn.toString()})(window.live)`;

describe('playing live', () => {
  it('starts a launched clip on the beat and keeps each note on its beat', async () => {
    const zero = (await studio.page.evaluate(onWindow((l) => l.launch()))) as number;
    await studio.page.waitForTimeout(3200);
    const onsets = (await studio.page.evaluate(onWindow((l) => l.onsets()))) as number[];
    // Beats 0 to 4 at 120 bpm: every half second from the start, each onset at its beat (within a
    // millisecond: the attack's rise through the tap's threshold).
    const late = [0, 1, 2, 3, 4].map((beat) => {
      const time = zero + beat * 0.5;
      const nearest = onsets.reduce(
        (best, t) => (Math.abs(t - time) < Math.abs(best - time) ? t : best),
        Infinity,
      );
      return (nearest - time) * 1000;
    });
    for (const ms of late) expect(ms).toBeGreaterThanOrEqual(-0.05);
    for (const ms of late) expect(ms).toBeLessThan(1);
  });

  it('keeps the beat playing now where it is when the tempo changes', async () => {
    const before = (await studio.page.evaluate(onWindow((l) => l.beat()))) as number;
    const after = (await studio.page.evaluate(onWindow((l) => l.setTempo(90)))) as number;
    // The clock may not have moved between the two reads; the beat is then the same, give or take
    // the rounding of re-deriving it from the new tempo's origin.
    expect(after - before).toBeGreaterThanOrEqual(-1e-9);
    expect(after - before).toBeLessThan(0.2);
  });

  it('falls silent when stopped', async () => {
    const stoppedAt = (await studio.page.evaluate(onWindow((l) => l.stop()))) as number;
    await studio.page.waitForTimeout(1500);
    const onsets = (await studio.page.evaluate(onWindow((l) => l.onsets()))) as number[];
    expect(onsets.filter((t) => t > stoppedAt + 0.05)).toEqual([]);
  });

  it('clicks the metronome on every beat when it is on', async () => {
    const zero = (await studio.page.evaluate(onWindow((l) => l.clickAlone()))) as number;
    const beat = (((await studio.page.evaluate(onWindow((l) => l.timeOf(1)))) as number) - zero) as number;
    await studio.page.waitForTimeout(beat * 4000 + 300);
    await studio.page.evaluate(onWindow((l) => l.stop()));
    const onsets = (await studio.page.evaluate(onWindow((l) => l.onsets()))) as number[];
    // A click a beat from the start (at the tempo the test before left: 90 bpm), each within a millisecond.
    expect(beat).toBeCloseTo(60 / 90, 6);
    const beats = onsets.map((t) => (t - zero) / beat);
    expect(beats.length).toBeGreaterThanOrEqual(4);
    for (const at of beats) expect(Math.abs(at - Math.round(at)) * beat * 1000).toBeLessThan(1);
    expect(beats.slice(0, 4).map(Math.round)).toEqual([0, 1, 2, 3]);
  });

  it('plays what a performer plays when following: each note on its beat from the origin and tempo given', async () => {
    // The song's own tempo is 90 now; the performer's (given) is 150.
    const origin = (await studio.page.evaluate(`window.live.follow(0.3, 150)`)) as number;
    await studio.page.waitForTimeout(2000);
    await studio.page.evaluate(onWindow((l) => l.stop()));
    const onsets = (await studio.page.evaluate(onWindow((l) => l.onsets()))) as number[];
    const beats = onsets.map((t) => (t - origin) / 0.4);
    expect(beats.slice(0, 4).map(Math.round)).toEqual([0, 1, 2, 3]);
    for (const at of beats.slice(0, 4)) expect(Math.abs(at - Math.round(at)) * 400).toBeLessThan(1);
  });
});
