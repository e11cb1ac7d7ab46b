// The metronome: a short click on each beat, higher on the bar's first, scheduled on the audio clock with the
// notes. It is the player's own, for the person playing: it goes to the speakers, never into the mix (an
// export, or the stage's stream, has no click).

/** Click pitches, Hz: the bar's first beat, then the others. */
const ACCENT_HZ = 1760;
const BEAT_HZ = 1320;
const LENGTH = 0.03;

export class Metronome {
  /** Connect to the speakers (createLiveEngine does). */
  readonly output: GainNode;
  on = false;
  private readonly context: BaseAudioContext;

  constructor(context: BaseAudioContext) {
    this.context = context;
    this.output = new GainNode(context, { gain: 0.5 });
  }

  /** A click at audio-clock `time`. */
  click(time: number, accent: boolean): void {
    const tone = new OscillatorNode(this.context, {
      type: 'square',
      frequency: accent ? ACCENT_HZ : BEAT_HZ,
    });
    const envelope = new GainNode(this.context, { gain: 0 });
    envelope.gain.setValueAtTime(0, time);
    envelope.gain.linearRampToValueAtTime(accent ? 0.5 : 0.3, time + 0.002);
    envelope.gain.exponentialRampToValueAtTime(0.001, time + LENGTH);
    tone.connect(envelope).connect(this.output);
    tone.start(time);
    tone.stop(time + LENGTH + 0.01);
    tone.onended = () => envelope.disconnect();
  }
}
