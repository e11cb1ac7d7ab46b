// The one face through which the client sends and hears people's sound. Today the room relay carries it
// (relay-path.ts); a WebRTC SFU would be another implementation of this interface, swapped in one place.
import type { SoundMode } from '@prostudio/protocol';

/** How one talker's sound is faring, for the end-to-end tests and a debug view. */
export interface TalkerStats {
  /** Frames received. */
  received: number;
  /** Frames' worth of sound made up for missing ones. */
  concealed: number;
  /** Frames thrown away: late, repeated, or skipped to catch up after a stall. */
  dropped: number;
  /** How far playout runs behind the sender's clock beyond the fastest trip, ms. */
  delayMs: number;
  /** The delay playout aims at, ms. */
  targetMs: number;
}

export interface SoundPath {
  /**
   * Starts sending `stream`'s sound (its first audio track) as `mode` (voice or music); replaces whatever
   * was sent before. Rejects with a message for the person when this browser cannot send sound.
   */
  publish(stream: MediaStream, mode: SoundMode): Promise<void>;
  /** Stops sending (the stream's tracks are the caller's: they are not stopped). */
  unpublish(): void;
  /** What is being sent, or null. */
  readonly publishing: SoundMode | null;
  /** How loud our own sound is as it leaves, 0..1 (for a "you are speaking" light). */
  readonly sending: number;
  /** Frames of ours let go unsent, captured too long before this page could send them (it stalled). */
  readonly unsent: number;
  /**
   * Calls `listener` with each talker's sound as one Web Audio node (in the venue's AudioContext), when their
   * first frame comes and, at once, for talkers already heard. Returns a function that unsubscribes.
   */
  onTalker(listener: (slot: number, node: AudioNode) => void): () => void;
  /** Calls `listener` when a talker's node is gone (forgotten, or silent for a while). Returns an unsubscribe. */
  onTalkerGone(listener: (slot: number) => void): () => void;
  /** The slots of the talkers heard now. */
  talkers(): number[];
  /**
   * ms between now (Date.now()) and the sender's time stamp (their Date.now()) of the sample leaving the
   * speakers now, output latency included; null while nothing of theirs is playing. Pose frames carry the
   * same clock: show the pose stamped `Date.now() - lagOf(slot)` to keep lips and sound together.
   */
  lagOf(slot: number): number | null;
  /** How loud the talker is now, 0..1 (for a speaking indicator). */
  levelOf(slot: number): number;
  /** How the talker's stream is faring, or null when they are not heard. */
  statsOf(slot: number): TalkerStats | null;
  /** Stops sending and hearing, and lets go of everything. */
  close(): void;
}
