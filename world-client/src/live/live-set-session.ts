// The room's shared song, in the space the visitor is in. On a stage: the audience hears the performer's
// live set, rendered on this page (live-set-player.ts); the performer's DAW sends it (live-set-sender.ts).
// In a classroom: the class edits one song together (shared-song.ts), and everyone but the instructor
// hears it as the instructor plays it for the room. Outside React; the UI reads the store.
import type { SpaceKind } from '@prostudio/protocol';
import type * as Y from 'yjs';
import { create } from 'zustand';
import { venueOutput, whenAudioRunning } from '../audio/venue-audio.ts';
import type { LiveSetListener, WorldConnection } from '../net/world-connection.ts';
import type { CanvasApp } from '../panels/canvas-app.ts';
import { LiveSetPlayer, type LiveSetStatus } from './live-set-player.ts';
import { LiveSetSender } from './live-set-sender.ts';
import { SharedSong } from './shared-song.ts';

/**
 * What the page shows: the set as heard here (null where there is none to hear), the performer's DAW while it
 * is open at the stage's console (also a panel on the stage), and a classroom's song (its document now).
 */
export const useLiveSet = create<{
  heard: LiveSetStatus | null;
  console: CanvasApp | null;
  classSong: Y.Doc | null;
}>(() => ({ heard: null, console: null, classSong: null }));

/** How often the set is placed on the page's clock again (the shared clock's estimate improves). */
const RESYNC_MS = 1000;

interface Joined {
  readonly connection: WorldConnection;
  readonly sender: LiveSetSender;
  readonly player: LiveSetPlayer | null;
  readonly timer: ReturnType<typeof setInterval> | undefined;
  readonly shared: SharedSong | null;
}

let joined: Joined | null = null;

/** Starts the room's shared song in the space just joined, as `role` there. */
export function joinLiveSet(connection: WorldConnection, kind: SpaceKind, role: string): void {
  leaveLiveSet();
  const sender = new LiveSetSender(connection);
  // Who hears the song played for the room: a stage's audience, a classroom's class (not who plays it).
  const hears = (kind === 'stage' && role !== 'performer') || (kind === 'classroom' && role !== 'instructor');
  const player = hears
    ? new LiveSetPlayer(connection.clock, (heard) => useLiveSet.setState({ heard }))
    : null;
  const edits = kind === 'classroom' && (role === 'student' || role === 'instructor');
  const shared = edits ? new SharedSong(sender) : null;
  if (shared) {
    // A class hears the song it edits: the page's shared copy, its own edits in it.
    useLiveSet.setState({ classSong: shared.doc });
    player?.useDoc(shared.doc);
    shared.onReplaced((doc) => {
      useLiveSet.setState({ classSong: doc });
      player?.useDoc(doc);
    });
  }
  const listener: LiveSetListener = {
    song: (bytes) => (shared ? shared.receive(bytes) : player?.song(bytes)),
    transport: (transport) => player?.setTransport(transport),
    note: (note) => player?.note(note),
  };
  connection.onLiveSet(listener);
  const timer = player ? setInterval(() => player.resync(), RESYNC_MS) : undefined;
  joined = { connection, sender, player, timer, shared };
  if (player)
    void whenAudioRunning().then((context) => {
      const destination = venueOutput();
      if (destination && joined?.player === player) player.setAudio({ context, destination });
    });
}

export function leaveLiveSet(): void {
  joined?.connection.onLiveSet(null);
  clearInterval(joined?.timer);
  joined?.player?.dispose();
  joined?.shared?.dispose();
  joined = null;
  useLiveSet.setState({ heard: null, classSong: null });
}

/** What sends this page's playing and edits to the room, or null outside a space. */
export function liveSetSender(): LiveSetSender | null {
  return joined?.sender ?? null;
}

/** The classroom's song here, to start it (where the room has none) or replace it; null elsewhere. */
export function sharedSong(): SharedSong | null {
  return joined?.shared ?? null;
}
