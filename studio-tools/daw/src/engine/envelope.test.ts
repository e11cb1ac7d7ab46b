import { describe, expect, it } from 'vitest';

import { envelopePoints, soundingFor } from './envelope.ts';

const adsr = { attack: 0.1, decay: 0.2, sustain: 0.5, release: 0.4 };

describe('a note’s envelope', () => {
  it('rises, falls to the sustain level, holds, and releases from it', () => {
    expect(envelopePoints(adsr, 1, 0.8)).toEqual([
      { time: 0, value: 0 },
      { time: 0.1, value: 0.8 },
      { time: expect.closeTo(0.3, 9), value: 0.4 },
      { time: 1, value: 0.4 },
      { time: 1.4, value: 0 },
    ]);
  });

  it('releases from wherever it had got to when let go early', () => {
    const inAttack = envelopePoints(adsr, 0.05, 1);
    expect(inAttack.map((p) => [p.time, p.value])).toEqual([
      [0, 0],
      [0.05, 0.5],
      [expect.closeTo(0.45, 9), 0],
    ]);
    const inDecay = envelopePoints(adsr, 0.2, 1);
    expect(inDecay[2]).toEqual({ time: 0.2, value: expect.closeTo(0.75, 9) });
  });

  it('never makes a ramp of no length, and sounds for its length plus release', () => {
    const points = envelopePoints(adsr, 0, 1);
    for (let i = 1; i < points.length; i++) expect(points[i]!.time).toBeGreaterThan(points[i - 1]!.time);
    expect(soundingFor(adsr, 1)).toBe(1.4);
  });
});
