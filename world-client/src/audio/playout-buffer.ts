// Plays one talker's decoded sound smoothly, whatever the network does. Frames are placed by sequence
// number and played a little behind the sender's clock (the target delay: one frame plus a multiple of the
// measured jitter, beyond the fastest trip seen), sample by sample. A missing frame is concealed (the last
// one again, fading out, then silence); every joint that is not seamless is crossfaded, so nothing clicks.
// After a stall, the buffer jumps forward to the target instead of playing the backlog late, so the delay
// never grows without bound. Pure: time is passed in; the playout worklet drives it.

/** One decoded frame: 20 ms of a talker's sound, one Float32Array per channel. */
export interface PlayoutFrame {
  /** The sender's frame counter, wrapping at 65536. */
  readonly sequence: number;
  /** The sender's clock when its first sample was heard, ms, wrapping at 2^32. */
  readonly time: number;
  readonly channels: readonly Float32Array[];
}

export interface PlayoutStats {
  /** Frames pushed. */
  received: number;
  /** Frames' worth of sound made up for missing ones. */
  concealed: number;
  /** Frames thrown away: late, repeated, or skipped to catch up. */
  dropped: number;
  /** How far behind the sender's clock (beyond the fastest trip) playout runs now, ms. */
  delayMs: number;
  /** The delay playout aims at, ms. */
  targetMs: number;
}

export const FRAME_MS = 20;
const MIN_TARGET = 40;
/** The most playout holds sound back unless told otherwise (a voice's: see SOUND_MODE_SETTINGS). */
const MAX_TARGET = 300;
const JITTER_MULTIPLE = 2.5;
/** Playout this far past its target (ms) jumps forward to it. */
const CATCH_UP_SLACK = 45;
/** Gain at the start of each successive concealed frame: the last frame fades out over two, then silence. */
const CONCEAL_GAINS = [1, 0.5, 0];
/** How many frames an empty buffer waits (concealing, then silent) before it stops and starts afresh. */
const MAX_HOLD = 5;
/** The smallest lag may creep up by this much per ms (clock drift, a slower route), so it is not stuck low. */
const OFFSET_LEAK = 0.001;
/** A frame below this root-mean-square (-40 dBFS) is a pause. */
const QUIET_RMS = 0.01;
/** How fast the remembered worst stall fades, ms per ms: 20 ms a second, so half a second's in 25 s. */
const PEAK_DECAY = 0.02;
/** Margin over the worst stall when absorbing them, ms. */
const PEAK_MARGIN = 10;
/** Frames arriving less than this apart (ms) came as one batch. */
const BATCH_MS = 1;
const KEEP = 64;
const SEQ_WRAP = 65_536;
const TIME_WRAP = 2 ** 32;

interface Stored {
  seq: number;
  time: number;
  channels: readonly Float32Array[];
  /** Almost silent (a pause in speech): where playout may stretch or shrink time unheard. */
  quiet: boolean;
}

interface Segment {
  seq: number;
  time: number;
  channels: readonly Float32Array[];
  gainFrom: number;
  gainTo: number;
  /** A real frame (not concealment): a next frame of seq + 1 continues it seamlessly. */
  real: boolean;
}

export class PlayoutBuffer {
  private readonly queue: Stored[] = [];
  private readonly sampleRate: number;
  private readonly crossfade: number;
  private seqRef: number | null = null;
  private timeRef: number | null = null;
  private offset = Infinity;
  private jitter = 0;
  private lastArrival = -Infinity;
  private batchDeviation = 0;
  private jitterBefore = 0;
  /** The largest recent deviation, decaying slowly (PEAK_DECAY): the stall to wait out when absorbing them. */
  private peak = 0;
  private segment: Segment | null = null;
  private position = 0;
  private lastReal: Stored | null = null;
  private concealRun = 0;
  private holdRun = 0;
  private fadeLeft = 0;
  /** The last sample played per channel, and the one a crossfade starts from. */
  private readonly last: number[] = [];
  private readonly held: number[] = [];
  private meanSquare = 0;
  private readonly counts = { received: 0, concealed: 0, dropped: 0 };

  /** The most the target delay may be, ms. */
  maxTarget = MAX_TARGET;
  /**
   * Whether a stall (frames held up, then arriving together) raises the target delay, so the next one plays
   * through, rather than being caught up by skipping: for music, where unbroken sound matters more.
   */
  absorbStalls = false;

  constructor(sampleRate = 48_000) {
    this.sampleRate = sampleRate;
    this.crossfade = Math.round(sampleRate * 0.002);
  }

  /** The delay playout aims at, ms beyond the fastest trip seen. */
  get target(): number {
    const spread = Math.max(JITTER_MULTIPLE * this.jitter, this.absorbStalls ? this.peak + PEAK_MARGIN : 0);
    return Math.min(this.maxTarget, Math.max(MIN_TARGET, FRAME_MS + spread));
  }

  /** Whether sound is playing (not waiting for frames). */
  get playing(): boolean {
    return this.segment !== null;
  }

  /** Root-mean-square of the sound played lately (before any volume), 0..1. */
  get rms(): number {
    return Math.sqrt(this.meanSquare);
  }

