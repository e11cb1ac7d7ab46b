// The voice mix: each talker's node -> their gain (the listener's volume and mute for them) -> a panner
// placing them where they stand (galleries and the lobby) or nothing (stage, classroom) -> the venue's output.
import { SPATIAL_VOICE, talkerGain } from './voice-mix-math.ts';

interface Strip {
  source: AudioNode;
  gain: GainNode;
  panner: PannerNode | null;
  position: [number, number, number];
}

type Vector = readonly [number, number, number];

export class VoiceMixer {
  private readonly strips = new Map<number, Strip>();
  private spatial = false;

  /**
   * Chromium loads its HRTF data when the first HRTF panner is made, and until it has (a second or more on a
   * busy machine) passes sound through unplaced: one made with the mixer has it ready for the first voice.
   */
  private readonly hrtfWarmUp: PannerNode;

  /** `output` is where voices go: the venue's master gain (venueOutput()). */
  constructor(
    private readonly context: BaseAudioContext,
    private readonly output: AudioNode,
  ) {
    this.hrtfWarmUp = new PannerNode(context, { panningModel: SPATIAL_VOICE.panningModel });
  }

  /** Adds a talker's sound (SoundPath.onTalker gives it). */
  add(slot: number, source: AudioNode): void {
    this.remove(slot);
    const gain = this.context.createGain();
    source.connect(gain);
    const strip: Strip = { source, gain, panner: null, position: [0, 0, 0] };
    this.strips.set(slot, strip);
    this.route(strip);
  }

  /** Takes a talker out of the mix (SoundPath.onTalkerGone). */
  remove(slot: number): void {
    const strip = this.strips.get(slot);
    if (!strip) return;
    this.strips.delete(slot);
    strip.source.disconnect(strip.gain);
    strip.gain.disconnect();
    strip.panner?.disconnect();
  }

  /** How loud the listener hears `slot`: volume 0..2 (1 as sent), or muted. */
  setHearing(slot: number, volume: number, muted: boolean): void {
    const strip = this.strips.get(slot);
    strip?.gain.gain.setTargetAtTime(talkerGain(volume, muted), this.context.currentTime, 0.02);
  }

  /** Places voices around the listener (galleries, lobby) or not (stage, classroom); see isSpatial(). */
  setSpatial(spatial: boolean): void {
    if (spatial === this.spatial) return;
    this.spatial = spatial;
    for (const strip of this.strips.values()) this.route(strip);
  }

  /** Where the talker's head is, metres (the scene's coordinates). */
  setTalkerPosition(slot: number, x: number, y: number, z: number): void {
    const strip = this.strips.get(slot);
    if (!strip) return;
    strip.position = [x, y, z];
    if (strip.panner)
      setVector(strip.panner.positionX, strip.panner.positionY, strip.panner.positionZ, strip.position);
  }

  /** Where the listener is and faces (the camera's position, forward and up vectors), each frame. */
  setListener(position: Vector, forward: Vector, up: Vector): void {
    const listener = this.context.listener;
    if (listener.positionX) {
      setVector(listener.positionX, listener.positionY, listener.positionZ, position);
      setVector(listener.forwardX, listener.forwardY, listener.forwardZ, forward);
      setVector(listener.upX, listener.upY, listener.upZ, up);
    } else {
      // Older Firefox has only the deprecated setters.
      listener.setPosition(...position);
      listener.setOrientation(...forward, ...up);
    }
  }

  /** The talkers in the mix. */
  slots(): number[] {
    return [...this.strips.keys()];
  }

  /** Takes everyone out. */
  clear(): void {
    for (const slot of [...this.strips.keys()]) this.remove(slot);
  }

  private route(strip: Strip): void {
    strip.gain.disconnect();
    strip.panner?.disconnect();
    strip.panner = null;
    if (this.spatial) {
      const panner = new PannerNode(this.context, { ...SPATIAL_VOICE });
      setVector(panner.positionX, panner.positionY, panner.positionZ, strip.position);
      strip.gain.connect(panner).connect(this.output);
      strip.panner = panner;
    } else {
      strip.gain.connect(this.output);
    }
  }
}

function setVector(x: AudioParam, y: AudioParam, z: AudioParam, value: Vector): void {
  x.value = value[0];
  y.value = value[1];
  z.value = value[2];
}
