import { describe, expect, it } from 'vitest';
import { PRECISION } from '../pose/quaternion-packing.ts';
import { type Candidate, DEFAULT_RULES, selectDeliveries } from './interest.ts';

const viewer = { slot: 0, x: 0, z: 0 };
const person = (slot: number, x: number, z = 0, performer = false): Candidate => ({
  slot,
  x,
  z,
  performer,
  fullBytes: performer ? 340 : 106,
});

/** A seeded crowd of n people spread over a 40 m square around the viewer. */
function crowd(n: number): Candidate[] {
  let seed = 7;
  const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 40 - 20;
  return Array.from({ length: n }, (_, i) => person(i + 1, next(), next()));
}

const bytes = (deliveries: ReturnType<typeof selectDeliveries>, all: Candidate[]) =>
  deliveries.reduce((sum, d) => {
    if (d.precision === null) return sum + (all.find((c) => c.slot === d.slot)?.fullBytes ?? 0) + 2;
    return sum + (d.precision === PRECISION.normal ? DEFAULT_RULES.normalBytes : DEFAULT_RULES.lowBytes);
  }, 0);

describe('selectDeliveries', () => {
  it('always sends performers as they sent, however far and however crowded', () => {
    const all = [...crowd(499), person(1000, 25, 25, true)];
    for (const tick of [0, 1]) {
      expect(selectDeliveries(viewer, all, tick)[0]).toEqual({ slot: 1000, precision: null });
    }
  });

  it('sends near people every tick at normal precision, and never the viewer to themself', () => {
    const all = [person(0, 0), person(1, 2), person(2, -3, 4)];
    for (const tick of [0, 1, 2]) {
      expect(selectDeliveries(viewer, all, tick)).toEqual([
        { slot: 1, precision: PRECISION.normal },
        { slot: 2, precision: PRECISION.normal },
      ]);
    }
  });

  it('sends the ring beyond at half rate and low precision: each once every two ticks', () => {
    const all = [person(1, 15), person(2, 0, 20), person(3, -12, -12)];
    const seen = [0, 1].flatMap((tick) => selectDeliveries(viewer, all, tick));
    expect(seen.map((d) => d.slot).sort()).toEqual([1, 2, 3]);
    expect(seen.every((d) => d.precision === PRECISION.low)).toBe(true);
  });

  it('sends nothing for people beyond the outer radius: they are presence only', () => {
    expect(selectDeliveries(viewer, [person(1, 31), person(2, 0, -40)], 0)).toEqual([]);
  });

  it('keeps a 500-person crowd inside the byte budget, taking the nearest first', () => {
    const all = crowd(500);
    const ticks = [0, 1].map((tick) => selectDeliveries(viewer, all, tick));
    const average = (bytes(ticks[0] ?? [], all) + bytes(ticks[1] ?? [], all)) / 2;
    expect(average).toBeLessThanOrEqual(DEFAULT_RULES.budgetPerTick);
    expect(average).toBeGreaterThan(DEFAULT_RULES.budgetPerTick * 0.9);
    const distance = (slot: number) => {
      const c = all.find((candidate) => candidate.slot === slot);
      return Math.hypot(c?.x ?? 0, c?.z ?? 0);
    };
    const chosen = new Set(ticks.flat().map((d) => d.slot));
    const farthestChosen = Math.max(...[...chosen].map(distance));
    const nearestLeftOut = Math.min(...all.filter((c) => !chosen.has(c.slot)).map((c) => distance(c.slot)));
    expect(farthestChosen).toBeLessThanOrEqual(nearestLeftOut);
    expect(ticks[0]?.filter((d) => d.precision === PRECISION.normal)).toHaveLength(DEFAULT_RULES.nearMax);
  });
});

describe('InterestIndex', () => {
  /** The rule written plainly: performers, then everyone within reach sorted by distance, budget permitting. */
  function reference(viewer: { slot: number; x: number; z: number }, all: Candidate[], tick: number) {
    const rules = DEFAULT_RULES;
    const out: Array<{ slot: number; precision: number | null }> = [];
    let spent = 0;
    for (const c of all) {
      if (!c.performer || c.slot === viewer.slot) continue;
      out.push({ slot: c.slot, precision: null });
      spent += c.fullBytes + 2;
    }
    const others = all
      .filter(
        (c) =>
          !c.performer &&
          c.slot !== viewer.slot &&
          Math.hypot(c.x - viewer.x, c.z - viewer.z) <= rules.midRadius,
      )
      .sort(
        (a, b) => Math.hypot(a.x - viewer.x, a.z - viewer.z) - Math.hypot(b.x - viewer.x, b.z - viewer.z),
      );
    let full = 0;
    for (const c of others) {
      const d = Math.hypot(c.x - viewer.x, c.z - viewer.z);
      if (full < rules.nearMax && d <= rules.nearRadius && spent + rules.normalBytes <= rules.budgetPerTick) {
        out.push({ slot: c.slot, precision: PRECISION.normal });
        spent += rules.normalBytes;
        full++;
        continue;
      }
      if (spent + rules.lowBytes / 2 > rules.budgetPerTick) break;
      spent += rules.lowBytes / 2;
      if ((tick + c.slot) % 2 === 0) out.push({ slot: c.slot, precision: PRECISION.low });
    }
    return out;
  }

  it('chooses exactly what sorting everyone by distance would, for crowds dense and sparse', () => {
    let seed = 11;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const [n, size] of [
      [5, 10],
      [80, 60],
      [500, 28],
      [500, 120],
    ] as const) {
      const all = Array.from({ length: n }, (_, i) =>
        person(i + 1, (next() - 0.5) * size, (next() - 0.5) * size, i === 3),
      );
      for (let v = 0; v < 20; v++) {
        const me = { slot: v + 1, x: (next() - 0.5) * size, z: (next() - 0.5) * size };
        expect(selectDeliveries(me, all, v)).toEqual(reference(me, all, v));
      }
    }
  });
});