  /** Adds a frame that arrived at local time `arrivedAt` (ms); false when it is late or a repeat. */
  push(frame: PlayoutFrame, arrivedAt: number): boolean {
    this.counts.received++;
    if ((frame.channels[0]?.length ?? 0) === 0) return false;
    let seq = this.unwrapSeq(frame.sequence);
    const time = this.unwrapTime(frame.time);
    this.measure(arrivedAt - time, arrivedAt);
    const playing = this.segment;
    // A sender that started over (a new stream in the same slot) is a fresh start, not a very late frame.
    if (playing && (seq < playing.seq - 50 || seq > playing.seq + 250)) {
      this.restart();
      this.seqRef = frame.sequence;
      seq = frame.sequence;
    }
    if ((this.segment && seq <= this.segment.seq) || this.queue.some((stored) => stored.seq === seq)) {
      this.counts.dropped++;
      return false;
    }
    let at = this.queue.length;
    while (at > 0 && (this.queue[at - 1]?.seq ?? 0) > seq) at--;
    this.queue.splice(at, 0, { seq, time, channels: frame.channels, quiet: isQuiet(frame.channels[0]) });
    if (this.queue.length > KEEP) {
      this.queue.shift();
      this.counts.dropped++;
    }
    return true;
  }

  /** Fills `out` (one array per output channel, all the same length) with what plays from local time `now`. */
  pull(out: Float32Array[], now: number): void {
    const length = out[0]?.length ?? 0;
    let sum = 0;
    for (let i = 0; i < length; i++) {
      if (!this.segment) this.tryStart(now + (i * 1000) / this.sampleRate);
      const segment = this.segment;
      if (segment && this.position >= (segment.channels[0]?.length ?? 0))
        this.advance(now + (i * 1000) / this.sampleRate);
      const current = this.segment;
      const size = current?.channels[0]?.length ?? 1;
      const gain = current
        ? current.gainFrom + ((current.gainTo - current.gainFrom) * this.position) / size
        : 0;
      const mix = this.fadeLeft > 0 ? 1 - this.fadeLeft / this.crossfade : 1;
      for (let c = 0; c < out.length; c++) {
        const source = current?.channels[Math.min(c, current.channels.length - 1)];
        let value = (source?.[this.position] ?? 0) * gain;
        if (this.fadeLeft > 0) value = value * mix + (this.held[c] ?? 0) * (1 - mix);
        const channel = out[c];
        if (channel) channel[i] = value;
        this.last[c] = value;
        if (c === 0) sum += value * value;
      }
      if (this.fadeLeft > 0) this.fadeLeft--;
      if (current) this.position++;
    }
    if (length > 0) this.meanSquare += (sum / length - this.meanSquare) * 0.05;
  }

  /** How far behind the sender's clock (beyond the fastest trip) playout runs at local time `now`, ms. */
  delay(now: number): number {
    const at = this.playheadTime();
    return at === null ? 0 : now - this.offset - at;
  }

  /** The sender's time stamp of the sample playing next, ms wrapping at 2^32, or null when nothing plays. */
  senderTime(): number | null {
    const at = this.playheadTime();
    return at === null ? null : ((at % TIME_WRAP) + TIME_WRAP) % TIME_WRAP;
  }

  stats(now: number): PlayoutStats {
    return { ...this.counts, delayMs: this.delay(now), targetMs: this.target };
  }

  private playheadTime(): number | null {
    const segment = this.segment;
    return segment ? segment.time + (this.position * 1000) / this.sampleRate : null;
  }

  private measure(lag: number, arrivedAt: number): void {
    const sinceLast = arrivedAt - this.lastArrival;
    if (Number.isFinite(this.offset)) this.offset += OFFSET_LEAK * Math.max(0, sinceLast);
    this.lastArrival = arrivedAt;
    if (lag < this.offset) this.offset = lag;
    let deviation = lag - this.offset;
    this.peak = Math.max(
      deviation,
      this.peak - PEAK_DECAY * Math.max(0, Number.isFinite(sinceLast) ? sinceLast : 0),
    );
    // Frames arriving together are a backlog draining (after a stall): one measurement, the freshest's.
    // A stall is ridden out by catching up, not by a longer delay for everyone from then on (unless the
    // buffer absorbs stalls: then each frame's lag counts, the stalled ones' too).
    if (sinceLast < BATCH_MS && !this.absorbStalls) {
      deviation = Math.min(deviation, this.batchDeviation);
      this.jitter = this.jitterBefore;
    }
    this.batchDeviation = deviation;
    this.jitterBefore = this.jitter;
    // Quick to grow (a worse network must be ridden out at once), slow to shrink.
    this.jitter += (deviation - this.jitter) * (deviation > this.jitter ? 0.1 : 0.01);
  }

  /** Starts playing when the oldest useful frame has aged to the target delay. */
  private tryStart(now: number): void {
    const reach = this.target + FRAME_MS / 2;
    while (this.queue.length > 1 && now - this.offset - (this.queue[0]?.time ?? 0) > reach) {
      this.queue.shift();
      this.counts.dropped++;
    }
    const first = this.queue[0];
    if (!first || now - this.offset - first.time < this.target - 1) return;
    this.queue.shift();
    this.play(first);
  }

