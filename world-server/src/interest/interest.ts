// Who a viewer receives poses of, and how: the performer always in full; the nearest people at full rate
// and normal precision; the next ring at half rate and low precision; everyone beyond as presence only
// (their name and place in the room state, no pose stream). Everything stays inside a byte budget, so
// what one client receives does not grow with the size of the room.
import { PRECISION, type Precision } from '../pose/quaternion-packing.ts';

/** Someone whose pose could be sent to the viewer this tick. */
export interface Candidate {
  /** Small number naming the person in the room (also their pose stream slot). */
  readonly slot: number;
  readonly x: number;
  readonly z: number;
  readonly performer: boolean;
  /** Bytes of their latest frame as they sent it (performers are forwarded as sent). */
  readonly fullBytes: number;
}

export interface InterestRules {
  /** Average bytes of pose frames per viewer per tick (the per-second budget divided by the tick rate). */
  readonly budgetPerTick: number;
  /** Within this distance (m), the nearest people come at full rate. */
  readonly nearRadius: number;
  /** At most this many people at full rate (not counting performers). */
  readonly nearMax: number;
  /** Within this distance (m), people come at half rate and low precision, budget permitting. */
  readonly midRadius: number;
  /** Size of a frame re-encoded at normal and at low precision (body only), plus its slot header. */
  readonly normalBytes: number;
  readonly lowBytes: number;
}

/** One pose to send to the viewer this tick. */
export interface Delivery {
  readonly slot: number;
  /** null: forward the frame as the sender sent it (performers). */
  readonly precision: Precision | null;
}

export const DEFAULT_RULES: InterestRules = {
  // 64 kB/s per client at 20 Hz, minus a quarter for room state, presence and protocol overhead.
  budgetPerTick: (64_000 * 0.75) / 20,
  nearRadius: 10,
  nearMax: 12,
  midRadius: 30,
  normalBytes: 2 + 106,
  lowBytes: 2 + 83,
};

const SELECT_MAX = 96;

/**
 * The poses to send one viewer at tick `tick`: performers first, then people by distance. Half-rate people
 * are spread over even and odd ticks by slot, so each tick carries about the same load.
 */
export function selectDeliveries(
  viewer: { readonly slot: number; readonly x: number; readonly z: number },
  candidates: readonly Candidate[],
  tick: number,
  rules: InterestRules = DEFAULT_RULES,
): Delivery[] {
  const deliveries: Delivery[] = [];
  let spent = 0;
  // The nearest SELECT_MAX non-performers, by insertion into a small sorted list: O(n) for a crowd of n.
  const nearest: Array<{ candidate: Candidate; distance: number }> = [];
  const reach = rules.midRadius * rules.midRadius;
  for (const candidate of candidates) {
    if (candidate.slot === viewer.slot) continue;
    if (candidate.performer) {
      deliveries.push({ slot: candidate.slot, precision: null });
      spent += candidate.fullBytes + 2;
      continue;
    }
    const distance = (candidate.x - viewer.x) ** 2 + (candidate.z - viewer.z) ** 2;
    if (distance > reach) continue;
    if (nearest.length === SELECT_MAX && distance >= (nearest[SELECT_MAX - 1]?.distance ?? Infinity))
      continue;
    let at = nearest.length === SELECT_MAX ? SELECT_MAX - 1 : nearest.length;
    for (
      let previous = nearest[at - 1];
      previous && previous.distance > distance;
      previous = nearest[at - 1]
    ) {
      nearest[at] = previous;
      at--;
    }
    nearest[at] = { candidate, distance };
  }
  const nearReach = rules.nearRadius * rules.nearRadius;
  let full = 0;
  for (const { candidate, distance } of nearest) {
    if (full < rules.nearMax && distance <= nearReach && spent + rules.normalBytes <= rules.budgetPerTick) {
      deliveries.push({ slot: candidate.slot, precision: PRECISION.normal });
      spent += rules.normalBytes;
      full++;
      continue;
    }
    // Counted at its average cost (half), whether or not this is its tick.
    if (spent + rules.lowBytes / 2 > rules.budgetPerTick) break;
    spent += rules.lowBytes / 2;
    if ((tick + candidate.slot) % 2 === 0)
      deliveries.push({ slot: candidate.slot, precision: PRECISION.low });
  }
  return deliveries;
}
