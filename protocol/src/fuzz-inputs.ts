// Inputs for fuzzing a decoder (its tests, not the package's API): random buffers, truncations of a valid
// encoding, and single bit flips of it, in turn, from a seeded generator so a failure can be replayed.
import { seededRandom } from './seeded-random.ts';

export function* fuzzInputs(valid: Uint8Array, options: { seed: number; count: number; maxLength: number }) {
  const next = seededRandom(options.seed);
  for (let n = 0; n < options.count; n++) {
    const kind = n % 3;
    if (kind === 0) {
      yield Uint8Array.from({ length: Math.floor(next() * options.maxLength) }, () =>
        Math.floor(next() * 256),
      );
    } else if (kind === 1) {
      yield valid.subarray(0, Math.floor(next() * valid.length));
    } else {
      const flipped = valid.slice();
      const bit = Math.floor(next() * flipped.length * 8);
      flipped[bit >> 3] = (flipped[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      yield flipped;
    }
  }
}
