// The venue's sound: one AudioContext, started by the visitor's first gesture (browsers play nothing
// before one), a master gain at the volume setting, and the reactions the room sends played as they come.
import type { Reaction } from '@prostudio/protocol';
import { useSettings } from '../settings/settings.ts';
import { useWorld } from '../state/store.ts';
import { reactionGain, reactionSound } from './reaction-sounds.ts';
import { loadWorklet } from './worklet-modules.ts';
import { METER_PROCESSOR, type MeterReport } from './worklet-messages.ts';

let context: AudioContext | null = null;
let master: GainNode | null = null;
/** The output meter's last minute: the loudest sample of each tenth of a second, oldest first. */
const loudness: MeterReport[] = [];
const LOUDNESS_KEPT = 600;
const buffers = new Map<Reaction, AudioBuffer>();
/** The last few sounds played, for anyone checking what was heard (the end-to-end tests). */
const played: Array<{ reaction: Reaction; gain: number }> = [];

/** Those waiting for sound to run (the autoplay policy holds it back until a gesture). */
const waiting: Array<(audio: AudioContext) => void> = [];

function wakeWaiting(): void {
  if (context?.state !== 'running') return;
  for (const resolve of waiting.splice(0)) resolve(context);
}

/** Starts (or resumes) the venue's sound; call it from a gesture. Returns false where there is no Web Audio. */
export function startAudio(): boolean {
  if (typeof AudioContext === 'undefined') return false;
  if (!context) {
    // 48 kHz, Opus's own rate, so people's sound is never resampled on its way in or out.
    context = new AudioContext({ sampleRate: 48_000, latencyHint: 'interactive' });
    context.addEventListener('statechange', wakeWaiting);
    master = context.createGain();
    master.gain.value = useSettings.getState().volume;
    master.connect(context.destination);
    // The meter is for those checking what was heard: sound plays without it.
    meterOutput(context, master).catch((error: unknown) => console.warn('sound meter:', error));
  }
  if (context.state === 'suspended') void context.resume().then(wakeWaiting, () => undefined);
  wakeWaiting();
  return true;
}

/** The venue's AudioContext (48 kHz), or null before the first gesture created it. */
export function audioContext(): AudioContext | null {
  return context;
}

/** The master gain, at the volume setting, that all the venue's sound goes into; null before the first gesture. */
export function venueOutput(): GainNode | null {
  return master;
}

/** Whether sound runs: 'off' before the first gesture, 'suspended' while the browser holds it back. */
export function audioState(): AudioContextState | 'off' {
  return context?.state ?? 'off';
}

/** Resolves with the context once sound runs (after a gesture started it). */
export function whenAudioRunning(): Promise<AudioContext> {
  if (context?.state === 'running') return Promise.resolve(context);
  return new Promise((resolve) => waiting.push(resolve));
}

function bufferFor(audio: AudioContext, reaction: Reaction): AudioBuffer {
  let buffer = buffers.get(reaction);
  if (!buffer) {
    const sound = reactionSound(reaction, audio.sampleRate);
    buffer = audio.createBuffer(1, sound.samples.length, sound.sampleRate);
    buffer.copyToChannel(sound.samples as Float32Array<ArrayBuffer>, 0);
    buffers.set(reaction, buffer);
  }
  return buffer;
}

/** Plays `reaction` as `count` people sent it at once (nothing at volume 0 or before the sound started). */
function playReaction(reaction: Reaction, count: number): void {
  const gain = reactionGain(useSettings.getState().volume, count);
  if (!context || !master || context.state !== 'running' || gain === 0) return;
  const source = context.createBufferSource();
  source.buffer = bufferFor(context, reaction);
  // The master gain carries the volume; this one, the crowd's size (relative to the volume).
  const level = context.createGain();
  level.gain.value = gain / Math.max(useSettings.getState().volume, 1e-3);
  source.connect(level).connect(master);
  source.start();
  played.push({ reaction, gain });
  if (played.length > 20) played.shift();
}

/**
 * Meters what leaves `output`, on the audio thread (worklet-modules' meter): a busy page still learns how
 * loud each moment was. A silent path to the speakers keeps the meter processed in every browser.
 */
async function meterOutput(audio: AudioContext, output: AudioNode): Promise<void> {
  await loadWorklet(audio, 'meter');
  const meter = new AudioWorkletNode(audio, METER_PROCESSOR, { numberOfInputs: 1, numberOfOutputs: 1 });
  meter.port.onmessage = (event: MessageEvent<MeterReport>) => {
    loudness.push(event.data);
    if (loudness.length > LOUDNESS_KEPT) loudness.shift();
  };
  const silent = audio.createGain();
  silent.gain.value = 0;
  output.connect(meter).connect(silent).connect(audio.destination);
}

/** The loudest sample that left the venue's sound since context time `since` (s), 0..1 (within the last minute). */
function loudestSince(since: number): number {
  let most = 0;
  for (const report of loudness) if (report.contextTime > since) most = Math.max(most, report.peak);
  return most;
}

declare global {
  interface Window {
    prostudioAudio?: {
      state(): AudioContextState | 'off';
      played(): ReadonlyArray<{ reaction: Reaction; gain: number }>;
      /** The context's time now, s (0 before sound started). */
      time(): number;
      loudestSince(since: number): number;
    };
  }
}

/**
 * Makes the venue heard: sound starts with the first click, tap or key; the volume setting follows; the
 * room's reactions play as they arrive.
 */
export function installVenueAudio(): void {
  for (const gesture of ['pointerdown', 'keydown'] as const) {
    window.addEventListener(gesture, () => startAudio(), { passive: true });
  }
  useSettings.subscribe((settings) => {
    if (master && context) master.gain.setTargetAtTime(settings.volume, context.currentTime, 0.02);
  });
  // New bursts are the room's reactions as they arrive: play each kind once, as loud as its crowd.
  useWorld.subscribe((state, previous) => {
    if (state.bursts === previous.bursts) return;
    const seen = new Set(previous.bursts.map((burst) => burst.id));
    const counts = new Map<Reaction, number>();
    for (const burst of state.bursts) {
      if (!seen.has(burst.id)) counts.set(burst.reaction, (counts.get(burst.reaction) ?? 0) + 1);
    }
    for (const [reaction, count] of counts) playReaction(reaction, count);
  });
  window.prostudioAudio = {
    state: () => context?.state ?? 'off',
    played: () => [...played],
    time: () => context?.currentTime ?? 0,
    loudestSince,
  };
}
