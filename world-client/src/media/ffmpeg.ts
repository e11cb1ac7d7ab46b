// FFmpeg in the page (ffmpeg.wasm, single-threaded core): loaded once, on first use, from our own origin
// (Vite serves the core's script and its 32 MB wasm as assets; nothing comes from a CDN), and run one job at
// a time. Used for what the browser cannot encode itself: MP3 and Ogg Vorbis audio, H.264 video.
import { FFmpeg } from '@ffmpeg/ffmpeg';
import coreURL from '@ffmpeg/core?url';
import wasmURL from '@ffmpeg/core/wasm?url';

let loading: Promise<FFmpeg> | null = null;
let queue: Promise<unknown> = Promise.resolve();

function load(): Promise<FFmpeg> {
  loading ??= (async () => {
    const ffmpeg = new FFmpeg();
    await ffmpeg.load({ coreURL, wasmURL });
    return ffmpeg;
  })().catch((error: unknown) => {
    loading = null;
    throw new Error(`The encoder could not load: ${error instanceof Error ? error.message : String(error)}`);
  });
  return loading;
}

export interface Transcode {
  readonly input: Uint8Array;
  /** The input's file name (its extension tells FFmpeg its format), and the output's. */
  readonly inputName: string;
  readonly outputName: string;
  /** Arguments between the input and the output, e.g. ['-c:a', 'libmp3lame', '-b:a', '192k']. */
  readonly args: readonly string[];
  /** The share done, 0..1. */
  readonly onProgress?: (done: number) => void;
}

/** Runs FFmpeg on `input` and gives the output file's bytes; a failure says FFmpeg's last words. */
export function transcode(job: Transcode): Promise<Uint8Array> {
  const run = queue.then(async () => {
    const ffmpeg = await load();
    const log: string[] = [];
    const onLog = ({ message }: { message: string }) => {
      log.push(message);
      if (log.length > 20) log.shift();
    };
    const onProgress = ({ progress }: { progress: number }) =>
      job.onProgress?.(Math.min(1, Math.max(0, progress)));
    ffmpeg.on('log', onLog);
    ffmpeg.on('progress', onProgress);
    try {
      await ffmpeg.writeFile(job.inputName, job.input);
      const code = await ffmpeg.exec(['-i', job.inputName, ...job.args, job.outputName]);
      if (code !== 0) throw new Error(`The encoder failed (${code}): ${log.slice(-3).join(' ')}`);
      const output = await ffmpeg.readFile(job.outputName);
      if (typeof output === 'string') throw new Error('The encoder gave text, not a file.');
      job.onProgress?.(1);
      return output;
    } finally {
      ffmpeg.off('log', onLog);
      ffmpeg.off('progress', onProgress);
      await ffmpeg.deleteFile(job.inputName).catch(() => undefined);
      await ffmpeg.deleteFile(job.outputName).catch(() => undefined);
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
