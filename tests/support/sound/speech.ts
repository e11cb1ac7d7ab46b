// Speech for the fake microphone: espeak-ng says a text, sox makes it 48 kHz 16-bit mono
// (Debian packages espeak-ng and sox).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { SAMPLE_RATE, decodeWav } from './signals.ts';

export interface SpeechOptions {
  /** espeak-ng voice, e.g. 'en', 'en-us', 'fr'. */
  readonly voice?: string;
  /** Words per minute. */
  readonly wordsPerMinute?: number;
  /** Silence added before and after (s), so onsets and ends are clear. */
  readonly padS?: number;
  /** Peak level after normalising, in dBFS. */
  readonly peakDb?: number;
}

/** Writes `text`, spoken, to `path` as a 48 kHz 16-bit PCM mono WAV and returns its samples. */
export function writeSpeechWav(path: string, text: string, options: SpeechOptions = {}): Float32Array {
  const { voice = 'en', wordsPerMinute = 160, padS = 0.3, peakDb = -3 } = options;
  const dir = mkdtempSync(join(tmpdir(), 'speech-'));
  try {
    const raw = join(dir, 'espeak.wav');
    run('espeak-ng', ['-v', voice, '-s', String(wordsPerMinute), '-w', raw, text]);
    // `rate -v`: sox's very-high-quality resampler; `norm` sets the peak; `pad` adds the silences.
    run(
      'sox',
      [raw, '-r', String(SAMPLE_RATE), '-b', '16', '-c', '1', path].concat([
        'norm',
        String(peakDb),
        'pad',
        String(padS),
        String(padS),
        'rate',
        '-v',
        String(SAMPLE_RATE),
      ]),
    );
    const wav = decodeWav(readFileSync(path));
    if (wav.sampleRate !== SAMPLE_RATE || wav.channels.length !== 1) {
      throw new Error(
        `writeSpeechWav: sox wrote ${wav.sampleRate} Hz × ${wav.channels.length}, not 48 kHz mono.`,
      );
    }
    return wav.channels[0]!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): void {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? `${command} is not installed: apt-get install -y espeak-ng sox`
        : `${command} failed: ${String((error as { stderr?: Buffer }).stderr ?? error)}`,
    );
  }
}
