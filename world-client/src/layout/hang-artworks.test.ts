import { LAYOUTS } from '@prostudio/protocol';
import { describe, expect, it } from 'vitest';
import { hangArtworks, sizeOnWall } from './hang-artworks.ts';

const { bounds } = LAYOUTS.gallery;
const works = [
  { id: 'a', width: 768, height: 512 },
  { id: 'b', width: 512, height: 512 },
  { id: 'c', width: 480, height: 640 },
  { id: 'd', width: 600, height: 600 },
  { id: 'e', width: 800, height: 450 },
  { id: 'f', width: 480, height: 640 },
  { id: 'g', width: 512, height: 512 },
  { id: 'h', width: 720, height: 540 },
];

describe('hangArtworks', () => {
  const hangings = hangArtworks(works, bounds);

  it('hangs every work once, at its real aspect ratio', () => {
    expect(hangings.map((h) => h.id).sort()).toEqual(works.map((w) => w.id));
    for (const hanging of hangings) {
      const work = works.find((w) => w.id === hanging.id);
      expect(hanging.width / hanging.height).toBeCloseTo((work?.width ?? 0) / (work?.height ?? 1), 9);
      expect(hanging.height).toBeLessThanOrEqual(1.5 + 1e-9);
    }
  });

  it('puts each work on a wall, facing into the room, never on the entrance wall', () => {
    for (const { position, yaw } of hangings) {
      const [x, , z] = position;
      const onBack = Math.abs(z - bounds.minZ) < 0.1 && yaw === 0;
      const onRight = Math.abs(x - bounds.maxX) < 0.1 && yaw === -Math.PI / 2;
      const onLeft = Math.abs(x - bounds.minX) < 0.1 && yaw === Math.PI / 2;
      expect(onBack || onRight || onLeft).toBe(true);
    }
  });

  it('leaves a gap between neighbours on the same wall', () => {
    const along = (h: (typeof hangings)[number]) => (h.yaw === 0 ? h.position[0] : h.position[2]);
    for (const yaw of [0, Math.PI / 2, -Math.PI / 2]) {
      const wall = hangings.filter((h) => h.yaw === yaw).sort((a, b) => along(a) - along(b));
      for (let i = 1; i < wall.length; i++) {
        const previous = wall[i - 1];
        const current = wall[i];
        if (!previous || !current) continue;
        expect(along(current) - along(previous)).toBeGreaterThan((previous.width + current.width) / 2 + 0.3);
      }
    }
  });

  it('sizes a very wide work by its width', () => {
    const size = sizeOnWall(4000, 1000);
    expect(size.width).toBeCloseTo(2.2, 9);
    expect(size.height).toBeCloseTo(0.55, 9);
  });
});

describe('hangArtworks with a curator’s placements', () => {
  const placed = [
    { id: 'left-quarter', width: 600, height: 600, placement: { wall: 3, along: 0.25 } },
    { id: 'left-quarter-too', width: 600, height: 600, placement: { wall: 3, along: 0.25 } },
    { id: 'entrance', width: 800, height: 450, placement: { wall: 2, along: 0.5 } },
    ...works,
  ];
  const hangings = hangArtworks(placed, bounds);
  const byId = new Map(hangings.map((h) => [h.id, h]));

  it('hangs a placed work on its wall at its place, facing into the room', () => {
    const left = byId.get('left-quarter');
    expect(left?.yaw).toBe(Math.PI / 2);
    expect(left?.position[0]).toBeCloseTo(bounds.minX + 0.02, 6);
    // A quarter of the way along the left wall, going clockwise (from the entrance end).
    const usable = bounds.maxZ - bounds.minZ - 2 - (left?.width ?? 0);
    expect(left?.position[2]).toBeCloseTo(bounds.maxZ - (1 + 0.25 * usable + (left?.width ?? 0) / 2), 6);
    const entrance = byId.get('entrance');
    expect(entrance?.yaw).toBe(Math.PI);
    expect(entrance?.position[0]).toBeCloseTo((bounds.minX + bounds.maxX) / 2, 6);
  });

  it('moves a second work asked for the same place to the nearest free spot', () => {
    const [a, b] = [byId.get('left-quarter'), byId.get('left-quarter-too')];
    expect(a && b).toBeTruthy();
    const distance = Math.abs((a?.position[2] ?? 0) - (b?.position[2] ?? 0));
    expect(distance).toBeGreaterThanOrEqual(((a?.width ?? 0) + (b?.width ?? 0)) / 2 + 0.3 - 1e-9);
  });

  it('leaves the curator’s walls to the curator and hangs the rest on the other walls', () => {
    expect(hangings).toHaveLength(placed.length);
    for (const work of works) expect([0, -Math.PI / 2]).toContain(byId.get(work.id)?.yaw);
  });
});
