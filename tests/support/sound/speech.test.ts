import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { findLag, levelByTime, matchSound } from './analysis.ts';
import { opusRoundTrip } from './opus-codec.ts';
import { SAMPLE_RATE, concat, decodeWav, silence } from './signals.ts';
import { writeSpeechWav } from './speech.ts';

const dir = mkdtempSync(join(tmpdir(), 'speech-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeSpeechWav (espeak-ng and sox)', () => {
  const path = join(dir, 'fox.wav');
  const fox = writeSpeechWav(path, 'The quick brown fox jumps over the lazy dog.', { padS: 0.25 });
  const other = writeSpeechWav(join(dir, 'other.wav'), 'Please stand by: the show begins in five minutes.');

  it('writes 48 kHz 16-bit mono speech, padded with silence, peaking at −3 dBFS', () => {
    const wav = decodeWav(readFileSync(path));
    expect(wav.sampleRate).toBe(SAMPLE_RATE);
    expect(wav.channels).toHaveLength(1);
    expect(readFileSync(path).readUInt16LE(34)).toBe(16);
    expect(fox.length / SAMPLE_RATE).toBeGreaterThan(1.5);
    const levels = levelByTime(fox, 0.05);
    expect(levels[0]!.rms).toBeLessThan(1e-3);
    expect(levels.at(-1)!.rms).toBeLessThan(1e-3);
    const peak = fox.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
    expect(20 * Math.log10(peak)).toBeCloseTo(-3, 0);
  });

  it('is found and matched through Opus at 32 kbit/s; other speech is not matched', () => {
    const coded = opusRoundTrip(concat(silence(0.3), fox, silence(0.2)));
    const lag = findLag(fox, coded);
    expect(lag.lagMs).toBeCloseTo(306.5, 0);
    expect(matchSound(fox, coded, lag.lagSamples).matches).toBe(true);

    const wrong = opusRoundTrip(concat(silence(0.3), other, silence(0.2)));
    const wrongLag = findLag(fox, wrong);
    expect(wrongLag.peak).toBeLessThan(0.3);
    expect(matchSound(fox, wrong, wrongLag.lagSamples).matches).toBe(false);
  });
});
