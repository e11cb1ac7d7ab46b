// The DAW playing live on a page: the mix graph and the player on an AudioContext of the page's (the venue's,
// so the music can also go out through the sound path), or a new one.
import * as Tone from 'tone';

import type { Project } from '../core/project.ts';
import { Metronome } from './metronome.ts';
import { MixGraph } from './mix-graph.ts';
import { Player } from './player.ts';

export interface LiveEngine {
  readonly context: Tone.BaseContext;
  readonly graph: MixGraph;
  readonly player: Player;
  /** Takes the song as edited: the graph follows it, the player plays it. */
  update(project: Project): Promise<void>;
  dispose(): void;
}

/** The engine on `audio` (default: a new AudioContext), its mix going to the speakers. */
export async function createLiveEngine(
  project: Project,
  audio: AudioContext = new AudioContext(),
): Promise<LiveEngine> {
  const context = new Tone.Context({ context: audio, lookAhead: 0 });
  const graph = new MixGraph(context, true);
  graph.output.connect(audio.destination);
  await graph.update(project);
  const metronome = new Metronome(audio);
  metronome.output.connect(audio.destination);
  const player = new Player(graph, context, project, metronome);
  return {
    context,
    graph,
    player,
    async update(next) {
      player.setProject(next);
      await graph.update(next);
    },
    dispose() {
      player.dispose();
      metronome.output.disconnect();
      graph.dispose();
      void context.dispose();
    },
  };
}
