// Draws the arrangement: a ruler of bars, a lane a track with its clips placed along it (each loop of a
// clip marked), the chosen placement outlined and the song's playhead while it plays.
import { barBeats } from '../core/timing.ts';
import type { Selection } from './commands.ts';
import type { Clip, Project } from '../core/project.ts';
import { beatWidth, laneRow, lanesArea, placementRect, rulerRect, timelineBars } from './arrange-layout.ts';
import { HEADER_WIDTH, HEIGHT, WIDTH, type Rect } from './layout.ts';
import { ACCENT, DIM, emptyState, INK, LINE, PANEL, roundRect, trackHeader } from './paint.ts';

export interface ArrangementScene {
  readonly project: Project;
  readonly selection: Selection;
  readonly songPlayhead: number | null;
}

export function drawArrangement(g: CanvasRenderingContext2D, scene: ArrangementScene): void {
  const { project } = scene;
  if (project.tracks.length === 0) {
    emptyState(g, 'No tracks yet: press “+ Track”, make a clip in the session view, then place it here.');
    return;
  }
  drawRuler(g, project, scene.selection.playFrom);
  const bw = beatWidth(project);
  const area = lanesArea();
  const count = project.tracks.length;
  project.tracks.forEach((track, index) => {
    const row = laneRow(index, count);
    trackHeader(g, row, track.name, track.color, HEADER_WIDTH);
    g.fillStyle = index % 2 ? '#171a20' : '#191c23';
    g.fillRect(area.x, row.y, area.w, row.h - 2);
    for (const placement of track.placements) {
      const clip = track.clips.find((c) => c.id === placement.clip);
      const box = placementRect(project, index, placement);
      g.fillStyle = track.color;
      g.globalAlpha = 0.8;
      roundRect(g, box, 4);
      g.fill();
      g.globalAlpha = 1;
      if (clip) drawNotesPreview(g, box, clip, placement.length, bw);
      // Where the clip loops within the placement.
      g.fillStyle = 'rgba(0, 0, 0, 0.35)';
      for (
        let loop = clip?.length ?? placement.length;
        loop < placement.length;
        loop += clip?.length ?? placement.length
      )
        g.fillRect(box.x + loop * bw, box.y + 3, 2, box.h - 6);
      const chosen =
        scene.selection.placement?.track === track.id && scene.selection.placement.placement === placement.id;
      if (chosen) {
        g.strokeStyle = ACCENT;
        g.lineWidth = 3;
        roundRect(g, box, 4);
        g.stroke();
      }
      g.fillStyle = INK;
      g.font = `600 ${Math.min(14, box.h * 0.4)}px system-ui, sans-serif`;
      g.textAlign = 'left';
      if (box.w > 24) g.fillText(clip?.name ?? '?', box.x + 6, box.y + box.h / 2, box.w - 12);
    }
  });
  if (scene.songPlayhead !== null) {
    g.fillStyle = ACCENT;
    g.fillRect(area.x + scene.songPlayhead * bw, rulerRect().y, 2, HEIGHT - rulerRect().y);
  }
  const selected = project.tracks
    .find((t) => t.id === scene.selection.clip?.track)
    ?.clips.find((c) => c.id === scene.selection.clip?.clip);
  g.fillStyle = DIM;
  g.font = '14px system-ui, sans-serif';
  g.textAlign = 'left';
  g.fillText(
    `Click a lane to place ${selected ? `“${selected.name}”` : 'its first clip'}; drag to move, the right end to stretch; double-click to edit; the ruler: play from there`,
    12,
    HEIGHT - 14,
    WIDTH - 24,
  );
}

function drawRuler(g: CanvasRenderingContext2D, project: Project, playFrom: number): void {
  const ruler = rulerRect();
  g.fillStyle = PANEL;
  g.fillRect(ruler.x, ruler.y, ruler.w, ruler.h);
  const bars = timelineBars(project);
  const barWidth = beatWidth(project) * barBeats(project.song);
  // A number every bar where there is room, else every fourth.
  const every = barWidth >= 28 ? 1 : barWidth >= 8 ? 4 : 16;
  g.font = '12px system-ui, sans-serif';
  g.textAlign = 'left';
  for (let bar = 0; bar < bars; bar++) {
    const x = ruler.x + bar * barWidth;
    g.fillStyle = bar % 4 === 0 ? '#4a515e' : LINE;
    g.fillRect(x, ruler.y + (bar % every === 0 ? 0 : ruler.h / 2), 1, HEIGHT - ruler.y);
    if (bar % every === 0) {
      g.fillStyle = INK;
      g.fillText(String(bar + 1), x + 4, ruler.y + ruler.h / 2);
    }
  }
  // Where Play starts: a marker on the ruler.
  const x = ruler.x + playFrom * beatWidth(project);
  g.fillStyle = ACCENT;
  g.beginPath();
  g.moveTo(x, ruler.y + ruler.h);
  g.lineTo(x - 7, ruler.y + 4);
  g.lineTo(x + 7, ruler.y + 4);
  g.closePath();
  g.fill();
}

/** The clip's notes in small, repeated as it loops along the placement, pitches spread over the box. */
function drawNotesPreview(
  g: CanvasRenderingContext2D,
  box: Rect,
  clip: Clip,
  length: number,
  bw: number,
): void {
  if (clip.notes.length === 0 || box.h < 14 || clip.notes.length * (length / clip.length) > 4000) return;
  const pitches = clip.notes.map((note) => note.pitch);
  const low = Math.min(...pitches);
  const span = Math.max(1, Math.max(...pitches) - low);
  const inner = { y: box.y + 4, h: box.h - 8 };
  g.fillStyle = 'rgba(255, 255, 255, 0.55)';
  for (let loop = 0; loop < length; loop += clip.length)
    for (const note of clip.notes) {
      if (loop + note.start >= length) continue;
      const y = inner.y + (1 - (note.pitch - low) / span) * (inner.h - 2);
      const w = Math.max(1, Math.min(note.duration, length - loop - note.start) * bw);
      g.fillRect(box.x + (loop + note.start) * bw, y, w, 2);
    }
}
