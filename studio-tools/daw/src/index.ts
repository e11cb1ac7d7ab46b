// The DAW's public face. The core is plain data and Yjs, with no React, Tone.js or three.js inside.
export * from './core/project.ts';
export { DEVICES, DRUM_PADS, clampParam, defaultParams, deviceSpec } from './core/devices.ts';
export type { DeviceSpec, ParamCurve, ParamSpec } from './core/devices.ts';
export { createProjectDoc, readProject, DEFAULT_MIXER, DEFAULT_SONG } from './core/doc.ts';
export { applyOperation } from './core/apply.ts';
export { DawError, OperationSchema, parseOperation } from './core/operations.ts';
export type { NoteChange, Operation } from './core/operations.ts';
export { History } from './core/history.ts';
export { barBeats, nextBar, notesBetween, secondsPerBeat, swung } from './core/timing.ts';
export type { ScheduledNote } from './core/timing.ts';
export { chordOf, chordsOfKey, detectKey, romanNumerals, suggestNextChords } from './core/theory.ts';
export type { KeyChord, KeyGuess, Mode, MusicalKey } from './core/theory.ts';
export { copyNotes, pasteNotes } from './core/clipboard.ts';
export { parseMidi } from './core/midi.ts';
export { encodeSamplePcm, toSamplePcm } from './core/sample.ts';
export { base64ToBytes, bytesToBase64 } from './core/base64.ts';
export type { MidiNote } from './core/midi.ts';
export type { CopiedNotes } from './core/clipboard.ts';
export { newId } from './core/ids.ts';
export {
  arrangementEvents,
  arrangementLength,
  EMPTY_SESSION,
  launchClip,
  launchScene,
  sessionEvents,
  stopTrack,
} from './core/playback.ts';
export type { NoteEvent, Playing, SessionState } from './core/playback.ts';
export { demoSongDoc, demoSongOperations } from './core/demo-song.ts';
export { chordNotes, harmonyOf } from './core/harmony.ts';
export type { BarChord, Harmony } from './core/harmony.ts';
