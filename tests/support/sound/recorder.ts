// Records what a page plays, with no test code in the app. An init script wraps AudioNode.connect before
// the app loads: whatever the app connects to an AudioContext's destination (the venue's master chain)
// is also connected to a "tap" gain, which feeds an AudioWorklet recorder. The worklet counts frames on
// the audio thread, so each sample's time is exact; getOutputTimestamp() turns frames into wall-clock
// time (Date.now() terms) of when they leave for the speakers.
//
// The venue's content security policy only lets worklets load from its own origin (script-src 'self':
// a blob: module is refused), so the recorder's module is answered through CDP at a same-origin path.
import type { Page } from 'playwright-core';

/** What one of the page's AudioContexts played. */
export interface PageRecording {
  readonly sampleRate: number;
  /** Two channels (the context's output, up- or down-mixed to stereo). */
  readonly channels: Float32Array[];
  /** Wall-clock time (ms, as Date.now()) at which the first sample left for the output device. */
  readonly startWallMs: number;
  /** The context's frame number of the first sample. */
  readonly startFrame: number;
  /** What the context reported as its output latency (ms); already included in startWallMs. */
  readonly outputLatencyMs: number;
  /**
   * Where the output clock stood as each chunk came from the audio thread: sample index (from the first)
   * and its wall-clock time (ms) by the output timestamp then. A device that loses time while recording
   * (render quanta late on a starved machine) moves its samples later against the wall clock; these follow.
   */
  readonly stamps: ReadonlyArray<readonly [index: number, wallMs: number]>;
}

/** The wall-clock time (ms) sample `index` of `recording` left for the speakers, by the latest stamp before it. */
export function wallMsOf(recording: PageRecording, index: number): number {
  let stamp: readonly [number, number] = [0, recording.startWallMs];
  for (const candidate of recording.stamps) {
    if (candidate[0] > index) break;
    stamp = candidate;
  }
  return stamp[1] + ((index - stamp[0]) / recording.sampleRate) * 1000;
}

const MODULE_PATH = '/__prostudio-test/sound-recorder.worklet.js';
const PROCESSOR = 'prostudio-test-sound-recorder';
const CHUNK_FRAMES = 4_800; // 100 ms per message from the audio thread
const TRANSFER_FRAMES = 48_000 * 5; // 5 s of samples per page.evaluate

// Runs in the AudioWorkletGlobalScope: plain JavaScript, no imports. While recording, it collects its
// input into chunks and posts each with the frame number (currentFrame) of its first sample.
const WORKLET_SOURCE = `
class Recorder extends AudioWorkletProcessor {
  constructor() {
    super();
    this.recording = false;
    this.fill = 0;
    this.port.onmessage = (event) => {
      this.recording = event.data.recording;
      if (!this.recording) { this.flush(); this.port.postMessage({ stopped: true }); }
    };
  }
  flush() {
    if (this.fill > 0) {
      const channels = this.chunk.map((c) => c.slice(0, this.fill));
      this.port.postMessage({ frame: this.first, channels }, channels.map((c) => c.buffer));
    }
    this.fill = 0;
  }
  process(inputs) {
    if (!this.recording) return true;
    const input = inputs[0];
    const frames = input[0] ? input[0].length : 128;
    if (this.fill === 0) {
      this.chunk = [new Float32Array(${CHUNK_FRAMES}), new Float32Array(${CHUNK_FRAMES})];
      this.first = currentFrame;
    }
    for (let c = 0; c < 2; c++) {
      const source = input[Math.min(c, input.length - 1)];
      if (source) this.chunk[c].set(source, this.fill);
    }
    this.fill += frames;
    if (this.fill + 128 > ${CHUNK_FRAMES}) this.flush();
    return true;
  }
}
registerProcessor('${PROCESSOR}', Recorder);
`;

/** The page-side API (window.__soundRecorder), as the init script defines it. */
interface InPageRecorder {
  start(): void;
  stop(): Promise<number>;
  info(index: number): {
    sampleRate: number;
    startFrame: number;
    startWallMs: number;
    outputLatencyMs: number;
  };
  take(index: number, from: number, count: number): string[];
  frames(index: number): number;
  stamps(index: number): Array<[number, number]>;
}
type RecorderWindow = Window & { __soundRecorder: InPageRecorder };

