// Draws the DAW on its canvas: the top bar, then the session view, the notes grid or the mixer, with what
// plays now lit. Reads only what it is given; layout.ts says where everything goes.
import { DRUM_PADS } from '../core/devices.ts';
import type { Project } from '../core/project.ts';
import {
  BAR_HEIGHT,
  BUTTONS,
  HEADER_WIDTH,
  HEIGHT,
  launchRect,
  noteRect,
  notesGrid,
  slotRect,
  STEP,
  strip,
  faderY,
  TEMPO_LABEL,
  trackRow,
  WIDTH,
  type ButtonName,
  type Rect,
  type View,
} from './layout.ts';

export interface Scene2D {
  readonly project: Project;
  readonly view: View;
  readonly selected: { track: string; clip: string } | null;
  readonly playing: boolean;
  /** The clip each track plays now. */
  readonly nowPlaying: Readonly<Record<string, string>>;
  /** Where the selected clip's playhead is, beats from its start, or null. */
  readonly playhead: number | null;
  /** Where the keyboard piano writes next in the notes view, and its octave. */
  readonly cursor: { beat: number; octave: number } | null;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Each track's level now, 0..1. */
  readonly levels: Readonly<Record<string, number>>;
}

const INK = '#f4f1ea';
const DIM = '#8a8f98';
const PANEL = '#1d2129';
const LINE = '#2c313b';
const ACCENT = '#ffb000';
const NAMES = ['C', 'C♯', 'D', 'E♭', 'E', 'F', 'F♯', 'G', 'A♭', 'A', 'B♭', 'B'];
const pitchName = (pitch: number) => `${NAMES[pitch % 12]}${Math.floor(pitch / 12) - 1}`;

export function draw(g: CanvasRenderingContext2D, scene: Scene2D): void {
  g.fillStyle = '#13161c';
  g.fillRect(0, 0, WIDTH, HEIGHT);
  g.textBaseline = 'middle';
  drawBar(g, scene);
  if (scene.view === 'mixer') drawMixer(g, scene);
  else if (scene.view === 'notes' && scene.selected) drawNotes(g, scene);
  else drawSession(g, scene);
}

function button(
  g: CanvasRenderingContext2D,
  rect: Rect,
  label: string,
  state: 'on' | 'off' | 'disabled',
): void {
  g.fillStyle = state === 'on' ? ACCENT : PANEL;
  roundRect(g, rect, 8);
  g.fill();
  g.fillStyle = state === 'on' ? '#13161c' : state === 'disabled' ? '#4a505b' : INK;
  g.font = '600 18px system-ui, sans-serif';
  g.textAlign = 'center';
  g.fillText(label, rect.x + rect.w / 2, rect.y + rect.h / 2);
}

function drawBar(g: CanvasRenderingContext2D, scene: Scene2D): void {
  const labels: Record<ButtonName, string> = {
    play: scene.playing ? '■ Stop' : '▶ Play',
    slower: '−',
    faster: '+',
    session: 'Session',
    notes: 'Notes',
    mixer: 'Mixer',
    undo: 'Undo',
    redo: 'Redo',
    addTrack: '+ Track',
  };
  for (const [name, rect] of Object.entries(BUTTONS) as Array<[ButtonName, Rect]>) {
    const on = name === scene.view || (name === 'play' && scene.playing);
    const disabled =
      (name === 'undo' && !scene.canUndo) ||
      (name === 'redo' && !scene.canRedo) ||
      (name === 'notes' && !scene.selected);
    button(g, rect, labels[name], on ? 'on' : disabled ? 'disabled' : 'off');
  }
  g.fillStyle = INK;
  g.font = '600 18px system-ui, sans-serif';
  g.textAlign = 'center';
  g.fillText(
    `${scene.project.song.tempo} bpm`,
    TEMPO_LABEL.x + TEMPO_LABEL.w / 2,
    TEMPO_LABEL.y + TEMPO_LABEL.h / 2,
  );
  g.textAlign = 'left';
  g.fillStyle = DIM;
  g.fillText(scene.project.song.name, 1016, BAR_HEIGHT / 2);
}

