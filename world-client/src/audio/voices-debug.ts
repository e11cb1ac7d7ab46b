// A debug hook for the end-to-end tests: window.prostudioVoices reports who is heard and how.
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
}

declare global {
  interface Window {
    prostudioVoices?: VoicesDebug;
  }
}

/** Installs window.prostudioVoices over `path`; returns a function that removes it. */
export function installVoicesDebug(path: SoundPath): () => void {
  const hook: VoicesDebug = {
    talkers: () => path.talkers(),
    lag: (slot) => path.lagOf(slot),
    level: (slot) => path.levelOf(slot),
    stats: (slot) => path.statsOf(slot),
    sending: () => path.sending,
  };
  window.prostudioVoices = hook;
  return () => {
    if (window.prostudioVoices === hook) delete window.prostudioVoices;
  };
}
