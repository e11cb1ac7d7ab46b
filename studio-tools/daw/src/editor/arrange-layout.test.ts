import { describe, expect, it } from 'vitest';

import { applyOperation } from '../core/apply.ts';
import { createProjectDoc, readProject } from '../core/doc.ts';
import {
  arrangeTarget,
  beatWidth,
  laneRow,
  placementRect,
  rulerRect,
  timelineBars,
} from './arrange-layout.ts';
import { BUTTONS, HEADER_WIDTH, HEIGHT, WIDTH } from './layout.ts';

function song(placedUntil = 0) {
  const doc = createProjectDoc();
  applyOperation(doc, { op: 'addTrack', id: 'd', name: 'Drums', color: '#000000', instrument: 'drums' });
  applyOperation(doc, { op: 'addTrack', id: 'b', name: 'Bass', color: '#000000', instrument: 'bass' });
  applyOperation(doc, { op: 'addClip', track: 'b', id: 'c', name: 'C', length: 8, scene: 's1' });
  applyOperation(doc, { op: 'place', track: 'b', id: 'p', clip: 'c', start: 8, length: 8 });
  if (placedUntil > 16)
    applyOperation(doc, { op: 'place', track: 'b', id: 'q', clip: 'c', start: placedUntil - 8, length: 8 });
  return readProject(doc);
}

describe('the arrangement timeline', () => {
  it('shows 16 bars at least, and grows to show the whole song and a few bars after it', () => {
    expect(timelineBars(song())).toBe(16);
    // A song to bar 50: 50 bars and 4 more, in fours.
    expect(timelineBars(song(200))).toBe(56);
    expect(beatWidth(song(200))).toBeLessThan(beatWidth(song()));
  });

  it('finds the buttons, a track’s header, a placed clip, its right end, and empty lane by beat', () => {
    const project = song();
    expect(arrangeTarget(project, BUTTONS.arrange.x + 5, BUTTONS.arrange.y + 5)).toEqual({
      kind: 'button',
      name: 'arrange',
    });
    const bassRow = laneRow(1, 2);
    const middle = bassRow.y + bassRow.h / 2;
    expect(arrangeTarget(project, 20, middle)).toEqual({ kind: 'track', track: 'b' });
    const box = placementRect(project, 1, project.tracks[1]!.placements[0]!);
    expect(box.x).toBeCloseTo(HEADER_WIDTH + 8 * beatWidth(project));
    expect(arrangeTarget(project, box.x + 10, middle)).toEqual({
      kind: 'placement',
      track: 'b',
      placement: 'p',
      edge: false,
    });
    expect(arrangeTarget(project, box.x + box.w - 3, middle)).toMatchObject({ edge: true });
    const lane = arrangeTarget(project, HEADER_WIDTH + 20.5 * beatWidth(project), middle);
    expect(lane).toMatchObject({ kind: 'lane', track: 'b' });
    expect(lane.kind === 'lane' && lane.beat).toBeCloseTo(20.5);
    // The drums' lane is empty; below the last lane is nothing.
    expect(arrangeTarget(project, box.x + 10, laneRow(0, 2).y + 5)).toMatchObject({
      kind: 'lane',
      track: 'd',
    });
    expect(arrangeTarget(project, WIDTH / 2, HEIGHT - 2)).toEqual({ kind: 'none' });
    // The ruler above the lanes: where to play from.
    const ruler = arrangeTarget(project, HEADER_WIDTH + 9.5 * beatWidth(project), rulerRect().y + 5);
    expect(ruler.kind === 'ruler' && ruler.beat).toBeCloseTo(9.5);
  });

  it('fits 64 tracks’ lanes on the canvas', () => {
    const last = laneRow(63, 64);
    expect(last.y + last.h).toBeLessThanOrEqual(HEIGHT + 1e-9);
  });
});
