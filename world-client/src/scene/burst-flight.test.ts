import { describe, expect, it } from 'vitest';
import { burstFlight } from './burst-flight.ts';

const area = { centre: { x: 0, z: 6 }, across: { x: 1, z: 0 }, width: 8, floor: 0 };

describe('a reaction burst in flight', () => {
  it('starts over the heads of the crowd, in its lane, unseen', () => {
    const start = burstFlight(0.5, 0, area);
    expect(start.y).toBeCloseTo(2.2);
    expect(Math.abs(start.x)).toBeLessThan(0.3);
    expect(start.opacity).toBe(0);
  });
  it('rises, and is fully seen in mid-flight', () => {
    const mid = burstFlight(0.5, 0.5, area);
    expect(mid.y).toBeGreaterThan(3.5);
    expect(mid.opacity).toBe(1);
  });
  it('has faded away at the end, at the top', () => {
    const end = burstFlight(0.5, 1, area);
    expect(end.opacity).toBe(0);
    expect(end.y).toBeCloseTo(4.6);
  });
  it('keeps to its band from side to side, whichever way the band runs, on a raised floor too', () => {
    expect(burstFlight(0, 0.5, area).x).toBeLessThan(-3.5);
    expect(burstFlight(1, 0.5, area).x).toBeGreaterThan(3.5);
    const turned = { ...area, across: { x: 0, z: 1 } };
    expect(burstFlight(1, 0.5, turned).z).toBeGreaterThan(6 + 3.5);
    expect(Math.abs(burstFlight(1, 0.5, turned).x)).toBeLessThan(1.1);
    expect(burstFlight(0.5, 0, { ...area, floor: 0.6 }).y).toBeCloseTo(2.8);
  });
});
