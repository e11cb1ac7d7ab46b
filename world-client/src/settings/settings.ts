// The visitor's settings, kept in this browser: the venue's sound volume (voices and music included), their
// microphone (which input, voice or music, push-to-talk), how far a snap turn goes in VR, and whether the view
// narrows while moving in VR (a vignette: it eases motion sickness for many people).
import { SOUND_MODES } from '@prostudio/protocol';
import { z } from 'zod';
import { create } from 'zustand';

export const SNAP_TURNS = [30, 45, 90] as const;

const settingsSchema = z.object({
  snapDegrees: z.union([z.literal(30), z.literal(45), z.literal(90)]),
  vignette: z.boolean(),
  /** The venue's sounds, 0 (silent) to 1. */
  volume: z.number().min(0).max(1),
  /** The sound input to send (a device id of this browser's), or '' for the system's default. */
  microphone: z.string().max(256),
  /** Speech (echo cancellation and the rest on), or an instrument or a line in (off, stereo, more bits). */
  soundMode: z.enum(SOUND_MODES),
  /** The microphone sends only while V (or the talk button) is held. */
  pushToTalk: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  snapDegrees: 45,
  vignette: true,
  volume: 0.6,
  microphone: '',
  soundMode: 'voice',
  pushToTalk: false,
};

const KEY = 'prostudio.settings';

/** Settings from what was stored; anything unreadable or unknown falls back to the defaults. */
export function parseSettings(stored: string | null): Settings {
  if (!stored) return DEFAULT_SETTINGS;
  try {
    const parsed = settingsSchema.partial().safeParse(JSON.parse(stored));
    return parsed.success ? { ...DEFAULT_SETTINGS, ...parsed.data } : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

const stored = (): string | null => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
};

export const useSettings = create<Settings>(() =>
  parseSettings(typeof localStorage === 'undefined' ? null : stored()),
);

export function changeSettings(change: Partial<Settings>): void {
  useSettings.setState(change);
  localStorage.setItem(KEY, JSON.stringify(useSettings.getState()));
}
