import { LAYOUTS } from '@prostudio/protocol';
import { describe, expect, it } from 'vitest';
import { crosses } from '../movement/obstacles.ts';
import { facing } from '../movement/walker.ts';
import { routeAround } from '../movement/route.ts';
import { tourPath, tourStops } from './gallery-tour.ts';
import { hangArtworks } from './hang-artworks.ts';
import { placeSculptures, plinthObstacles } from './place-sculptures.ts';

const { bounds, spawn } = LAYOUTS.gallery;
const hangings = hangArtworks(
  [
    { id: 'wide', width: 800, height: 450 },
    { id: 'tall', width: 480, height: 640 },
    { id: 'square', width: 512, height: 512, placement: { wall: 1, along: 0.5 } },
  ],
  bounds,
);
const plinths = placeSculptures(['knot', 'cairn'], bounds);
const obstacles = plinthObstacles(plinths);
const order = ['cairn', 'wide', 'knot', 'square', 'tall', 'gone'];
const stops = tourStops(order, hangings, plinths, bounds, obstacles);

describe('the guided path', () => {
  it('stops at each work in the room, in the curator’s order', () => {
    expect(stops.map((s) => s.workId)).toEqual(['cairn', 'wide', 'knot', 'square', 'tall']);
  });

  it('stands a couple of metres in front of each work, looking straight at it', () => {
    const places = new Map([
      ...hangings.map((h) => [h.id, { x: h.position[0], z: h.position[2] }] as const),
      ...plinths.map((p) => [p.id, { x: p.x, z: p.z }] as const),
    ]);
    for (const stop of stops) {
      const work = places.get(stop.workId);
      if (!work) throw new Error(`no place for ${stop.workId}`);
      const distance = Math.hypot(work.x - stop.x, work.z - stop.z);
      expect(distance).toBeGreaterThan(1.5);
      expect(distance).toBeLessThan(2.5);
      const look = facing(stop.yaw);
      expect(look.x * (work.x - stop.x) + look.z * (work.z - stop.z)).toBeCloseTo(distance, 6);
    }
  });

  it('never stands inside a plinth or a wall', () => {
    for (const stop of stops) {
      for (const o of obstacles)
        expect(Math.hypot(stop.x - o.x, stop.z - o.z)).toBeGreaterThanOrEqual(o.radius - 1e-9);
      expect(stop.x).toBeGreaterThan(bounds.minX);
      expect(stop.x).toBeLessThan(bounds.maxX);
    }
  });

  it('draws a path from the entrance through every stop in turn, never through a plinth', () => {
    const path = tourPath(spawn, stops, obstacles, bounds);
    expect(path[0]).toEqual({ x: spawn.x, z: spawn.z });
    let next = 0;
    for (const [index, point] of path.entries()) {
      const stop = stops[next];
      if (stop && point.x === stop.x && point.z === stop.z) next++;
      const previous = path[index - 1];
      if (previous) for (const o of obstacles) expect(crosses(previous, point, o)).toBe(false);
    }
    expect(next).toBe(stops.length);
    // From the entrance to the works behind the plinths, some legs have to go round.
    expect(path.length).toBeGreaterThan(stops.length + 1);
  });

  it('goes straight when nothing is in the way', () => {
    expect(routeAround({ x: -6, z: 4 }, { x: -6, z: -4 }, obstacles, bounds)).toEqual([{ x: -6, z: -4 }]);
  });
});
