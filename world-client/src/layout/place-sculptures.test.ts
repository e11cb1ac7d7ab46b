import { LAYOUTS, type FloorBounds } from '@prostudio/protocol';
import { describe, expect, it } from 'vitest';
import {
  fitOnPlinth,
  PLINTH,
  placeSculptures,
  plinthObstacles,
  standSculptures,
} from './place-sculptures.ts';

const { bounds } = LAYOUTS.gallery;
const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);

describe('placeSculptures', () => {
  it('stands one sculpture in the middle of the room, facing the entrance', () => {
    expect(placeSculptures(['a'], bounds)).toEqual([{ id: 'a', x: 0, z: 0, yaw: 0 }]);
  });

  it('spreads a row across the room, each plinth at least a walk apart and 3 m from the walls', () => {
    const plinths = placeSculptures(ids(3), bounds);
    expect(plinths.map((p) => p.id)).toEqual(['s0', 's1', 's2']);
    for (const [index, plinth] of plinths.entries()) {
      expect(plinth.x).toBeGreaterThanOrEqual(bounds.minX + 3);
      expect(plinth.x).toBeLessThanOrEqual(bounds.maxX - 3);
      const previous = plinths[index - 1];
      if (previous) expect(plinth.x - previous.x).toBeGreaterThanOrEqual(2.6);
    }
  });

  it('starts a row behind (toward the back wall) when one is full, and leaves out what does not fit', () => {
    const plinths = placeSculptures(ids(20), bounds);
    expect(plinths.length).toBeGreaterThan(4);
    expect(plinths.length).toBeLessThan(20);
    const rows = [...new Set(plinths.map((p) => p.z))];
    expect(rows[0]).toBe(0);
    expect(rows.slice(1).every((z) => z < 0 && z >= bounds.minZ + 3)).toBe(true);
    for (const a of plinths) {
      for (const b of plinths) {
        if (a !== b) expect(Math.hypot(a.x - b.x, a.z - b.z)).toBeGreaterThanOrEqual(2.6 - 1e-9);
      }
    }
  });

  it('still stands one sculpture in a room too small for the clearances', () => {
    const closet: FloorBounds = { minX: -2, maxX: 2, minZ: -2, maxZ: 2 };
    expect(placeSculptures(['a', 'b'], closet)).toHaveLength(1);
  });

  it('keeps people clear of each plinth’s corners', () => {
    const [obstacle] = plinthObstacles(placeSculptures(['a'], bounds));
    expect(obstacle?.radius).toBeGreaterThan((PLINTH.width / 2) * Math.SQRT2);
  });
});

describe('fitOnPlinth', () => {
  it('stands a tall model on the plinth’s top, centred, scaled to the plinth’s height', () => {
    const fit = fitOnPlinth({ min: [9, -5, 1], max: [11, 15, 3] }); // 2 × 20 × 2, off centre, below ground
    expect(fit.scale).toBeCloseTo(PLINTH.sculptureHeight / 20, 9);
    expect(-5 * fit.scale + fit.offset[1]).toBeCloseTo(PLINTH.height, 9); // its base on the top
    expect(10 * fit.scale + fit.offset[0]).toBeCloseTo(0, 9);
    expect(2 * fit.scale + fit.offset[2]).toBeCloseTo(0, 9);
  });

  it('scales a wide model to the plinth’s width instead', () => {
    expect(fitOnPlinth({ min: [-2, 0, -1], max: [2, 1, 1] }).scale).toBeCloseTo(PLINTH.sculptureWidth / 4, 9);
  });

  it('leaves an empty model at its own size', () => {
    expect(fitOnPlinth({ min: [0, 0, 0], max: [0, 0, 0] }).scale).toBe(1);
  });
});

describe('standSculptures', () => {
  const room = { minX: -8, maxX: 8, minZ: -6, maxZ: 6 };

  it('stands a curated sculpture on its spot and the others where the rows have room', () => {
    const free = placeSculptures(['b', 'c'], room);
    const taken = free[0];
    expect(taken).toBeDefined();
    const plinths = standSculptures(
      [{ id: 'a', spot: { x: taken?.x ?? 0, z: taken?.z ?? 0 } }, { id: 'b' }, { id: 'c', spot: null }],
      room,
    );
    expect(plinths[0]).toEqual({ id: 'a', x: taken?.x, z: taken?.z, yaw: 0 });
    expect(plinths.map((plinth) => plinth.id).sort()).toEqual(['a', 'b', 'c']);
    for (const plinth of plinths.slice(1)) {
      expect(Math.hypot(plinth.x - (taken?.x ?? 0), plinth.z - (taken?.z ?? 0))).toBeGreaterThanOrEqual(1.2);
    }
  });

  it('places them all as the rows do when none was curated', () => {
    expect(standSculptures([{ id: 'a' }, { id: 'b' }], room)).toEqual(placeSculptures(['a', 'b'], room));
  });
});
