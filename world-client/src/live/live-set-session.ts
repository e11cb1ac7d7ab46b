// A live set in the stage the visitor is in. In the audience: the set heard, rendered on this page (see
// live-set-player.ts), its state in the live-set store. The performer: the DAW on their page sends its song,
// its transport and the notes played by hand, timed on the shared clock (see live-set-sender.ts). Outside
// React; the UI reads the store.
import type { SpaceKind } from '@prostudio/protocol';
import { create } from 'zustand';
import { venueOutput, whenAudioRunning } from '../audio/venue-audio.ts';
import type { WorldConnection } from '../net/world-connection.ts';
import type { CanvasApp } from '../panels/canvas-app.ts';
import { LiveSetPlayer, type LiveSetStatus } from './live-set-player.ts';

/**
 * What the page shows of a live set: the audience's view of it (null where there is none to hear), and the
 * performer's DAW while it is open at the stage's console (shown on the page and as a panel on the stage).
 */
export const useLiveSet = create<{ heard: LiveSetStatus | null; console: CanvasApp | null }>(() => ({
  heard: null,
  console: null,
}));

/** How often the set is placed on the page's clock again (the shared clock's estimate improves). */
const RESYNC_MS = 1000;

let listening: { player: LiveSetPlayer; timer: ReturnType<typeof setInterval> } | null = null;
let connected: WorldConnection | null = null;

/** Starts hearing live sets in the space just joined (on a stage, in the audience). */
export function joinLiveSet(connection: WorldConnection, kind: SpaceKind, role: string): void {
  leaveLiveSet();
  connected = connection;
  if (kind !== 'stage' || role === 'performer') return;
  const player = new LiveSetPlayer(connection.clock, (heard) => useLiveSet.setState({ heard }));
  connection.onLiveSet({
    song: (update) => player.song(update),
    transport: (transport) => player.setTransport(transport),
    note: (note) => player.note(note),
  });
  listening = { player, timer: setInterval(() => player.resync(), RESYNC_MS) };
  void whenAudioRunning().then((context) => {
    const destination = venueOutput();
    if (destination && listening?.player === player) player.setAudio({ context, destination });
  });
}

export function leaveLiveSet(): void {
  connected?.onLiveSet(null);
  connected = null;
  if (listening) {
    clearInterval(listening.timer);
    listening.player.dispose();
  }
  listening = null;
  useLiveSet.setState({ heard: null });
}

/** The room connection a performer's live set goes out on, or null outside a space. */
export function liveSetConnection(): WorldConnection | null {
  return connected;
}
