// The venue's reaction sounds, made in code (nothing to download or license): applause as a crowd of short
// filtered-noise claps, the others as small bell-like chimes. Pure: samples in, samples out, seeded.
import { type Reaction, seededRandom as random } from '@prostudio/protocol';

/** A mono sound: samples in -1..1 at `sampleRate`. */
export interface Sound {
  readonly sampleRate: number;
  readonly samples: Float32Array;
}

/** Scales the samples so the loudest is at `peak`. */
function normalise(samples: Float32Array, peak: number): Float32Array {
  let most = 0;
  for (const sample of samples) most = Math.max(most, Math.abs(sample));
  if (most > 0) for (let i = 0; i < samples.length; i++) samples[i] = ((samples[i] ?? 0) / most) * peak;
  return samples;
}

/**
 * Applause: `claps` claps spread over `seconds`, each a burst of noise through a one-pole band (a hand's
 * "pat" sits around 1–2 kHz) with a fast attack and a ~25 ms decay, at slightly different loudness.
 */
export function applause(sampleRate: number, seconds = 1.2, claps = 18, seed = 7): Sound {
  const rand = random(seed);
  const samples = new Float32Array(Math.round(sampleRate * seconds));
  const clapLength = Math.round(sampleRate * 0.06);
  for (let clap = 0; clap < claps; clap++) {
    const start = Math.floor(rand() * (samples.length - clapLength));
    const loudness = 0.5 + rand() * 0.5;
    let low = 0;
    let lower = 0;
    for (let i = 0; i < clapLength; i++) {
      const noise = rand() * 2 - 1;
      // Two one-pole low-passes; their difference is a band around a kilohertz or two.
      low += (noise - low) * 0.45;
      lower += (noise - lower) * 0.08;
      const envelope = Math.min(1, i / (sampleRate * 0.001)) * Math.exp(-i / (sampleRate * 0.025));
      const at = start + i;
      samples[at] = (samples[at] ?? 0) + (low - lower) * envelope * loudness;
    }
  }
  return { sampleRate, samples: normalise(samples, 0.8) };
}

/** A bell-like chime: a few inharmonic partials of `frequency` that ring down over `seconds`. */
export function chime(sampleRate: number, frequency: number, seconds = 0.6): Sound {
  const samples = new Float32Array(Math.round(sampleRate * seconds));
  const partials = [
    [1, 1],
    [2.76, 0.45],
    [5.4, 0.2],
  ] as const;
  for (let i = 0; i < samples.length; i++) {
    const t = i / sampleRate;
    let value = 0;
    for (const [ratio, weight] of partials) {
      value += Math.sin(2 * Math.PI * frequency * ratio * t) * weight * Math.exp(-t * (3 + ratio * 2));
    }
    samples[i] = value * Math.min(1, t / 0.004);
  }
  return { sampleRate, samples: normalise(samples, 0.5) };
}

/** Each reaction's chime, a pentatonic step apart so several at once still sound well together. */
const CHIME_HZ: Record<Exclude<Reaction, 'applause'>, number> = {
  cheer: 784,
  heart: 659,
  laugh: 880,
  wow: 523,
  fire: 587,
};

/** The sound of `reaction`. */
export function reactionSound(reaction: Reaction, sampleRate: number): Sound {
  return reaction === 'applause' ? applause(sampleRate) : chime(sampleRate, CHIME_HZ[reaction]);
}

/**
 * How loud a reaction plays, 0..1, for a master `volume` (0..1) and how many arrived at once: louder with
 * a bigger crowd, but by its logarithm, so a full house is not deafening.
 */
export function reactionGain(volume: number, count: number): number {
  if (!(volume > 0) || !(count > 0)) return 0;
  return Math.min(1, volume * (0.5 + 0.25 * Math.log2(count)));
}
