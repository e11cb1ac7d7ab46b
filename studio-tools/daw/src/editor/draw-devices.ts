// Draws the devices view: the tracks down the left (the shown one lit), then the shown track's mixer knobs,
// its instrument with its arrows and knobs, its effects in boxes, and the row of effects to add.
import { deviceSpec } from '../core/devices.ts';
import type { Project } from '../core/project.ts';
import type { Selection } from './commands.ts';
import { devicesLayout, devicesTrack, type KnobPlace } from './devices-layout.ts';
import { formatParam, knobShare } from './knob.ts';
import { HEADER_WIDTH, trackRow, type Rect } from './layout.ts';
import { ACCENT, button, DIM, emptyState, INK, LINE, PANEL, roundRect, trackHeader } from './paint.ts';

export interface DevicesScene {
  readonly project: Project;
  readonly selection: Selection;
}

/** A knob's sweep: from the lower left, clockwise, to the lower right. */
const START = Math.PI * 0.75;
const SWEEP = Math.PI * 1.5;

export function drawDevices(g: CanvasRenderingContext2D, scene: DevicesScene): void {
  const { project } = scene;
  const track = devicesTrack(project, scene.selection);
  if (!track) {
    emptyState(g, 'No tracks yet: press “+ Track”, then its instrument and effects are here.');
    return;
  }
  const count = project.tracks.length;
  project.tracks.forEach((t, index) => {
    const row = trackRow(index, count);
    trackHeader(g, row, t.name, t.color, HEADER_WIDTH);
    if (t.id === track.id) {
      g.strokeStyle = ACCENT;
      g.lineWidth = 2;
      g.strokeRect(row.x + 1, row.y + 1, HEADER_WIDTH - 2, row.h - 4);
    }
  });
  const layout = devicesLayout(track);
  title(g, layout.mixerTitle, `${track.name}: mixer`);
  layout.mixer.forEach((knob) => drawKnob(g, knob));
  button(g, layout.previous, '◀', 'off');
  button(g, layout.next, '▶', 'off');
  const instrument = layout.instrumentTitle;
  g.fillStyle = INK;
  g.font = '600 17px system-ui, sans-serif';
  g.textAlign = 'center';
  const label = deviceSpec(track.instrument.type)?.label ?? track.instrument.type;
  g.fillText(label, instrument.x + instrument.w / 2, instrument.y + instrument.h / 2, instrument.w);
  layout.instrument.forEach((knob) => drawKnob(g, knob));
  if (layout.sample) {
    button(g, layout.sample.load, 'Load a sound…', 'off');
    button(g, layout.sample.clear, '✕', track.sample ? 'off' : 'disabled');
    g.fillStyle = DIM;
    g.font = '14px system-ui, sans-serif';
    g.textAlign = 'left';
    const sound = track.sample
      ? `“${track.sample.name}”, ${(track.sample.pcm.length / track.sample.sampleRate).toFixed(2)} s`
      : 'the built-in pluck';
    const { label } = layout.sample;
    g.fillText(`Plays ${sound}`, label.x, label.y + label.h / 2, label.w);
  }
  for (const effect of layout.effects) {
    g.fillStyle = PANEL;
    roundRect(g, effect.box, 6);
    g.fill();
    title(g, { ...effect.box, x: effect.box.x + 8, h: 30 }, effect.label);
    button(g, effect.up, '↑', 'off');
    button(g, effect.down, '↓', 'off');
    button(g, effect.remove, '✕', 'off');
    effect.knobs.forEach((knob) => drawKnob(g, knob));
  }
  if (layout.effects.length === 0) {
    g.fillStyle = DIM;
    g.font = '15px system-ui, sans-serif';
    g.textAlign = 'left';
    g.fillText(
      'No effects yet: add one below. Drag a knob up or down; double-click resets it.',
      layout.mixerTitle.x,
      330,
    );
  }
  for (const add of layout.add) {
    g.strokeStyle = LINE;
    g.lineWidth = 2;
    roundRect(g, add.rect, 6);
    g.stroke();
    g.fillStyle = INK;
    g.font = '13px system-ui, sans-serif';
    g.textAlign = 'center';
    g.fillText(add.label, add.rect.x + add.rect.w / 2, add.rect.y + add.rect.h / 2, add.rect.w - 6);
  }
}

function title(g: CanvasRenderingContext2D, rect: Rect, text: string): void {
  g.fillStyle = INK;
  g.font = '600 15px system-ui, sans-serif';
  g.textAlign = 'left';
  g.fillText(text, rect.x, rect.y + rect.h / 2, rect.w - 100);
}

function drawKnob(g: CanvasRenderingContext2D, knob: KnobPlace): void {
  const cx = knob.rect.x + knob.rect.w / 2;
  const cy = knob.rect.y + 24;
  const radius = 20;
  g.lineCap = 'round';
  g.lineWidth = 5;
  g.strokeStyle = LINE;
  g.beginPath();
  g.arc(cx, cy, radius, START, START + SWEEP);
  g.stroke();
  const share = knobShare(knob.spec, knob.value);
  g.strokeStyle = ACCENT;
  g.beginPath();
  g.arc(cx, cy, radius, START, START + SWEEP * share);
  g.stroke();
  const angle = START + SWEEP * share;
  g.strokeStyle = INK;
  g.lineWidth = 3;
  g.beginPath();
  g.moveTo(cx, cy);
  g.lineTo(cx + Math.cos(angle) * (radius - 4), cy + Math.sin(angle) * (radius - 4));
  g.stroke();
  g.lineCap = 'butt';
  g.fillStyle = INK;
  g.font = '12px system-ui, sans-serif';
  g.textAlign = 'center';
  g.fillText(knob.spec.label, cx, knob.rect.y + 56, knob.rect.w - 4);
  g.fillStyle = DIM;
  g.fillText(formatParam(knob.spec, knob.value), cx, knob.rect.y + 71, knob.rect.w - 4);
}
