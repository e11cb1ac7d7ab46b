// The DAW's editor: a panel app drawn on its own canvas (the page, a wall, an XR ray).
export { DawApp } from './daw-app.ts';
export type { DawAppOptions, PlayedNote, PointerPhase } from './daw-app.ts';
export type { View } from './layout.ts';
export type { Command } from './commands.ts';
export type { RenderedMix } from './export-song.ts';
