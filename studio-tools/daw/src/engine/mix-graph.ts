// The song's sound graph on Tone.js: per track its instrument, effects in order, pan and fader (mute and solo
// applied there), and post-fader sends to the two buses; the buses' effects (fully wet) and the master. It
// follows the project as it changes: `update` rebuilds only what changed (an instrument of another type, an
// effect added, removed or moved) and sets every parameter.
import * as Tone from 'tone';

import type { Device, Project, Track } from '../core/project.ts';
import { SILENT_DB } from '../core/project.ts';
import { createEffect, type Effect } from './effects.ts';
import { createInstrument, type Instrument } from './instruments.ts';

interface Strip {
  instrumentType: string;
  instrument: Instrument;
  /** "id:type" of each effect, in order: when it changes, the chain is rebuilt (null: never built). */
  chainKey: string | null;
  effects: Effect[];
  panner: Tone.Panner;
  fader: Tone.Volume;
  sends: [Tone.Gain, Tone.Gain];
  meter: Tone.Meter | null;
}

interface BusNode {
  type: string;
  input: Tone.Gain;
  effect: Effect;
  fader: Tone.Volume;
}

const gainOf = (db: number) => (db <= SILENT_DB ? 0 : Tone.dbToGain(db));

export class MixGraph {
  /** The mix: connect it to the speakers, a recorder or a stream. */
  readonly output: Tone.Volume;
  private readonly strips = new Map<string, Strip>();
  private readonly buses: [BusNode | null, BusNode | null] = [null, null];
  private readonly context: Tone.BaseContext;
  private readonly metered: boolean;

  /** `metered`: each track gets a level meter (live playing; an export needs none). */
  constructor(context: Tone.BaseContext, metered = false) {
    this.context = context;
    this.metered = metered;
    this.output = new Tone.Volume({ context });
  }

  /** Makes the graph play `project`; resolves when every new effect can sound. */
  async update(project: Project): Promise<void> {
    const ready: Array<Promise<void>> = [];
    const tempo = project.song.tempo;
    this.output.volume.value = project.song.masterVolume;
    project.buses.forEach((bus, index) =>
      ready.push(this.updateBus(index as 0 | 1, bus.effect, bus.volume, tempo)),
    );
    const anySolo = project.tracks.some((track) => track.mixer.solo);
    const seen = new Set<string>();
    for (const track of project.tracks) {
      seen.add(track.id);
      ready.push(this.updateStrip(track, tempo, anySolo));
    }
    for (const [id, strip] of this.strips) {
      if (seen.has(id)) continue;
      this.disposeStrip(strip);
      this.strips.delete(id);
    }
    await Promise.all(ready);
  }

  /** Plays a note on `track` (seconds on this graph's context). */
  play(track: string, pitch: number, time: number, duration: number, velocity: number): void {
    this.strips.get(track)?.instrument.play(pitch, time, duration, velocity);
  }

  /** Silences every instrument from `time` (stop, or a jump in the song). */
  silence(time: number): void {
    for (const strip of this.strips.values()) strip.instrument.silence(time);
  }

  /** `track`'s level now, dB (metered graphs only). */
  level(track: string): number {
    const value = this.strips.get(track)?.meter?.getValue();
    return typeof value === 'number' ? value : Number.NEGATIVE_INFINITY;
  }

  dispose(): void {
    for (const strip of this.strips.values()) this.disposeStrip(strip);
    this.strips.clear();
    for (const bus of this.buses) if (bus) disposeBus(bus);
    this.output.dispose();
  }

  private async updateBus(index: 0 | 1, device: Device, volume: number, tempo: number): Promise<void> {
    let bus = this.buses[index];
    if (!bus || bus.type !== device.type) {
      if (bus) disposeBus(bus);
      const input = new Tone.Gain({ context: this.context });
      const effect = createEffect(this.context, device, tempo);
      const fader = new Tone.Volume({ context: this.context });
      input.connect(effect.input);
      effect.output.connect(fader);
      fader.connect(this.output);
      bus = { type: device.type, input, effect, fader };
      this.buses[index] = bus;
      for (const strip of this.strips.values()) strip.sends[index].connect(input);
    }
    // A send bus's effect is all effect: the dry sound is already in the mix.
    bus.effect.set({ ...device.params, wet: 1 }, tempo);
    bus.fader.volume.value = volume;
    await bus.effect.ready;
  }

  private async updateStrip(track: Track, tempo: number, anySolo: boolean): Promise<void> {
    let strip = this.strips.get(track.id);
    if (!strip) {
      strip = this.createStrip(track);
      this.strips.set(track.id, strip);
    }
    if (strip.instrumentType !== track.instrument.type) {
      strip.instrument.dispose();
      strip.instrument = createInstrument(this.context, track.instrument);
      strip.instrumentType = track.instrument.type;
      strip.chainKey = null;
    }
    strip.instrument.set(track.instrument.params);
    strip.instrument.setSample(track.sample);
    const chainKey = track.effects.map((effect) => `${effect.id}:${effect.type}`).join(',');
    if (chainKey !== strip.chainKey) this.rebuildChain(strip, track, tempo, chainKey);
    track.effects.forEach((effect, index) => strip.effects[index]?.set(effect.params, tempo));
    const { mixer } = track;
    strip.panner.pan.value = mixer.pan;
    strip.fader.volume.value = mixer.volume;
    strip.fader.mute = mixer.mute || (anySolo && !mixer.solo);
    strip.sends[0].gain.value = gainOf(mixer.sendA);
    strip.sends[1].gain.value = gainOf(mixer.sendB);
    await Promise.all(strip.effects.map((effect) => effect.ready));
  }

  private createStrip(track: Track): Strip {
    const context = this.context;
    const panner = new Tone.Panner({ context });
    const fader = new Tone.Volume({ context });
    panner.connect(fader);
    fader.connect(this.output);
    const sends: [Tone.Gain, Tone.Gain] = [
      new Tone.Gain({ context, gain: 0 }),
      new Tone.Gain({ context, gain: 0 }),
    ];
    sends.forEach((send, index) => {
      fader.connect(send);
      const bus = this.buses[index];
      if (bus) send.connect(bus.input);
    });
    const meter = this.metered ? new Tone.Meter({ context, smoothing: 0.8 }) : null;
    if (meter) fader.connect(meter);
    return {
      instrumentType: track.instrument.type,
      instrument: createInstrument(context, track.instrument),
      chainKey: null,
      effects: [],
      panner,
      fader,
      sends,
      meter,
    };
  }

  private rebuildChain(strip: Strip, track: Track, tempo: number, chainKey: string): void {
    strip.instrument.output.disconnect();
    for (const effect of strip.effects) effect.dispose();
    strip.effects = track.effects.map((device) => createEffect(this.context, device, tempo));
    let from: Tone.ToneAudioNode = strip.instrument.output;
    for (const effect of strip.effects) {
      from.connect(effect.input);
      from = effect.output;
    }
    from.connect(strip.panner);
    strip.chainKey = chainKey;
  }

  private disposeStrip(strip: Strip): void {
    strip.instrument.dispose();
    for (const effect of strip.effects) effect.dispose();
    for (const node of [strip.panner, strip.fader, ...strip.sends]) node.dispose();
    strip.meter?.dispose();
  }
}

function disposeBus(bus: BusNode): void {
  bus.input.dispose();
  bus.effect.dispose();
  bus.fader.dispose();
}
