// What the page shows of sound: the visitor's microphone (off, starting, on, or what is wrong with it),
// whether push-to-talk is held, who is speaking now, how loud the visitor wants each person, and whether the
// browser still holds sound back until a click.
import { create } from 'zustand';

export type MicState = 'off' | 'starting' | 'on';

/** How loud the visitor hears one person: 0 to 2 (1 as sent), or muted for them alone. */
export interface Hearing {
  readonly volume: number;
  readonly muted: boolean;
}

export const AS_SENT: Hearing = { volume: 1, muted: false };

export interface SoundState {
  mic: MicState;
  /** Why the microphone is not sending, in words (denied, no device, in use, unplugged), or null. */
  micProblem: string | null;
  /** Push-to-talk is held (V, or the talk button). */
  talking: boolean;
  /** How loud the visitor's own sound is leaving, 0..1 (their own speaking light). */
  ownLevel: number;
  /** The people (ids) whose sound is heard right now. */
  speaking: ReadonlySet<string>;
  /** The visitor's choice per person (by id); absent means as sent. */
  hearing: Readonly<Record<string, Hearing>>;
  /** The browser holds all sound back until the visitor clicks (its autoplay policy). */
  blocked: boolean;
  /** The sound inputs this browser offers (labels show once the microphone was allowed). */
  inputs: ReadonlyArray<{ id: string; label: string }>;
}

export const useSound = create<SoundState>(() => ({
  mic: 'off',
  micProblem: null,
  talking: false,
  ownLevel: 0,
  speaking: new Set(),
  hearing: {},
  blocked: false,
  inputs: [],
}));

export const setSound = useSound.setState;

/** Sets how loud the visitor hears `id`. */
export function setHearing(id: string, change: Partial<Hearing>): void {
  setSound((state) => ({
    hearing: { ...state.hearing, [id]: { ...(state.hearing[id] ?? AS_SENT), ...change } },
  }));
}

/** Whether two sets of speaking people are the same (so the store changes only when someone starts or stops). */
export function sameSpeakers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