function drawSession(g: CanvasRenderingContext2D, scene: Scene2D): void {
  const { project } = scene;
  if (project.tracks.length === 0) {
    g.fillStyle = DIM;
    g.font = '20px system-ui, sans-serif';
    g.textAlign = 'center';
    g.fillText('No tracks yet: press “+ Track” to add a drum kit, then a bass.', WIDTH / 2, HEIGHT / 2);
    return;
  }
  const count = project.tracks.length;
  project.tracks.forEach((track, index) => {
    const row = trackRow(index, count);
    g.fillStyle = PANEL;
    g.fillRect(row.x, row.y, row.w, row.h - 2);
    g.fillStyle = track.color;
    g.fillRect(row.x, row.y, 8, row.h - 2);
    g.fillStyle = INK;
    g.font = `600 ${Math.min(17, row.h * 0.45)}px system-ui, sans-serif`;
    g.textAlign = 'left';
    g.fillText(track.name, row.x + 18, row.y + row.h / 2, HEADER_WIDTH - 24);
    project.scenes.forEach((sceneItem, sceneIndex) => {
      const slot = slotRect(index, sceneIndex, count);
      const clip = track.clips.find((c) => c.scene === sceneItem.id);
      const box = { x: slot.x + 4, y: slot.y + 2, w: slot.w - 8, h: slot.h - 6 };
      if (!clip) {
        g.strokeStyle = LINE;
        g.lineWidth = 2;
        roundRect(g, box, 6);
        g.stroke();
        g.fillStyle = '#3b414c';
        g.textAlign = 'center';
        g.font = '22px system-ui, sans-serif';
        g.fillText('+', box.x + box.w / 2, box.y + box.h / 2);
        return;
      }
      const playing = scene.nowPlaying[track.id] === clip.id;
      const selected = scene.selected?.clip === clip.id;
      g.fillStyle = track.color;
      g.globalAlpha = playing ? 1 : 0.7;
      roundRect(g, box, 6);
      g.fill();
      g.globalAlpha = 1;
      if (selected || playing) {
        g.strokeStyle = playing ? '#ffffff' : ACCENT;
        g.lineWidth = 3;
        roundRect(g, box, 6);
        g.stroke();
      }
      const launch = launchRect(slot);
      g.fillStyle = '#ffffff';
      g.beginPath();
      const tip = Math.min(18, launch.h * 0.8);
      g.moveTo(launch.x + 8, launch.y + launch.h / 2 - tip / 2);
      g.lineTo(launch.x + 8 + tip, launch.y + launch.h / 2);
      g.lineTo(launch.x + 8, launch.y + launch.h / 2 + tip / 2);
      g.closePath();
      g.fill();
      g.font = `600 ${Math.min(15, box.h * 0.45)}px system-ui, sans-serif`;
      g.textAlign = 'left';
      g.fillText(clip.name, launch.x + launch.w + 4, box.y + box.h / 2, box.w - launch.w - 16);
    });
  });
}

