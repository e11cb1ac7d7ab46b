// Renders a song offline, faster than real time, for export. Every note is scheduled a chunk ahead of the
// render from OfflineAudioContext.suspend() points rather than all up front: Tone.Offline's way of
// scheduling the whole song first grows worse than linearly with its length (shared/FIELD-NOTES.md measured
// 0.3x real time for 16 tracks and 64 s), as every parameter's automation timeline grows with it.
import * as Tone from 'tone';

import { arrangementEvents, arrangementLength, type NoteEvent } from '../core/playback.ts';
import type { Project } from '../core/project.ts';
import { secondsPerBeat } from '../core/timing.ts';
import { MixGraph } from './mix-graph.ts';

export interface RenderOptions {
  /** Default 48,000. */
  readonly sampleRate?: number;
  /** Song beats to render; default the whole arrangement. */
  readonly from?: number;
  readonly to?: number;
  /** Seconds after the last beat for reverbs and releases to ring out; default 2. */
  readonly tail?: number;
  /** Told the share done, 0..1, as the render goes. */
  readonly onProgress?: (done: number) => void;
  /** Which notes sound between two beats; default the arrangement's. */
  readonly events?: (from: number, to: number) => NoteEvent[];
}

/** Seconds of audio rendered between two scheduling points. */
const CHUNK = 0.5;

/**
 * Tone over an offline render fed from suspend points. Marked offline, so Tone never disposes a finished
 * note's nodes by the wall clock, which cut notes short mid-render (silent renders, now and then); and
 * ticked at each point, so Tone's own timeouts (a finished note's oscillator stopping) run on the render's
 * time instead of all up front as in Tone.OfflineContext.
 */
class FedOfflineContext extends Tone.Context {
  override readonly isOffline: boolean = true;
}

/** The song as stereo audio. */
export async function renderSong(project: Project, options: RenderOptions = {}): Promise<AudioBuffer> {
  const sampleRate = options.sampleRate ?? 48_000;
  const from = options.from ?? 0;
  const to = options.to ?? arrangementLength(project);
  if (!(to > from)) throw new Error('There is nothing to export: place some clips on the timeline first.');
  const spb = secondsPerBeat(project.song.tempo);
  const seconds = (to - from) * spb + (options.tail ?? 2);
  const raw = new OfflineAudioContext(2, Math.ceil(seconds * sampleRate), sampleRate);
  const context = new FedOfflineContext({ context: raw, clockSource: 'offline', lookAhead: 0 });
  const graph = new MixGraph(context);
  // To the render's own output, not through Tone's Destination (which, over a wrapped offline context, gave
  // silent renders now and then in trials).
  graph.output.connect(raw.destination);
  const events = options.events ?? ((a: number, b: number) => arrangementEvents(project, a, b));
  try {
    await graph.update(project);
    let scheduled = from;
    const scheduleUntil = (until: number) => {
      const end = Math.min(until, to);
      if (end <= scheduled) return;
      for (const event of events(scheduled, end)) {
        graph.play(event.track, event.pitch, (event.beat - from) * spb, event.duration * spb, event.velocity);
      }
      scheduled = end;
    };
    // Up to the next chunk and a little beyond, so a note right on the boundary is never late.
    const ahead = (time: number) => from + (time + CHUNK) / spb + 0.01;
    scheduleUntil(ahead(0));
    const chunks = Math.floor(seconds / CHUNK);
    for (let k = 1; k <= chunks; k++) {
      const at = k * CHUNK;
      if (at * sampleRate >= raw.length) break;
      void raw.suspend(at).then(() => {
        context.emit('tick');
        scheduleUntil(ahead(at));
        options.onProgress?.(at / seconds);
        void raw.resume();
      });
    }
    const buffer = await raw.startRendering();
    options.onProgress?.(1);
    return buffer;
  } finally {
    graph.dispose();
    void context.dispose();
  }
}
