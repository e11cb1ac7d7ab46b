// Where everything is on the DAW's canvas (1280 × 800, the same on a page, on a wall and under an XR ray),
// and what is under a point. Pure: drawing (draw.ts) and pointer handling (daw-app.ts) both ask it.
import { DRUM_PADS } from '../core/devices.ts';
import type { Clip, Note, Project, Track } from '../core/project.ts';

export const WIDTH = 1280;
export const HEIGHT = 800;
export const BAR_HEIGHT = 56;
export const HEADER_WIDTH = 200;
export const ROW_HEIGHT = 52;
export const SCENE_WIDTH = 160;
/** The piano roll's lowest and highest pitches (C2 to C6). */
export const PIANO_LOW = 36;
export const PIANO_HIGH = 84;
/** The grid's step in beats: sixteenth notes. */
export const STEP = 0.25;
export const STRIP_WIDTH = 96;

export type View = 'session' | 'arrange' | 'notes' | 'mixer' | 'devices';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export const inside = (r: Rect, x: number, y: number) =>
  x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;

/** The buttons of the top bar, drawn on the canvas so they work under an XR ray too. */
export const BUTTONS = {
  play: { x: 12, y: 8, w: 88, h: 40 },
  slower: { x: 112, y: 8, w: 40, h: 40 },
  faster: { x: 232, y: 8, w: 40, h: 40 },
  session: { x: 284, y: 8, w: 92, h: 40 },
  arrange: { x: 380, y: 8, w: 92, h: 40 },
  notes: { x: 476, y: 8, w: 92, h: 40 },
  mixer: { x: 572, y: 8, w: 92, h: 40 },
  devices: { x: 668, y: 8, w: 92, h: 40 },
  undo: { x: 774, y: 8, w: 68, h: 40 },
  redo: { x: 846, y: 8, w: 68, h: 40 },
  addTrack: { x: 926, y: 8, w: 104, h: 40 },
  metronome: { x: 1036, y: 8, w: 56, h: 40 },
} as const satisfies Record<string, Rect>;
export type ButtonName = keyof typeof BUTTONS;
/** Where the tempo is shown, between slower and faster. */
export const TEMPO_LABEL: Rect = { x: 152, y: 8, w: 80, h: 40 };

/** A track row's height with `tracks` tracks: as tall as they can be while all fit. */
export function rowHeight(tracks: number): number {
  return Math.min(ROW_HEIGHT, (HEIGHT - BAR_HEIGHT) / Math.max(1, tracks));
}

/** A track's header row (its name, in every view but the mixer), of `tracks` tracks. */
export function trackRow(index: number, tracks = 1): Rect {
  const h = rowHeight(tracks);
  return { x: 0, y: BAR_HEIGHT + index * h, w: HEADER_WIDTH, h };
}

/** A slot of the session view: track row by scene column, of `tracks` tracks. */
export function slotRect(trackIndex: number, sceneIndex: number, tracks = 1): Rect {
  const h = rowHeight(tracks);
  return { x: HEADER_WIDTH + sceneIndex * SCENE_WIDTH, y: BAR_HEIGHT + trackIndex * h, w: SCENE_WIDTH, h };
}

/** The small launch triangle at a slot's left (a click on the rest of the slot selects its clip). */
export function launchRect(slot: Rect): Rect {
  return { x: slot.x + 6, y: slot.y + slot.h * 0.15, w: 32, h: slot.h * 0.7 };
}

export type Target =
  | { kind: 'button'; name: ButtonName }
  | { kind: 'track'; track: string }
  | { kind: 'slot'; track: string; scene: string; clip: string | null; launch: boolean }
  /** A place in the notes grid; `edge`: on the right end of `note` (a drag there resizes it). */
  | { kind: 'cell'; pitch: number; beat: number; note: string | null; edge: boolean }
  /** An empty place on a track's lane of the arrangement, `beat` from the song's start. */
  | { kind: 'lane'; track: string; beat: number }
  /** The arrangement's ruler at `beat`: where the song plays from. */
  | { kind: 'ruler'; beat: number }
  /** A clip placed on the arrangement; `edge`: on its right end (a drag there resizes it). */
  | { kind: 'placement'; track: string; placement: string; edge: boolean }
  /** A parameter's knob in the devices view, by address ("instrument.cutoff", "fx.<id>.wet", "mixer.pan"). */
  | { kind: 'knob'; track: string; address: string }
  /** The instrument's arrows: the previous or next kind of instrument. */
  | { kind: 'instrumentType'; track: string; by: -1 | 1 }
  /** An effect's buttons: earlier or later in the chain, or away. */
  | { kind: 'effect'; track: string; effect: string; action: 'up' | 'down' | 'remove' }
  | { kind: 'addEffect'; track: string; type: string }
  /** A sampler's buttons: load a sound of one's own, or go back to the built-in pluck. */
  | { kind: 'sample'; track: string; action: 'load' | 'clear' }
  | { kind: 'fader'; track: string; volume: number }
  | { kind: 'mute'; track: string }
  | { kind: 'solo'; track: string }
  | { kind: 'none' };

/** The notes grid for `clip` on `track`: rows are pitches (drum pads for a drum kit), columns sixteenths. */
export interface NotesGrid {
  readonly area: Rect;
  /** Pitches from the top row down. */
  readonly rows: readonly number[];
  readonly steps: number;
  readonly cell: { w: number; h: number };
}

