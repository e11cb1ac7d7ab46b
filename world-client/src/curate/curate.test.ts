import type { HungArtwork } from '@prostudio/backend/contract';
import { LAYOUTS } from '@prostudio/protocol';
import { describe, expect, it } from 'vitest';
import { hangArtworks } from '../layout/hang-artworks.ts';
import {
  curateLayoutOf,
  curateProblems,
  moveInTour,
  moveOnWall,
  moveSpot,
  nudge,
  previewWorks,
  resize,
  savedLayout,
  sizeOf,
} from './curate-layout.ts';
import { commit, preview, redo, settle, startHistory, undo } from './history.ts';
import { floorHit, wallHit, wallPointToRoom } from './rays.ts';
import { snapAlong, snapHeight } from './snap.ts';

const gallery = LAYOUTS.gallery;
const { bounds } = gallery;
const work = (id: string, extra: Partial<HungArtwork> = {}): HungArtwork => ({
  id,
  position: 0,
  title: id,
  artist: { id: 'artist', name: 'Artist' },
  year: 2026,
  medium: '',
  description: '',
  imageUrl: `/${id}.png`,
  width: 1200,
  height: 800,
  modelUrl: null,
  text: '',
  placement: null,
  ...extra,
});

describe('the curating model', () => {
  const works = [
    work('a'),
    work('b', { placement: { wall: 3, along: 0.5 } }),
    work('knot', { modelUrl: '/k.glb' }),
  ];
  const layout = curateLayoutOf(works, gallery);

  it('starts every work where the gallery would show it', () => {
    const hung = new Map(hangArtworks(works.slice(0, 2), bounds).map((h) => [h.id, h]));
    for (const placed of layout.filter((one) => !one.spot)) {
      const point = wallPointToRoom(bounds, placed.wall, placed.centre, 0.02);
      expect([point.x, point.z]).toEqual([
        expect.closeTo(hung.get(placed.id)?.position[0] ?? NaN, 6),
        expect.closeTo(hung.get(placed.id)?.position[2] ?? NaN, 6),
      ]);
    }
    expect(layout[2]?.spot).not.toBeNull();
    expect(curateProblems(layout, gallery)).toEqual([]);
  });

  it('saves places that the gallery hangs exactly where the curator put them', () => {
    const moved = resize(
      moveOnWall(layout, 'a', { wall: 1, centre: 4, height: 1.9 }, bounds),
      'a',
      0.8,
      bounds,
    );
    const saved = savedLayout(moved, bounds);
    const shown = previewWorks(works, moved, bounds);
    expect(saved.works[0]?.placement).toMatchObject({ wall: 1, height: 1.9, scale: 0.8 });
    const [hanging] = hangArtworks(
      shown.filter((one) => !one.modelUrl),
      bounds,
    );
    expect(hanging?.position[0]).toBeCloseTo(bounds.maxX - 0.02, 6);
    expect(hanging?.position[1]).toBeCloseTo(1.9, 6);
    expect(hanging?.position[2]).toBeCloseTo(bounds.minZ + 4, 6);
    expect(hanging?.width).toBeCloseTo(sizeOf(moved[0] ?? layout[0]!).width, 6);
  });

  it('keeps a work within its wall’s margins and a plinth clear of the walls', () => {
    const far = moveOnWall(layout, 'a', { wall: 0, centre: 100 }, bounds);
    const { width } = sizeOf(far[0]!);
    expect(far[0]?.centre).toBeCloseTo(bounds.maxX - bounds.minX - 1 - width / 2, 9);
    const corner = moveSpot(layout, 'knot', 100, -100, bounds);
    expect(corner[2]?.spot).toEqual({ x: bounds.maxX - 1.2, z: bounds.minZ + 1.2 });
    expect(nudge(corner, 'knot', { x: -0.5 }, bounds)[2]?.spot?.x).toBeCloseTo(bounds.maxX - 1.7, 9);
  });

  it('finds works too close together, as the API would', () => {
    const b = layout[1]!;
    const crowded = moveOnWall(layout, 'a', { wall: b.wall, centre: b.centre + 0.5 }, bounds);
    expect(curateProblems(crowded, gallery).map((problem) => problem.message)).toEqual([
      expect.stringContaining('closer than 30 cm'),
    ]);
  });

  it('reorders the tour', () => {
    expect(moveInTour(layout, 'knot', -2).map((one) => one.id)).toEqual(['knot', 'a', 'b']);
    expect(moveInTour(layout, 'a', -1)).toBe(layout);
  });
});

describe('undo and redo', () => {
  it('undoes finished edits and a whole drag as one step, and redoes them', () => {
    let history = commit(startHistory(1), 2);
    const before = history.present;
    history = preview(preview(history, 3), 4);
    history = settle(history, before);
    expect(history.past).toEqual([1, 2]);
    history = undo(history);
    expect(history.present).toBe(2);
    history = undo(history);
    expect(history.present).toBe(1);
    expect(undo(history)).toBe(history);
    history = redo(redo(history));
    expect(history.present).toBe(4);
    expect(commit(undo(history), 9).future).toEqual([]);
  });
});

describe('snapping', () => {
  const neighbour = { centre: 5, width: 1, height: 1.7 };
  it('snaps to an even gap from a neighbour when near it, else to the grid', () => {
    // A 1 m work 0.6 m from a 1 m neighbour: centres 1.6 m apart.
    expect(snapAlong(6.5, 1, [neighbour])).toBeCloseTo(6.6, 9);
    expect(snapAlong(8.1, 1, [neighbour])).toBe(8);
  });
  it('snaps a height to a neighbour’s centre, else to 5 cm', () => {
    expect(snapHeight(1.62, [neighbour])).toBe(1.7);
    expect(snapHeight(2.02, [neighbour])).toBeCloseTo(2, 9);
  });
});

describe('pointer rays', () => {
  it('finds the wall a ray from the room’s middle meets, and where along it', () => {
    expect(wallHit([0, 1.6, 0], [0, 0, -1], bounds, 4)).toEqual({ wall: 0, t: 8, y: 1.6 });
    expect(wallHit([0, 1.6, 0], [1, 0, 0], bounds, 4)).toEqual({ wall: 1, t: 6, y: 1.6 });
    const left = wallHit([0, 1.6, 0], [-1, 0.1, -0.5], bounds, 4);
    expect(left?.wall).toBe(3);
    expect(left?.t).toBeCloseTo(bounds.maxZ + 4, 9);
    // Into the ceiling: no wall.
    expect(wallHit([0, 1.6, 0], [0, 1, -0.1], bounds, 4)).toBeNull();
  });
  it('finds the floor in front, not behind', () => {
    expect(floorHit([0, 2, 0], [0, -1, -1])).toEqual({ x: 0, z: -2 });
    expect(floorHit([0, 2, 0], [0, 1, 0])).toBeNull();
  });
});
