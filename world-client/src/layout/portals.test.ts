import { LAYOUTS } from '@prostudio/protocol';
import { describe, expect, it } from 'vitest';
import { placePortals, PORTAL_WIDTH } from './portals.ts';

describe('placePortals', () => {
  const { bounds } = LAYOUTS.lobby;

  it('spreads one door per destination along the back wall without overlap', () => {
    const portals = placePortals(['gallery', 'stage', 'classroom'], bounds);
    expect(portals.map((p) => p.target)).toEqual(['gallery', 'stage', 'classroom']);
    const xs = portals.map((p) => p.position[0]);
    for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThan(PORTAL_WIDTH);
    for (const portal of portals) {
      expect(portal.position[2]).toBeCloseTo(bounds.minZ, 0);
      expect(portal.position[0]).toBeGreaterThan(bounds.minX);
      expect(portal.position[0]).toBeLessThan(bounds.maxX);
    }
  });

  it('places nothing for an empty venue', () => {
    expect(placePortals([], bounds)).toEqual([]);
  });
});
