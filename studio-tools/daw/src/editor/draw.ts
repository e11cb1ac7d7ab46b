// Draws the DAW on its canvas: the top bar, then the session view, the notes grid or the mixer, with what
// plays now lit. Reads only what it is given; layout.ts says where everything goes.
import { DRUM_PADS } from '../core/devices.ts';
import type { Project } from '../core/project.ts';
import type { Selection } from './commands.ts';
import { drawArrangement } from './draw-arrange.ts';
import { drawDevices } from './draw-devices.ts';
import type { WhatPlays } from './what-plays.ts';
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
import { ACCENT, button, DIM, emptyState, INK, LINE, PANEL, roundRect, trackHeader } from './paint.ts';

export interface Scene2D extends WhatPlays {
  readonly project: Project;
  readonly view: View;
  /** The clip the notes view shows, the notes chosen in it, the placed clip chosen, the notes cursor. */
  readonly selection: Selection;
  readonly playing: boolean;
  /** The keyboard piano's octave. */
  readonly octave: number;
  /** Whether the metronome clicks. */
  readonly metronome: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

const NAMES = ['C', 'C♯', 'D', 'E♭', 'E', 'F', 'F♯', 'G', 'A♭', 'A', 'B♭', 'B'];
const pitchName = (pitch: number) => `${NAMES[pitch % 12]}${Math.floor(pitch / 12) - 1}`;

export function draw(g: CanvasRenderingContext2D, scene: Scene2D): void {
  g.fillStyle = '#13161c';
  g.fillRect(0, 0, WIDTH, HEIGHT);
  g.textBaseline = 'middle';
  drawBar(g, scene);
  if (scene.view === 'mixer') drawMixer(g, scene);
  else if (scene.view === 'notes' && scene.selection.clip) drawNotes(g, scene);
  else if (scene.view === 'arrange') drawArrangement(g, scene);
  else if (scene.view === 'devices') drawDevices(g, scene);
  else drawSession(g, scene);
}

function drawBar(g: CanvasRenderingContext2D, scene: Scene2D): void {
  const labels: Record<ButtonName, string> = {
    play: scene.playing ? '■ Stop' : '▶ Play',
    slower: '−',
    faster: '+',
    session: 'Session',
    arrange: 'Arrange',
    notes: 'Notes',
    mixer: 'Mixer',
    devices: 'Devices',
    undo: 'Undo',
    redo: 'Redo',
    addTrack: '+ Track',
    metronome: '♩',
  };
  for (const [name, rect] of Object.entries(BUTTONS) as Array<[ButtonName, Rect]>) {
    const on =
      name === scene.view || (name === 'play' && scene.playing) || (name === 'metronome' && scene.metronome);
    const disabled =
      (name === 'undo' && !scene.canUndo) ||
      (name === 'redo' && !scene.canRedo) ||
      (name === 'notes' && !scene.selection.clip);
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
  g.fillText(scene.project.song.name, 1100, BAR_HEIGHT / 2, WIDTH - 1108);
}

function drawSession(g: CanvasRenderingContext2D, scene: Scene2D): void {
  const { project } = scene;
  if (project.tracks.length === 0) {
    emptyState(g, 'No tracks yet: press “+ Track” to add a drum kit, then a bass.');
    return;
  }
  const count = project.tracks.length;
  project.tracks.forEach((track, index) => {
    trackHeader(g, trackRow(index, count), track.name, track.color, HEADER_WIDTH);
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
      const selected = scene.selection.clip?.clip === clip.id;
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
  const { selection } = scene;
  const track = scene.project.tracks.find((t) => t.id === selection.clip?.track);
  const clip = track?.clips.find((c) => c.id === selection.clip?.clip);
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
    if (selection.notes.has(note.id)) {
      g.strokeStyle = ACCENT;
      g.lineWidth = 2;
      g.strokeRect(rect.x + 1, rect.y + 1, rect.w - 2, rect.h - 2);
    }
  }
  const x = grid.area.x + (selection.cursor / STEP) * grid.cell.w;
  g.fillStyle = '#7fd1ff';
  for (let y = grid.area.y; y < grid.area.y + grid.area.h; y += 12) g.fillRect(x, y, 2, 6);
  g.fillStyle = INK;
  g.font = '14px system-ui, sans-serif';
  g.textAlign = 'left';
  const piano = drums ? '' : `Keys A–P play from C${scene.octave} (Z, X: octave). `;
  g.fillText(`${piano}Ctrl+C, Ctrl+V: copy, paste at the cursor (← →)`, 12, HEIGHT - 14, HEADER_WIDTH * 5);
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
