// Exporting a song from the Music tab: rendered by the DAW, measured (and mastered, if asked) in a worker,
// written as a WAV, and encoded to MP3 or Ogg by FFmpeg if asked. Progress runs from 0 to 1 across them.
import type { MasterTarget } from '@prostudio/studio-tools/daw/master';
import type { DawApp } from '@prostudio/studio-tools/daw/editor';
import { encodeWav } from '@prostudio/studio-tools/daw/engine';
import { transcode } from '../../media/ffmpeg.ts';
import type { ExportFormat } from './export-formats.ts';
import type { LoudnessReport } from './loudness-report.ts';
import type { MasterReply, MasterRequest } from './master.worker.ts';

/** The progress bar's stretches: rendering, measuring or mastering, encoding (for MP3 and Ogg). */
const STAGES = { plain: [0.6, 0.4, 0], compressed: [0.45, 0.25, 0.3] } as const;

export async function exportSong(
  app: DawApp,
  target: MasterTarget | null,
  format: ExportFormat,
  onProgress: (done: number) => void,
): Promise<{ bytes: Uint8Array; report: LoudnessReport }> {
  const [render, measure] = STAGES[format.ffmpeg ? 'compressed' : 'plain'];
  const mix = await app.renderMix((done) => onProgress(done * render));
  const worker = new Worker(new URL('./master.worker.ts', import.meta.url), { type: 'module' });
  try {
    const { channels, report } = await new Promise<Extract<MasterReply, { kind: 'done' }>>(
      (resolve, reject) => {
        worker.onmessage = (event: MessageEvent<MasterReply>) => {
          const reply = event.data;
          if (reply.kind === 'ready') {
            const request: MasterRequest = { channels: mix.channels, sampleRate: mix.sampleRate, target };
            // Copied, not transferred: the channels are the rendered AudioBuffer's own.
            worker.postMessage(request);
          } else if (reply.kind === 'progress') onProgress(render + reply.done * measure);
          else if (reply.kind === 'done') resolve(reply);
          else reject(new Error(reply.message));
        };
        worker.onerror = (event) => reject(new Error(`Mastering failed: ${event.message}`));
      },
    );
    const wav = encodeWav({ sampleRate: mix.sampleRate, channels }, format.depth);
    if (!format.ffmpeg) {
      onProgress(1);
      return { bytes: wav, report };
    }
    const bytes = await transcode({
      input: wav,
      inputName: 'mix.wav',
      outputName: `mix.${format.extension}`,
      args: format.ffmpeg,
      onProgress: (done) => onProgress(render + measure + done * (1 - render - measure)),
    });
    return { bytes, report };
  } finally {
    worker.terminate();
  }
}
