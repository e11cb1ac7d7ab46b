// The DAW playing live on a page: the mix graph and the player on an AudioContext of the page's (the venue's,
// so the music goes through the venue's volume, and a live set's times map onto the venue's clock), or a new
// one of its own.
import * as Tone from 'tone';

import type { Project } from '../core/project.ts';
import { Metronome } from './metronome.ts';
import { MixGraph } from './mix-graph.ts';
import { Player } from './player.ts';

export interface LiveEngine {
  /** The AudioContext it plays on (the page's shared one, or its own). */
  readonly audio: AudioContext;
  readonly context: Tone.BaseContext;
  readonly graph: MixGraph;
  readonly player: Player;
  /** Takes the song as edited: the graph follows it, the player plays it. */
  update(project: Project): Promise<void>;
  dispose(): void;
}

/** Where a live engine plays: an AudioContext the page shares, and the node its sound goes into. */
export interface SharedAudio {
  readonly context: AudioContext;
  readonly destination: AudioNode;
}

/**
 * One Tone context per shared AudioContext, kept as long as it lives: disposing a Tone context closes its
 * AudioContext, which is not the engine's to close.
 */
const toneContexts = new WeakMap<AudioContext, Tone.Context>();

function toneContextOn(audio: AudioContext): Tone.Context {
  let context = toneContexts.get(audio);
  if (context) return context;
  context = new Tone.Context({ context: audio, lookAhead: 0 });
  toneContexts.set(audio, context);
  // Tone.js made a context of its own as it loaded (an AudioContext at the device's rate, an audio thread
  // that plays nothing): Tone's defaults (an offline render's, say) use the shared one instead, and Tone's
  // own is closed.
  const made = Tone.getContext();
  if (!(made.rawContext instanceof AudioContext) || !toneContexts.has(made.rawContext)) {
    Tone.setContext(context);
    if (made !== context) void made.dispose();
  }
  return context;
}

/**
 * The engine on `shared` (its sound into its destination), or on a new AudioContext of its own (to the
 * speakers) that it closes when disposed. `metronome`: whether it has one (a listener's does not).
 */
export async function createLiveEngine(
  project: Project,
  shared: SharedAudio | null = null,
  metronome = true,
): Promise<LiveEngine> {
  const audio = shared?.context ?? new AudioContext();
  const context = shared ? toneContextOn(audio) : new Tone.Context({ context: audio, lookAhead: 0 });
  const destination = shared?.destination ?? audio.destination;
  const graph = new MixGraph(context, true);
  graph.output.connect(destination);
  await graph.update(project);
  const clicks = metronome ? new Metronome(audio) : null;
  clicks?.output.connect(destination);
  const player = new Player(graph, context, project, clicks);
  return {
    audio,
    context,
    graph,
    player,
    async update(next) {
      player.setProject(next);
      await graph.update(next);
    },
    dispose() {
      player.dispose();
      clicks?.output.disconnect();
      graph.output.disconnect();
      graph.dispose();
      if (!shared) void context.dispose();
    },
  };
}