export function notesGrid(track: Track, clip: Clip): NotesGrid {
  const area = { x: HEADER_WIDTH, y: BAR_HEIGHT, w: WIDTH - HEADER_WIDTH, h: HEIGHT - BAR_HEIGHT };
  const rows =
    track.instrument.type === 'drums'
      ? DRUM_PADS.map((pad) => pad.pitch).reverse()
      : Array.from({ length: PIANO_HIGH - PIANO_LOW + 1 }, (_, i) => PIANO_HIGH - i);
  const steps = Math.max(1, Math.round(clip.length / STEP));
  return { area, rows, steps, cell: { w: area.w / steps, h: area.h / rows.length } };
}

/** Where `note` is drawn on the grid, or null when its pitch has no row. */
export function noteRect(grid: NotesGrid, note: Note): Rect | null {
  const row = grid.rows.indexOf(note.pitch);
  if (row < 0) return null;
  return {
    x: grid.area.x + (note.start / STEP) * grid.cell.w,
    y: grid.area.y + row * grid.cell.h,
    w: Math.max(grid.cell.w * 0.5, (note.duration / STEP) * grid.cell.w),
    h: grid.cell.h,
  };
}

/** The mixer's strip of the track at `index` of `tracks` (all fit across): fader travel, mute and solo. */
export function strip(index: number, tracks = 1): { fader: Rect; mute: Rect; solo: Rect; label: Rect } {
  const width = Math.min(STRIP_WIDTH, (WIDTH - 24) / Math.max(1, tracks));
  const x = 24 + index * width;
  const button = Math.min(40, (width - 12) / 2);
  return {
    label: { x, y: BAR_HEIGHT + 8, w: width - 12, h: 28 },
    fader: { x: x + (width - 12) / 2 - 20, y: BAR_HEIGHT + 48, w: 40, h: 520 },
    mute: { x, y: BAR_HEIGHT + 600, w: button, h: 36 },
    solo: { x: x + button + 4, y: BAR_HEIGHT + 600, w: button, h: 36 },
  };
}

/** How much of a box's right end a drag resizes from: a quarter, between 6 and 16 pixels. */
export function edgeWidth(width: number): number {
  return Math.min(16, Math.max(6, width / 4));
}

/** A fader's range, dB, from its foot to its head. */
export const FADER_RANGE = { min: -60, max: 6 } as const;

/** The level a fader shows at height `y` within its travel `fader`. */
export function faderLevel(fader: Rect, y: number): number {
  const share = 1 - Math.min(1, Math.max(0, (y - fader.y) / fader.h));
  return Math.round(FADER_RANGE.min + share * (FADER_RANGE.max - FADER_RANGE.min));
}

/** The height at which a fader shows `volume`. */
export function faderY(fader: Rect, volume: number): number {
  const share = (volume - FADER_RANGE.min) / (FADER_RANGE.max - FADER_RANGE.min);
  return fader.y + (1 - Math.min(1, Math.max(0, share))) * fader.h;
}

/** The top bar's button at (x, y), nothing elsewhere on the bar, or null below it. */
export function barTarget(x: number, y: number): Target | null {
  for (const [name, rect] of Object.entries(BUTTONS) as Array<[ButtonName, Rect]>)
    if (inside(rect, x, y)) return { kind: 'button', name };
  return y < BAR_HEIGHT ? { kind: 'none' } : null;
}

/**
 * What is under (x, y) in `view`, with `selected` the clip the notes view edits (the arrangement and the
 * devices have their own: arrange-layout.ts, devices-layout.ts).
 */
export function targetAt(
  project: Project,
  view: Exclude<View, 'arrange' | 'devices'>,
  selected: { track: string; clip: string } | null,
  x: number,
  y: number,
): Target {
  const bar = barTarget(x, y);
  if (bar) return bar;
  if (view === 'mixer') {
    for (const [index, track] of project.tracks.entries()) {
      const s = strip(index, project.tracks.length);
      if (inside(s.mute, x, y)) return { kind: 'mute', track: track.id };
      if (inside(s.solo, x, y)) return { kind: 'solo', track: track.id };
      const reach = {
        ...s.fader,
        x: s.fader.x - 12,
        w: s.fader.w + 24,
        y: s.fader.y - 12,
        h: s.fader.h + 24,
      };
      if (inside(reach, x, y)) return { kind: 'fader', track: track.id, volume: faderLevel(s.fader, y) };
    }
    return { kind: 'none' };
  }
  if (view === 'notes' && selected) {
    const track = project.tracks.find((t) => t.id === selected.track);
    const clip = track?.clips.find((c) => c.id === selected.clip);
    if (track && clip) {
      const grid = notesGrid(track, clip);
      if (!inside(grid.area, x, y)) return { kind: 'none' };
      const row = Math.floor((y - grid.area.y) / grid.cell.h);
      const step = Math.floor((x - grid.area.x) / grid.cell.w);
      const pitch = grid.rows[row] ?? grid.rows.at(-1) ?? 60;
      let edge = false;
      const note = clip.notes.find((n) => {
        const r = noteRect(grid, n);
        if (r === null || !inside(r, x, y)) return false;
        edge = x >= r.x + r.w - edgeWidth(r.w);
        return true;
      });
      return { kind: 'cell', pitch, beat: step * STEP, note: note?.id ?? null, edge };
    }
  }
  const count = project.tracks.length;
  for (const [index, track] of project.tracks.entries()) {
    if (inside(trackRow(index, count), x, y)) return { kind: 'track', track: track.id };
    for (const [sceneIndex, scene] of project.scenes.entries()) {
      const slot = slotRect(index, sceneIndex, count);
      if (!inside(slot, x, y)) continue;
      const clip = track.clips.find((c) => c.scene === scene.id) ?? null;
      return {
        kind: 'slot',
        track: track.id,
        scene: scene.id,
        clip: clip?.id ?? null,
        launch: clip !== null && inside(launchRect(slot), x, y),
      };
    }
  }
  return { kind: 'none' };
}