function drawNotes(g: CanvasRenderingContext2D, scene: Scene2D): void {
  const track = scene.project.tracks.find((t) => t.id === scene.selected?.track);
  const clip = track?.clips.find((c) => c.id === scene.selected?.clip);
  if (!track || !clip) return;
  const grid = notesGrid(track, clip);
  const drums = track.instrument.type === 'drums';
  grid.rows.forEach((pitch, row) => {
    const y = grid.area.y + row * grid.cell.h;
    const black = !drums && [1, 3, 6, 8, 10].includes(pitch % 12);
    g.fillStyle = black ? '#171a20' : '#1b1f26';
    g.fillRect(grid.area.x, y, grid.area.w, grid.cell.h);
    g.fillStyle = black ? '#2a2f38' : PANEL;
    g.fillRect(0, y, HEADER_WIDTH - 2, grid.cell.h - 1);
    if (drums || pitch % 12 === 0) {
      g.fillStyle = INK;
      g.font = `${Math.min(16, grid.cell.h - 2)}px system-ui, sans-serif`;
      g.textAlign = 'left';
      const name = drums ? (DRUM_PADS.find((pad) => pad.pitch === pitch)?.name ?? '') : pitchName(pitch);
      g.fillText(name, 12, y + grid.cell.h / 2);
    }
  });
  for (let step = 0; step <= grid.steps; step++) {
    const x = grid.area.x + step * grid.cell.w;
    const beat = step * STEP;
    g.fillStyle = beat % 4 === 0 ? '#4a515e' : beat % 1 === 0 ? '#333944' : '#23272f';
    g.fillRect(x, grid.area.y, 1, grid.area.h);
  }
  for (const note of clip.notes) {
    const rect = noteRect(grid, note);
    if (!rect) continue;
    g.fillStyle = track.color;
    g.globalAlpha = 0.45 + 0.55 * note.velocity;
    g.fillRect(rect.x + 1, rect.y + 1, rect.w - 2, rect.h - 2);
    g.globalAlpha = 1;
  }
  if (scene.cursor && !drums) {
    const x = grid.area.x + (scene.cursor.beat / STEP) * grid.cell.w;
    g.fillStyle = '#7fd1ff';
    for (let y = grid.area.y; y < grid.area.y + grid.area.h; y += 12) g.fillRect(x, y, 2, 6);
    g.fillStyle = INK;
    g.font = '14px system-ui, sans-serif';
    g.textAlign = 'left';
    g.fillText(`Keys A–P play from C${scene.cursor.octave} (Z, X: octave)`, 12, HEIGHT - 14);
  }
  if (scene.playhead !== null) {
    g.fillStyle = ACCENT;
    g.fillRect(grid.area.x + (scene.playhead / STEP) * grid.cell.w, grid.area.y, 2, grid.area.h);
  }
}

function drawMixer(g: CanvasRenderingContext2D, scene: Scene2D): void {
  const count = scene.project.tracks.length;
  scene.project.tracks.forEach((track, index) => {
    const s = strip(index, count);
    g.fillStyle = track.color;
    g.fillRect(s.label.x, s.label.y, s.label.w, 4);
    g.fillStyle = INK;
    g.font = '600 15px system-ui, sans-serif';
    g.textAlign = 'center';
    g.fillText(track.name, s.label.x + s.label.w / 2, s.label.y + 18, s.label.w);
    g.fillStyle = PANEL;
    g.fillRect(s.fader.x + s.fader.w / 2 - 3, s.fader.y, 6, s.fader.h);
    const level = Math.min(1, Math.max(0, scene.levels[track.id] ?? 0));
    g.fillStyle = '#3ddc84';
    g.fillRect(s.fader.x + s.fader.w + 6, s.fader.y + s.fader.h * (1 - level), 6, s.fader.h * level);
    const y = faderY(s.fader, track.mixer.volume);
    g.fillStyle = INK;
    g.fillRect(s.fader.x, y - 8, s.fader.w, 16);
    g.fillStyle = DIM;
    g.font = '13px system-ui, sans-serif';
    g.fillText(`${track.mixer.volume} dB`, s.fader.x + s.fader.w / 2, s.fader.y + s.fader.h + 14);
    button(g, s.mute, 'M', track.mixer.mute ? 'on' : 'off');
    button(g, s.solo, 'S', track.mixer.solo ? 'on' : 'off');
  });
}

function roundRect(g: CanvasRenderingContext2D, r: Rect, radius: number): void {
  g.beginPath();
  g.roundRect(r.x, r.y, r.w, r.h, radius);
}
