// Where everything is on the arrangement timeline: a ruler of bars under the top bar, then a lane a track,
// the clips placed on it as boxes from their start for their length. Pure, like layout.ts.
import { barBeats } from '../core/timing.ts';
import type { Placement, Project } from '../core/project.ts';
import {
  BAR_HEIGHT,
  barTarget,
  edgeWidth,
  HEADER_WIDTH,
  HEIGHT,
  inside,
  ROW_HEIGHT,
  WIDTH,
  type Rect,
  type Target,
} from './layout.ts';

export const RULER_HEIGHT = 28;
/** The timeline shows at least this many bars, and this many past the song's end. */
const MIN_BARS = 16;
const BARS_AFTER_END = 4;

/** The lanes' area, right of the track headers and below the ruler. */
export function lanesArea(): Rect {
  const y = BAR_HEIGHT + RULER_HEIGHT;
  return { x: HEADER_WIDTH, y, w: WIDTH - HEADER_WIDTH, h: HEIGHT - y };
}

/** The ruler of bar numbers above the lanes. */
export function rulerRect(): Rect {
  return { x: HEADER_WIDTH, y: BAR_HEIGHT, w: WIDTH - HEADER_WIDTH, h: RULER_HEIGHT };
}

/** The beat where the song's last placement ends (0 with none). */
export function songEnd(project: Project): number {
  const ends = project.tracks.flatMap((track) => track.placements.map((p) => p.start + p.length));
  return Math.max(0, ...ends);
}

/** Bars the timeline shows: the song and a few bars after it to place more, in fours, at least 16. */
export function timelineBars(project: Project): number {
  const bars = Math.ceil(songEnd(project) / barBeats(project.song)) + BARS_AFTER_END;
  return Math.max(MIN_BARS, Math.ceil(bars / 4) * 4);
}

/** Pixels a beat takes on the timeline. */
export function beatWidth(project: Project): number {
  return lanesArea().w / (timelineBars(project) * barBeats(project.song));
}

/** The lane of the track at `index` of `tracks`, with its header (x from 0). */
export function laneRow(index: number, tracks: number): Rect {
  const area = lanesArea();
  const h = Math.min(ROW_HEIGHT, area.h / Math.max(1, tracks));
  return { x: 0, y: area.y + index * h, w: WIDTH, h };
}

export function placementRect(project: Project, trackIndex: number, placement: Placement): Rect {
  const row = laneRow(trackIndex, project.tracks.length);
  const bw = beatWidth(project);
  return { x: HEADER_WIDTH + placement.start * bw, y: row.y + 2, w: placement.length * bw, h: row.h - 4 };
}

/** The beat at `x` on the timeline (may be past its right end or before 0 off its left). */
export function beatAtX(project: Project, x: number): number {
  return (x - HEADER_WIDTH) / beatWidth(project);
}

/** What is under (x, y) on the arrangement. */
export function arrangeTarget(project: Project, x: number, y: number): Target {
  const bar = barTarget(x, y);
  if (bar) return bar;
  if (inside(rulerRect(), x, y)) return { kind: 'ruler', beat: beatAtX(project, x) };
  const count = project.tracks.length;
  for (const [index, track] of project.tracks.entries()) {
    const row = laneRow(index, count);
    if (!inside(row, x, y)) continue;
    if (x < HEADER_WIDTH) return { kind: 'track', track: track.id };
    // The last placed wins where two overlap: it is drawn on top.
    for (const placement of [...track.placements].reverse()) {
      const box = placementRect(project, index, placement);
      if (inside({ ...box, y: row.y, h: row.h }, x, y))
        return {
          kind: 'placement',
          track: track.id,
          placement: placement.id,
          edge: x >= box.x + box.w - edgeWidth(box.w),
        };
    }
    return { kind: 'lane', track: track.id, beat: beatAtX(project, x) };
  }
  return { kind: 'none' };
}
