// The venue's one seeded generator, for whatever must come out the same from the same seed: test cases that
// replay exactly, the demo artworks and the reaction sounds made in code. mulberry32: 32 bits of state, fast,
// and good enough for both (not for secrets). The artworks committed in assets/ were made with it, so a
// different generator would change them; that is why it stays this one.

/** Returns a generator of floats in [0, 1) that yields the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
