import { describe, expect, it } from 'vitest';
import { partyHue, stageLook } from './stage-lighting.ts';

describe('stage lighting', () => {
  it('darkens the house for a spotlight and puts everything out for a blackout', () => {
    expect(stageLook('spot').houseLights).toBeLessThan(stageLook('warm').houseLights);
    expect(stageLook('spot').angle).toBeLessThan(stageLook('warm').angle);
    expect(stageLook('blackout')).toMatchObject({ intensity: 0 });
  });

  it('falls back to warm for a preset it does not know', () => {
    expect(stageLook('disco-2099')).toEqual(stageLook('warm'));
  });

  it('cycles the party hue every four seconds', () => {
    expect(stageLook('party').cycles).toBe(true);
    expect(partyHue(0)).toBe(0);
    expect(partyHue(2)).toBeCloseTo(0.5, 9);
    expect(partyHue(4)).toBeCloseTo(0, 9);
  });
});