  /** At the end of a segment: the next frame, a jump forward, or concealment. */
  private advance(now: number): void {
    const current = this.segment;
    if (!current) return;
    const next = current.seq + 1;
    const nextTime = current.time + FRAME_MS;
    while ((this.queue[0]?.seq ?? Infinity) < next) this.queue.shift();
    if (this.queue.length > 0 && now - this.offset - nextTime > this.target + CATCH_UP_SLACK) {
      // Behind after a stall: skip to the first frame that brings playout back to its target.
      const reach = this.target + FRAME_MS / 2;
      while (this.queue.length > 1 && now - this.offset - (this.queue[0]?.time ?? 0) > reach) {
        this.queue.shift();
        this.counts.dropped++;
      }
    }
    const first = this.queue[0];
    const behind = now - this.offset - nextTime;
    const inPause = this.lastReal?.quiet === true && first?.quiet === true;
    if (first && first.seq === next && inPause && behind < this.target - FRAME_MS / 2) {
      this.pause(current); // too close to the edge: let a pause in the sound run 20 ms longer
    } else if (
      first &&
      first.seq === next &&
      inPause &&
      behind > this.target + FRAME_MS &&
      this.queue[1]?.seq === next + 1
    ) {
      this.queue.shift(); // too far behind: make a pause in the sound 20 ms shorter
      this.counts.dropped++;
      const following = this.queue.shift();
      if (following) this.play(following);
    } else if (first && first.seq === next) {
      this.queue.shift();
      this.play(first);
    } else if (first && first.seq > next && now - this.offset - nextTime <= this.target + CATCH_UP_SLACK) {
      this.conceal(next, nextTime); // lost: later frames are here
    } else if (first && now - this.offset - first.time >= this.target - 1) {
      this.queue.shift(); // a jump forward (catching up)
      this.play(first);
    } else if (first) {
      this.stop(); // the next frame there is too fresh to play yet: wait until it has aged to the target
    } else if (this.holdRun < MAX_HOLD) {
      this.holdRun++;
      // Late: wait for it, concealing over the same stretch of the sender's time, without giving up its place.
      this.conceal(current.seq, current.time);
    } else {
      this.restart();
    }
  }

  private play(frame: Stored): void {
    const previous = this.segment;
    const seamless = previous !== null && previous.real && previous.seq + 1 === frame.seq;
    this.segment = { ...frame, gainFrom: 1, gainTo: 1, real: true };
    this.position = 0;
    this.lastReal = frame;
    this.concealRun = 0;
    this.holdRun = 0;
    if (!seamless) this.startCrossfade();
  }

  /** 20 ms of silence between two quiet frames, over the same stretch of the sender's time. */
  private pause(current: Segment): void {
    this.segment = { ...current, gainFrom: 0, gainTo: 0, real: false };
    this.position = 0;
    this.startCrossfade();
  }

  private conceal(seq: number, time: number): void {
    const gainFrom = CONCEAL_GAINS[Math.min(this.concealRun, CONCEAL_GAINS.length - 1)] ?? 0;
    const gainTo = CONCEAL_GAINS[Math.min(this.concealRun + 1, CONCEAL_GAINS.length - 1)] ?? 0;
    this.segment = { seq, time, channels: this.lastReal?.channels ?? [], gainFrom, gainTo, real: false };
    this.position = 0;
    this.concealRun++;
    this.counts.concealed++;
    this.startCrossfade();
  }

  /** Stops (fading out what played) until the first frame queued has aged to the target. */
  private stop(): void {
    this.segment = null;
    this.position = 0;
    this.concealRun = 0;
    this.holdRun = 0;
    this.startCrossfade();
  }

  /** Stops and forgets what is queued, to start afresh on the next frame (whatever its number). */
  private restart(): void {
    this.stop();
    this.counts.dropped += this.queue.length;
    this.queue.length = 0;
    this.seqRef = null;
  }

  /** Blends from the last sample played into what comes next, so a joint that is not seamless never clicks. */
  private startCrossfade(): void {
    this.held.length = 0;
    this.held.push(...this.last);
    this.fadeLeft = this.crossfade;
  }

  private unwrapSeq(raw: number): number {
    const ref = this.seqRef;
    const seq =
      ref === null ? raw : ref + ((((raw - ref) % SEQ_WRAP) + SEQ_WRAP * 1.5) % SEQ_WRAP) - SEQ_WRAP / 2;
    if (ref === null || seq > ref) this.seqRef = seq;
    return seq;
  }

  private unwrapTime(raw: number): number {
    const ref = this.timeRef;
    const time =
      ref === null ? raw : ref + ((((raw - ref) % TIME_WRAP) + TIME_WRAP * 1.5) % TIME_WRAP) - TIME_WRAP / 2;
    this.timeRef = time;
    return time;
  }
}

function isQuiet(samples: Float32Array | undefined): boolean {
  if (!samples) return true;
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return sum / Math.max(1, samples.length) < QUIET_RMS * QUIET_RMS;
}
