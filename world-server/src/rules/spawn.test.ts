import { clampToBounds, LAYOUTS } from '@prostudio/protocol';
import { describe, expect, it } from 'vitest';
import { spawnPoint } from './spawn.ts';

describe('spawnPoint', () => {
  it('puts the host at their spot: the performer on the stage facing the audience, the instructor at the board', () => {
    expect(spawnPoint('stage', 'performer', 5)).toEqual(LAYOUTS.stage.performerSpot);
    expect(spawnPoint('classroom', 'instructor', 2)).toEqual(LAYOUTS.classroom.instructorSpot);
    // A performer in a gallery is just a visitor there.
    expect(spawnPoint('gallery', 'performer', 0).z).toBe(LAYOUTS.gallery.spawn.z);
  });

  it('spreads seven newcomers apart along the entrance, inside the walls, and then starts over', () => {
    const places = Array.from({ length: 7 }, (_, slot) => spawnPoint('gallery', 'visitor', slot));
    const xs = places.map((p) => p.x).sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeCloseTo(0.9, 9);
    for (const place of places)
      expect(clampToBounds(LAYOUTS.gallery.bounds, place.x, place.z)).toEqual({ x: place.x, z: place.z });
    expect(spawnPoint('gallery', 'visitor', 7)).toEqual(places[0]);
  });
});
