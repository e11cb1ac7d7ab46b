// In the benchmark's Chromium page (served by Vite): a song (the demo, which the export was tuned on, or the
// held-out one it was not) rendered by the DAW's export, and by plain Tone.Offline with every note scheduled
// before the render starts (the baseline), same graph, same notes. Each returns the audio's length, the wall
// time it took and its level, to compare the two.
import * as Tone from 'tone';

import {
  applyOperation,
  arrangementEvents,
  createProjectDoc,
  readProject,
} from '../../studio-tools/daw/src/index.ts';
import { demoSongOperations } from '../../studio-tools/daw/src/core/demo-song.ts';
import { MixGraph } from '../../studio-tools/daw/src/engine/mix-graph.ts';
import { renderSong } from '../../studio-tools/daw/src/engine/render.ts';
import { barBeats, secondsPerBeat } from '../../studio-tools/daw/src/core/timing.ts';
import { heldOutSongOperations } from './daw-held-out-song.ts';

export interface Rendered {
  audioSeconds: number;
  wallSeconds: number;
  rms: number;
}

const TAIL = 2;

export type SongName = 'demo' | 'held-out';

function song(bars: number, name: SongName) {
  const doc = createProjectDoc();
  const ops = name === 'demo' ? demoSongOperations(bars) : heldOutSongOperations(bars);
  for (const op of ops) applyOperation(doc, op);
  return readProject(doc);
}

function rms(channels: Float32Array[]): number {
  let sum = 0;
  let count = 0;
  for (const channel of channels) {
    for (const x of channel) sum += x * x;
    count += channel.length;
  }
  return Math.sqrt(sum / Math.max(1, count));
}

export async function renderOurs(bars: number, sampleRate: number, name: SongName): Promise<Rendered> {
  const project = song(bars, name);
  const started = performance.now();
  const buffer = await renderSong(project, { sampleRate, tail: TAIL });
  const wallSeconds = (performance.now() - started) / 1000;
  const channels = [buffer.getChannelData(0), buffer.getChannelData(1)];
  return { audioSeconds: buffer.duration, wallSeconds, rms: rms(channels) };
}

export async function renderBaseline(bars: number, sampleRate: number, name: SongName): Promise<Rendered> {
  const project = song(bars, name);
  const spb = secondsPerBeat(project.song.tempo);
  const seconds = bars * barBeats(project.song) * spb + TAIL;
  const started = performance.now();
  const buffer = await Tone.Offline(
    async (context) => {
      const graph = new MixGraph(context);
      graph.output.toDestination();
      await graph.update(project);
      for (const event of arrangementEvents(project, 0, bars * 4))
        graph.play(event.track, event.pitch, event.beat * spb, event.duration * spb, event.velocity);
    },
    seconds,
    2,
    sampleRate,
  );
  const wallSeconds = (performance.now() - started) / 1000;
  const channels = [buffer.getChannelData(0), buffer.getChannelData(1)];
  return { audioSeconds: buffer.duration, wallSeconds, rms: rms(channels) };
}
