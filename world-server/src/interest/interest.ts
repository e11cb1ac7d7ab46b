// Who a viewer receives poses of, and how: the performer always in full; the nearest people at full rate
// and normal precision; the next ring at half rate and low precision; everyone beyond as presence only
// (their name and place in the room state, no pose stream). Everything stays inside a byte budget, so
// what one client receives does not grow with the size of the room.
import { PRECISION, type Precision } from '@prostudio/protocol';

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

/**
 * The candidates of one tick, laid out for fast selection: each viewer's choice is O(n) (a quickselect of the
 * few nearest, not a sort of everyone), so a room of n viewers costs O(n²) cheap steps per tick.
 */
export class InterestIndex {
  private readonly performers: Candidate[] = [];
  private readonly others: Candidate[] = [];
  private readonly xs: Float64Array;
  private readonly zs: Float64Array;
  private readonly distances: Float64Array;
  private readonly order: Int32Array;
  /** How many nearest people the budget could ever take: the near ones plus a full ring at half cost. */
  private readonly most: number;
  /** Candidates bucketed into square cells of the floor, so a viewer looks only at the cells around it. */
  private readonly cells = new Map<number, number[]>();

  private readonly rules: InterestRules;

  constructor(candidates: readonly Candidate[], rules: InterestRules = DEFAULT_RULES) {
    this.rules = rules;
    for (const candidate of candidates) (candidate.performer ? this.performers : this.others).push(candidate);
    const n = this.others.length;
    this.xs = Float64Array.from(this.others, (c) => c.x);
    this.zs = Float64Array.from(this.others, (c) => c.z);
    this.distances = new Float64Array(n);
    this.order = new Int32Array(n);
    this.most = rules.nearMax + Math.ceil(rules.budgetPerTick / (rules.lowBytes / 2)) + 1;
    this.others.forEach((candidate, i) => {
      const key = cellKey(cellOf(candidate.x), cellOf(candidate.z));
      const cell = this.cells.get(key);
      if (cell) cell.push(i);
      else this.cells.set(key, [i]);
    });
  }

  /**
   * The poses to send one viewer at tick `tick`: performers first, then people by distance. Half-rate people
   * are spread over even and odd ticks by slot, so each tick carries about the same load.
   */
  select(
    viewer: { readonly slot: number; readonly x: number; readonly z: number },
    tick: number,
  ): Delivery[] {
    const { rules, others, distances, order } = this;
    const deliveries: Delivery[] = [];
    let spent = 0;
    for (const performer of this.performers) {
      if (performer.slot === viewer.slot) continue;
      deliveries.push({ slot: performer.slot, precision: null });
      spent += performer.fullBytes + 2;
    }
    const reach = rules.midRadius * rules.midRadius;
    // Visit cells in square rings around the viewer's cell until the nearest `most` are certainly found:
    // nobody in ring r + 1 is nearer than r cells' width.
    const cx = cellOf(viewer.x);
    const cz = cellOf(viewer.z);
    let count = 0;
    for (let ring = 0; ; ring++) {
      for (let dx = -ring; dx <= ring; dx++) {
        for (let dz = -ring; dz <= ring; dz++) {
          if (Math.max(Math.abs(dx), Math.abs(dz)) !== ring) continue;
          const cell = this.cells.get(cellKey(cx + dx, cz + dz));
          if (!cell) continue;
          for (const i of cell) {
            const ox = (this.xs[i] ?? 0) - viewer.x;
            const oz = (this.zs[i] ?? 0) - viewer.z;
            const d = ox * ox + oz * oz;
            if (d > reach || others[i]?.slot === viewer.slot) continue;
            distances[i] = d;
            order[count++] = i;
          }
        }
      }
      const cleared = (ring * CELL) ** 2;
      if (cleared > reach || count === others.length) break;
      if (count >= this.most) {
        quickselect(order, distances, count, this.most);
        if (cleared >= (distances[kthLargest(order, distances, this.most)] ?? Infinity)) break;
      }
    }
    const take = Math.min(count, this.most);
    if (count > take) quickselect(order, distances, count, take);
    const nearest = Array.from(order.subarray(0, take)).sort(
      (a, b) => (distances[a] ?? 0) - (distances[b] ?? 0),
    );
    const nearReach = rules.nearRadius * rules.nearRadius;
    let full = 0;
    for (const i of nearest) {
      const candidate = others[i];
      if (!candidate) continue;
      if (
        full < rules.nearMax &&
        (distances[i] ?? Infinity) <= nearReach &&
        spent + rules.normalBytes <= rules.budgetPerTick
      ) {
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
}

/** Side of a grid cell, metres. */
const CELL = 4;
const cellOf = (coordinate: number) => Math.floor(coordinate / CELL);
const cellKey = (cx: number, cz: number) => (cx + 32768) * 65536 + (cz + 32768);

/** After a quickselect of k: the index (into keys) of the largest of the first k. */
function kthLargest(order: Int32Array, keys: Float64Array, k: number): number {
  let worst = order[0] ?? 0;
  for (let i = 1; i < k; i++) if ((keys[order[i] ?? 0] ?? 0) > (keys[worst] ?? 0)) worst = order[i] ?? 0;
  return worst;
}

/** Reorders `order[0..count)` so that its first `k` entries are those with the smallest `keys`. */
function quickselect(order: Int32Array, keys: Float64Array, count: number, k: number): void {
  let left = 0;
  let right = count - 1;
  while (left < right) {
    const pivot = keys[order[(left + right) >> 1] ?? 0] ?? 0;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((keys[order[i] ?? 0] ?? 0) < pivot) i++;
      while ((keys[order[j] ?? 0] ?? 0) > pivot) j--;
      if (i <= j) {
        const swap = order[i] ?? 0;
        order[i++] = order[j] ?? 0;
        order[j--] = swap;
      }
    }
    if (k - 1 <= j) right = j;
    else if (k - 1 >= i) left = i;
    else return;
  }
}

/** selectDeliveries for one viewer: see InterestIndex.select. */
export function selectDeliveries(
  viewer: { readonly slot: number; readonly x: number; readonly z: number },
  candidates: readonly Candidate[],
  tick: number,
  rules: InterestRules = DEFAULT_RULES,
): Delivery[] {
  return new InterestIndex(candidates, rules).select(viewer, tick);
}
