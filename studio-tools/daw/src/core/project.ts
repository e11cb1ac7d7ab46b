// A song as plain data: what the editor shows, the engine plays and the tests compare. Times are in beats
// (quarter notes) from the start of a clip or of the song; levels in decibels; pan from -1 (left) to 1.
// The shared, editable form is a Yjs document (doc.ts); this is what reading it gives.

/** One note of a clip. */
export interface Note {
  readonly id: string;
  /** MIDI note number, 0–127 (60 is middle C; on a drum track, the kit's pad). */
  readonly pitch: number;
  /** Beats from the clip's start. */
  readonly start: number;
  /** Beats. */
  readonly duration: number;
  /** 0–1. */
  readonly velocity: number;
}

/** A point of an automation lane: the parameter's value from `time` (beats from the clip's start). */
export interface AutomationPoint {
  readonly id: string;
  readonly time: number;
  readonly value: number;
}

/** A clip: a loop of notes (and of parameter moves) on one track, in a scene's slot and/or placed on the timeline. */
export interface Clip {
  readonly id: string;
  readonly name: string;
  /** Beats; the clip loops at this length. */
  readonly length: number;
  /** The scene whose slot it fills in the session view, or null (only on the timeline). */
  readonly scene: string | null;
  /** Sorted by start, then pitch. */
  readonly notes: readonly Note[];
  /** Keyed by parameter address (see devices.ts: "instrument.cutoff", "fx.<id>.wet", "mixer.volume"). */
  readonly automation: Readonly<Record<string, readonly AutomationPoint[]>>;
}

/** A clip placed on the arrangement timeline. */
export interface Placement {
  readonly id: string;
  readonly clip: string;
  /** Beats from the song's start. */
  readonly start: number;
  /** Beats; the clip loops to fill it. */
  readonly length: number;
}

/** A device (instrument or effect) and its parameters, by id (see devices.ts). */
export interface Device {
  readonly id: string;
  readonly type: string;
  readonly params: Readonly<Record<string, number>>;
}

export interface Mixer {
  readonly volume: number;
  readonly pan: number;
  readonly mute: boolean;
  readonly solo: boolean;
  /** Send levels to the two buses, dB (−60 is off). */
  readonly sendA: number;
  readonly sendB: number;
}

/** A sound of the person's own for the sampler: mono, 16-bit, at `sampleRate`. */
export interface Sample {
  readonly name: string;
  readonly sampleRate: number;
  readonly pcm: Int16Array;
}

export interface Track {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly instrument: Device;
  /** In signal order. */
  readonly effects: readonly Device[];
  readonly mixer: Mixer;
  /** Sorted by id (clips are found by id; the session view orders them by scene). */
  readonly clips: readonly Clip[];
  /** Sorted by start. */
  readonly placements: readonly Placement[];
  /** The sampler's sound, when it is the person's own (else its built-in pluck). */
  readonly sample?: Sample;
}

export interface Scene {
  readonly id: string;
  readonly name: string;
}

export interface Bus {
  readonly effect: Device;
  readonly volume: number;
}

export interface Song {
  readonly name: string;
  /** Beats per minute, 20–300. */
  readonly tempo: number;
  /** 0 (straight) to 0.75: how late every second eighth note comes, as a share of an eighth. */
  readonly swing: number;
  /** Beats (of `beatUnit`) per bar. */
  readonly beatsPerBar: number;
  readonly beatUnit: number;
  /** Master volume, dB. */
  readonly masterVolume: number;
}

export interface Project {
  readonly song: Song;
  /** In the order shown. */
  readonly tracks: readonly Track[];
  /** In the order shown. */
  readonly scenes: readonly Scene[];
  /** Send buses A and B. */
  readonly buses: readonly [Bus, Bus];
}

export const PITCH_RANGE = { min: 0, max: 127 } as const;
export const TEMPO_RANGE = { min: 20, max: 300 } as const;
export const MAX_SWING = 0.75;
export const SILENT_DB = -60;
export const VOLUME_RANGE = { min: SILENT_DB, max: 6 } as const;
/** Clip lengths, beats: from one beat to 64 bars of 4. */
export const CLIP_LENGTH_RANGE = { min: 1, max: 256 } as const;
/** Song length the timeline reaches, beats (256 bars of 4). */
export const SONG_BEATS = 1024;
/** A sample's size and rates: 240 kB of 16-bit sound is five seconds at 24 kHz, the rate the page imports at. */
export const SAMPLE_LIMITS = { bytes: 240_000, minRate: 8000, maxRate: 48_000 } as const;
export const LIMITS = { tracks: 64, scenes: 64, clipsPerTrack: 256, notesPerClip: 4096, effects: 8 } as const;
