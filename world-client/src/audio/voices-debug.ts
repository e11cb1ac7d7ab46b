// A debug hook for the end-to-end tests: window.prostudioVoices reports who is heard and how.
import { clockDifference } from './loudness.ts';
import type { SoundPath, TalkerStats } from './sound-path.ts';

export interface VoicesDebug {
  /** The slots heard now. */
  talkers(): number[];
  /** The playout lag of `slot`, ms (SoundPath.lagOf), or null. */
  lag(slot: number): number | null;
  /** How loud `slot` is now, 0..1. */
  level(slot: number): number;
  stats(slot: number): TalkerStats | null;
  /** How loud our own sound is as it leaves, 0..1. */
  sending(): number;
  /** Frames of ours let go unsent after this page stalled (SoundPath.unsent). */
  unsent(): number;
  /**
   * How far ahead of `slot`'s sound their motion is shown, ms, by the sender's clock (negative: behind), or
   * null when either is not playing.
   */
  motionAhead(slot: number): number | null;
}

declare global {
  interface Window {
    prostudioVoices?: VoicesDebug;
  }
}

/**
 * Installs window.prostudioVoices over `path`; `poseTimeOf` gives the sender's clock time of the pose shown
 * now for a slot. Returns a function that removes it.
 */
export function installVoicesDebug(path: SoundPath, poseTimeOf: (slot: number) => number | null): () => void {
  const hook: VoicesDebug = {
    talkers: () => path.talkers(),
    lag: (slot) => path.lagOf(slot),
    level: (slot) => path.levelOf(slot),
    stats: (slot) => path.statsOf(slot),
    sending: () => path.sending,
    unsent: () => path.unsent,
    motionAhead(slot) {
      const lag = path.lagOf(slot);
      const pose = poseTimeOf(slot);
      return lag === null || pose === null ? null : clockDifference(Math.round(pose), Date.now() - lag);
    },
  };
  window.prostudioVoices = hook;
  return () => {
    if (window.prostudioVoices === hook) delete window.prostudioVoices;
  };
}
