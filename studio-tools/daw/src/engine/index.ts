// The DAW's sound, in the browser: playing live, rendering offline, exporting. Tone.js and Web Audio inside.
export { createLiveEngine } from './live.ts';
export type { LiveEngine, SharedAudio } from './live.ts';
export { Player } from './player.ts';
export type { PlayerState, PlayMode } from './player.ts';
export { MixGraph } from './mix-graph.ts';
export { Metronome } from './metronome.ts';
export { renderSong } from './render.ts';
export type { RenderOptions } from './render.ts';
export { encodeWav, decodeWav } from '../export/wav.ts';
export type { PcmAudio, WavDepth } from '../export/wav.ts';