/**
 * Installs the recorder in `page`; call before the page loads the app (before page.goto). Recording
 * begins at startRecording, or as soon as the app creates its AudioContext if that comes later.
 */
export async function installSoundRecorder(page: Page): Promise<void> {
  // Playwright's page.route does not see worklet scripts (their fetch is not routed); CDP's Fetch domain does.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: `*${MODULE_PATH}` }] });
  cdp.on('Fetch.requestPaused', (event) => {
    void cdp.send('Fetch.fulfillRequest', {
      requestId: event.requestId,
      responseCode: 200,
      responseHeaders: [{ name: 'content-type', value: 'text/javascript' }],
      body: Buffer.from(WORKLET_SOURCE).toString('base64'),
    });
  });
  await page.addInitScript(inPage, { modulePath: MODULE_PATH, processor: PROCESSOR });
}

/** Starts recording every AudioContext of the page (discarding what an earlier recording kept). */
export async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as RecorderWindow).__soundRecorder.start());
}

/** Stops recording and brings back what each AudioContext played (the venue has one: [0]). */
export async function stopRecording(page: Page): Promise<PageRecording[]> {
  const count = await page.evaluate(() => (window as unknown as RecorderWindow).__soundRecorder.stop());
  const recordings: PageRecording[] = [];
  for (let index = 0; index < count; index++) {
    const info = await page.evaluate(
      (i) => (window as unknown as RecorderWindow).__soundRecorder.info(i),
      index,
    );
    const frames = await page.evaluate(
      (i) => (window as unknown as RecorderWindow).__soundRecorder.frames(i),
      index,
    );
    const channels = [new Float32Array(frames), new Float32Array(frames)];
    for (let from = 0; from < frames; from += TRANSFER_FRAMES) {
      const parts = await page.evaluate(
        ([i, f, n]) => (window as unknown as RecorderWindow).__soundRecorder.take(i, f, n),
        [index, from, TRANSFER_FRAMES] as const,
      );
      parts.forEach((base64, c) => {
        const bytes = Buffer.from(base64, 'base64');
        channels[c]!.set(new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4), from);
      });
    }
    const stamps = await page.evaluate(
      (i) => (window as unknown as RecorderWindow).__soundRecorder.stamps(i),
      index,
    );
    recordings.push({ ...info, channels, stamps });
  }
  return recordings;
}

