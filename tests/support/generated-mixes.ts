// Mixes of a few kinds made from a seed, for the mastering tests and benchmark: a quiet pad, drums with sharp
// transients, a mix already too loud (driven through tanh), a mono voice-like signal. None is a recording;
// each stands for a kind of material the mastering chain must handle.
import { seededRandom } from '../../protocol/src/seeded-random.ts';

export type MixKind = 'pad' | 'drums' | 'loud' | 'voice';

/** A mix of `kind` from `seed`, `seconds` long at `rate` Hz (mono for the voice, else stereo). */
export function generatedMix(kind: MixKind, seed: number, seconds = 8, rate = 48_000): Float32Array[] {
  const random = seededRandom(seed);
  const n = Math.round(rate * seconds);
  const left = new Float32Array(n);
  const right = new Float32Array(n);
  // Four notes from two octaves above A2.
  const notes = Array.from({ length: 4 }, () => 110 * 2 ** (Math.floor(random() * 24) / 12));
  for (let i = 0; i < n; i++) {
    const t = i / rate;
    let l = 0;
    let r = 0;
    if (kind === 'pad' || kind === 'loud') {
      for (const [k, hz] of notes.entries()) {
        l += Math.sin(2 * Math.PI * hz * t + k) * 0.02;
        r += Math.sin(2 * Math.PI * hz * 1.003 * t + k * 2) * 0.02;
      }
    }
    if (kind === 'drums' || kind === 'loud') {
      // A kick every half second and a noisy hat between, sharp attacks and fast decays.
      const beat = t % 0.5;
      const kick = Math.sin(2 * Math.PI * (50 + 100 * Math.exp(-beat * 30)) * beat) * Math.exp(-beat * 9);
      const off = (t + 0.25) % 0.5;
      const hat = (random() * 2 - 1) * Math.exp(-off * 60);
      l += 0.5 * kick + 0.15 * hat;
      r += 0.5 * kick + 0.12 * hat;
    }
    if (kind === 'voice') {
      // Syllables: a buzzy tone switched on and off four times a second.
      const on = Math.sin(2 * Math.PI * 4 * t) > 0 ? 1 : 0.05;
      l = on * 0.1 * Math.sign(Math.sin(2 * Math.PI * 140 * t)) * (0.7 + 0.3 * random());
    }
    if (kind === 'loud') {
      l = Math.tanh(l * 4);
      r = Math.tanh(r * 4);
    }
    left[i] = l;
    right[i] = r;
  }
  return kind === 'voice' ? [left] : [left, right];
}
