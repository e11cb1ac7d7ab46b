// Exporting a song from the Music tab: rendered by the DAW, measured (and mastered, if asked) in a worker,
// written as a 24-bit WAV. Progress runs from 0 to 1 across the three.
import type { MasterTarget } from '@prostudio/studio-tools/daw/master';
import type { DawApp } from '@prostudio/studio-tools/daw/editor';
import { encodeWav } from '@prostudio/studio-tools/daw/engine';
import type { LoudnessReport } from './loudness-report.ts';
import type { MasterReply, MasterRequest } from './master.worker.ts';

/** The share of the progress bar the render takes; the worker has the rest. */
const RENDER_SHARE = 0.6;

export async function exportSong(
  app: DawApp,
  target: MasterTarget | null,
  onProgress: (done: number) => void,
): Promise<{ bytes: Uint8Array; report: LoudnessReport }> {
  const mix = await app.renderMix((done) => onProgress(done * RENDER_SHARE));
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
          } else if (reply.kind === 'progress') onProgress(RENDER_SHARE + reply.done * (1 - RENDER_SHARE));
          else if (reply.kind === 'done') resolve(reply);
          else reject(new Error(reply.message));
        };
        worker.onerror = (event) => reject(new Error(`Mastering failed: ${event.message}`));
      },
    );
    onProgress(1);
    return { bytes: encodeWav({ sampleRate: mix.sampleRate, channels }, 24), report };
  } finally {
    worker.terminate();
  }
}
