// Measures and masters an export off the page's thread (seconds of work for a long song), saying how far
// it has got. Messages are checked: the worker is ours, but a wrong one is told, not thrown.
import { master, measureLoudness, type MasterTarget } from '@prostudio/studio-tools/daw/master';
import type { LoudnessReport } from './loudness-report.ts';

export interface MasterRequest {
  readonly channels: Float32Array[];
  readonly sampleRate: number;
  /** Null: measure only. */
  readonly target: MasterTarget | null;
}

export type MasterReply =
  /** Sent once loaded: the wasm loads with the module, and a message sent before then could be lost. */
  | { readonly kind: 'ready' }
  | { readonly kind: 'progress'; readonly done: number }
  | { readonly kind: 'done'; readonly channels: Float32Array[]; readonly report: LoudnessReport }
  | { readonly kind: 'error'; readonly message: string };

function isRequest(data: unknown): data is MasterRequest {
  const request = data as Partial<MasterRequest> | null;
  return (
    Array.isArray(request?.channels) &&
    request.channels.length > 0 &&
    request.channels.every((c) => c instanceof Float32Array) &&
    typeof request.sampleRate === 'number' &&
    (request.target === null || typeof request.target?.loudness === 'number')
  );
}

const reply = (message: MasterReply, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });

self.onmessage = (event: MessageEvent<unknown>) => {
  if (!isRequest(event.data))
    return reply({ kind: 'error', message: 'The mastering request was malformed.' });
  const { channels, sampleRate, target } = event.data;
  try {
    if (!target) {
      const report = { before: measureLoudness(channels, sampleRate), mastered: null };
      return reply(
        { kind: 'done', channels, report },
        channels.map((c) => c.buffer),
      );
    }
    const done = master(channels, sampleRate, target, (share) => reply({ kind: 'progress', done: share }));
    const { after, gain, reached } = done;
    const report = { before: done.before, mastered: { target, after, gain, reached } };
    reply(
      { kind: 'done', channels: done.channels, report },
      done.channels.map((c) => c.buffer),
    );
  } catch (error) {
    reply({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

reply({ kind: 'ready' });
