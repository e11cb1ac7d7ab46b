// The effects on Tone.js, one per effect type of core/devices.ts, each behind one small face: sound in,
// sound out, parameters by id. Times in beats (the delay's) follow the song's tempo.
import * as Tone from 'tone';

import type { Device } from '../core/project.ts';
import { secondsPerBeat } from '../core/timing.ts';

export interface Effect {
  readonly input: Tone.InputNode;
  readonly output: Tone.ToneAudioNode;
  /** Resolves once the effect can sound (a reverb computes its impulse response first). */
  readonly ready: Promise<void>;
  set(params: Readonly<Record<string, number>>, tempo: number): void;
  dispose(): void;
}

const FILTER_SHAPES = ['lowpass', 'highpass', 'bandpass'] as const;

/** A one-node effect: input and output are the node. */
function single<T extends Tone.ToneAudioNode>(
  node: T,
  set: (node: T, params: Readonly<Record<string, number>>, tempo: number) => void,
  ready: Promise<void> = Promise.resolve(),
): Effect {
  return {
    input: node,
    output: node,
    ready,
    set: (params, tempo) => set(node, params, tempo),
    dispose: () => node.dispose(),
  };
}

/** An effect of `device`'s type on `context`, set to its parameters. */
export function createEffect(context: Tone.BaseContext, device: Device, tempo: number): Effect {
  const effect = build(context, device.type);
  effect.set(device.params, tempo);
  return effect;
}

function build(context: Tone.BaseContext, type: string): Effect {
  switch (type) {
    case 'eq3':
      return single(new Tone.EQ3({ context }), (eq, p) => {
        eq.low.value = p.low ?? 0;
        eq.mid.value = p.mid ?? 0;
        eq.high.value = p.high ?? 0;
        eq.lowFrequency.value = p.lowFrequency ?? 400;
        eq.highFrequency.value = p.highFrequency ?? 2500;
      });
    case 'compressor': {
      const compressor = new Tone.Compressor({ context });
      const makeup = new Tone.Gain({ context, units: 'decibels' });
      compressor.connect(makeup);
      return {
        input: compressor,
        output: makeup,
        ready: Promise.resolve(),
        set(p) {
          compressor.threshold.value = p.threshold ?? -18;
          compressor.ratio.value = p.ratio ?? 4;
          compressor.attack.value = p.attack ?? 0.01;
          compressor.release.value = p.release ?? 0.2;
          makeup.gain.value = p.makeup ?? 0;
        },
        dispose() {
          compressor.dispose();
          makeup.dispose();
        },
      };
    }
    case 'reverb': {
      const reverb = new Tone.Reverb({ context });
      let decay = -1;
      let preDelay = -1;
      const effect = single(
        reverb,
        (node, p) => {
          node.wet.value = p.wet ?? 0.3;
          // Each new decay or pre-delay computes a new impulse response: only when they change.
          if (p.decay !== decay || p.preDelay !== preDelay) {
            decay = p.decay ?? 2.5;
            preDelay = p.preDelay ?? 0.01;
            node.set({ decay, preDelay });
          }
        },
        reverb.ready,
      );
      return effect;
    }
    case 'delay':
      return single(new Tone.FeedbackDelay({ context, maxDelay: 8 }), (delay, p, tempo) => {
        delay.delayTime.value = Math.min(8, (p.time ?? 0.75) * secondsPerBeat(tempo));
        delay.feedback.value = p.feedback ?? 0.35;
        delay.wet.value = p.wet ?? 0.25;
      });
    case 'filter':
      return single(new Tone.Filter({ context }), (filter, p) => {
        filter.type = FILTER_SHAPES[Math.round(p.shape ?? 0)] ?? 'lowpass';
        filter.frequency.value = p.frequency ?? 2000;
        filter.Q.value = p.q ?? 1;
      });
    case 'distortion':
      return single(new Tone.Distortion({ context }), (distortion, p) => {
        distortion.distortion = p.amount ?? 0.4;
        distortion.wet.value = p.wet ?? 1;
      });
    case 'chorus': {
      const chorus = new Tone.Chorus({ context }).start();
      return single(chorus, (node, p) => {
        node.frequency.value = p.frequency ?? 1.5;
        node.depth = p.depth ?? 0.7;
        node.wet.value = p.wet ?? 0.5;
      });
    }
    default:
      throw new Error(`There is no effect "${type}".`);
  }
}