/** The init script (serialised into the page: it may use nothing from this module's scope). */
function inPage({ modulePath, processor }: { modulePath: string; processor: string }): void {
  interface Tap {
    context: BaseAudioContext;
    input: GainNode;
    node?: AudioWorkletNode;
    chunks: Array<{ frame: number; channels: Float32Array[] }>;
    /** Per chunk: its first frame, and that frame's wall-clock time by the output timestamp on arrival. */
    stamps: Array<[number, number]>;
    stopped?: () => void;
  }
  const taps: Tap[] = [];
  let recording = false;
  const connect = AudioNode.prototype.connect as (this: AudioNode, ...args: unknown[]) => unknown;
  const disconnect = AudioNode.prototype.disconnect as (this: AudioNode, ...args: unknown[]) => void;

  function tapOf(context: BaseAudioContext): Tap {
    const found = taps.find((t) => t.context === context);
    if (found) return found;
    const input = context.createGain();
    input.channelCount = 2;
    input.channelCountMode = 'explicit';
    const tap: Tap = { context, input, chunks: [], stamps: [] };
    taps.push(tap);
    void context.audioWorklet.addModule(modulePath).then(
      () => {
        const node = new AudioWorkletNode(context, processor, {
          numberOfOutputs: 1,
          outputChannelCount: [1],
        });
        node.port.onmessage = (
          event: MessageEvent<{ frame: number; channels: Float32Array[] } | { stopped: true }>,
        ) => {
          if ('stopped' in event.data) return tap.stopped?.();
          tap.chunks.push(event.data);
          const stamp = (context as AudioContext).getOutputTimestamp?.();
          if (stamp?.performanceTime)
            tap.stamps.push([
              event.data.frame,
              performance.timeOrigin +
                stamp.performanceTime +
                (event.data.frame / context.sampleRate - (stamp.contextTime ?? 0)) * 1000,
            ]);
        };
        connect.call(input, node);
        // The recorder outputs silence; joined to the destination, the context keeps pulling it.
        connect.call(node, context.destination);
        tap.node = node;
        if (recording) node.port.postMessage({ recording: true });
      },
      (error: unknown) => console.error(`The sound recorder could not load ${modulePath}: ${String(error)}`),
    );
    return tap;
  }

  AudioNode.prototype.connect = function (this: AudioNode, ...args: unknown[]) {
    const result = connect.apply(this, args);
    // Only what plays live: an OfflineAudioContext (Tone.js renders a reverb's impulse in one) is not heard.
    if (args[0] instanceof AudioDestinationNode && this.context instanceof AudioContext)
      connect.call(this, tapOf(this.context).input);
    return result;
  } as typeof AudioNode.prototype.connect;

  AudioNode.prototype.disconnect = function (this: AudioNode, ...args: unknown[]) {
    disconnect.apply(this, args);
    const tap = taps.find((t) => t.context === this.context);
    if (args[0] instanceof AudioDestinationNode && tap) {
      try {
        disconnect.call(this, tap.input);
      } catch {
        // It was not connected to the tap: nothing to undo.
      }
    }
  } as typeof AudioNode.prototype.disconnect;

  // From the first chunk's first frame to the last chunk's last.
  const frameCount = ({ chunks }: Tap) =>
    chunks.length === 0 ? 0 : chunks.at(-1)!.frame + chunks.at(-1)!.channels[0]!.length - chunks[0]!.frame;

  const api: InPageRecorder = {
    start() {
      recording = true;
      for (const tap of taps) {
        tap.chunks = [];
        tap.stamps = [];
        tap.node?.port.postMessage({ recording: true });
      }
    },
    async stop() {
      recording = false;
      await Promise.all(
        taps.map((tap) =>
          tap.node
            ? new Promise<void>((resolve) => {
                tap.stopped = resolve;
                tap.node!.port.postMessage({ recording: false });
              })
            : undefined,
        ),
      );
      return taps.length;
    },
    info(index) {
      const tap = taps[index]!;
      const context = tap.context as AudioContext;
      const startFrame = tap.chunks[0]?.frame ?? 0;
      // The sample at contextTime was leaving for the device at performanceTime.
      const stamp = context.getOutputTimestamp();
      const startWallMs =
        performance.timeOrigin +
        (stamp.performanceTime ?? 0) +
        (startFrame / context.sampleRate - (stamp.contextTime ?? 0)) * 1000;
      return {
        sampleRate: context.sampleRate,
        startFrame,
        startWallMs,
        outputLatencyMs: context.outputLatency * 1000,
      };
    },
    frames: (index) => frameCount(taps[index]!),
    stamps(index) {
      const tap = taps[index]!;
      const first = tap.chunks[0]?.frame ?? 0;
      return tap.stamps.map(([frame, wallMs]) => [frame - first, wallMs]);
    },
    take(index, from, count) {
      const tap = taps[index]!;
      const out = [new Float32Array(count), new Float32Array(count)];
      const first = tap.chunks[0]?.frame ?? 0;
      let length = 0;
      for (const chunk of tap.chunks) {
        // Place each chunk by its frame number: a gap (none expected) stays silent.
        const at = chunk.frame - first - from;
        chunk.channels.forEach((samples, c) => {
          const start = Math.max(0, -at);
          const end = Math.min(samples.length, count - at);
          if (end > start) out[c]!.set(samples.subarray(start, end), at + start);
        });
        length = Math.max(length, Math.min(count, at + (chunk.channels[0]?.length ?? 0)));
      }
      return out.map((samples) => {
        const bytes = new Uint8Array(samples.buffer, 0, Math.max(0, length) * 4);
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) {
          binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        }
        return btoa(binary);
      });
    },
  };
  (window as unknown as RecorderWindow).__soundRecorder = api;
}
