import { describe, expect, it } from 'vitest';
import { PRECISION, seededRandom } from '@prostudio/protocol';
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
  const random = seededRandom(7);
  const next = () => random() * 40 - 20;
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
  /** Checks what one viewer gets on two consecutive ticks against the rules as a person would state them. */
  function checkRules(me: { slot: number; x: number; z: number }, all: Candidate[], tick: number): void {
    const rules = DEFAULT_RULES;
    const away = (c: Candidate) => Math.hypot(c.x - me.x, c.z - me.z);
    const bySlot = new Map(all.map((c) => [c.slot, c]));
    const [now, next] = [tick, tick + 1].map((t) => selectDeliveries(me, all, t));
    for (const deliveries of [now ?? [], next ?? []]) {
      const slots = deliveries.map((d) => d.slot);
      // Each person at most once, never the viewer, nobody beyond the outer ring.
      expect(new Set(slots).size).toBe(slots.length);
      expect(slots).not.toContain(me.slot);
      for (const d of deliveries)
        expect(away(bySlot.get(d.slot) as Candidate)).toBeLessThanOrEqual(
          bySlot.get(d.slot)?.performer ? Infinity : rules.midRadius,
        );
      // Performers first and as sent; everyone else re-encoded.
      const performers = all.filter((c) => c.performer && c.slot !== me.slot).map((c) => c.slot);
      expect(deliveries.slice(0, performers.length)).toEqual(
        performers.map((slot) => ({ slot, precision: null })),
      );
      expect(deliveries.slice(performers.length).every((d) => d.precision !== null)).toBe(true);
      // Full rate: the nearest people within the near radius, no more than allowed.
      const normal = deliveries
        .filter((d) => d.precision === PRECISION.normal)
        .map((d) => bySlot.get(d.slot)!);
      expect(normal.length).toBeLessThanOrEqual(rules.nearMax);
      const nearOthers = all.filter((c) => !c.performer && c.slot !== me.slot && away(c) <= rules.nearRadius);
      expect(normal.length).toBe(Math.min(rules.nearMax, nearOthers.length));
      const farthestNormal = Math.max(0, ...normal.map(away));
      for (const c of nearOthers) if (away(c) < farthestNormal) expect(normal).toContain(c);
    }
    // Over two ticks, whoever of the ring is sent is nearer than whoever of it is left out; the budget holds.
    const chosen = new Set([...(now ?? []), ...(next ?? [])].map((d) => d.slot));
    const ring = all.filter((c) => !c.performer && c.slot !== me.slot && away(c) <= rules.midRadius);
    const farthestChosen = Math.max(0, ...ring.filter((c) => chosen.has(c.slot)).map(away));
    const nearestLeftOut = Math.min(Infinity, ...ring.filter((c) => !chosen.has(c.slot)).map(away));
    expect(farthestChosen).toBeLessThanOrEqual(nearestLeftOut);
    const performerBytes = all
      .filter((c) => c.performer && c.slot !== me.slot)
      .reduce((sum, c) => sum + c.fullBytes + 2, 0);
    const average = (bytes(now ?? [], all) + bytes(next ?? [], all)) / 2;
    expect(average).toBeLessThanOrEqual(Math.max(rules.budgetPerTick, performerBytes) + rules.lowBytes);
  }

  it('keeps to the rules for crowds dense and sparse, wherever the viewer stands', () => {
    const next = seededRandom(11);
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
        checkRules({ slot: v + 1, x: (next() - 0.5) * size, z: (next() - 0.5) * size }, all, v);
      }
    }
  });
});
