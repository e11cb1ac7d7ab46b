import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { applyOperation } from './apply.ts';
import { createProjectDoc, readProject } from './doc.ts';
import { DawError, parseOperation } from './operations.ts';
import { SAMPLE_LIMITS } from './project.ts';
import { encodeSamplePcm, toSamplePcm } from './sample.ts';

function song() {
  const doc = createProjectDoc();
  applyOperation(doc, { op: 'addTrack', id: 's', name: 'Sampler', color: '#000000', instrument: 'sampler' });
  return doc;
}

const tone = Int16Array.from({ length: 2400 }, (_, i) => Math.round(8000 * Math.sin(i / 5)));

describe('a sample of one’s own', () => {
  it('is kept with the song, read back the same on another copy, and cleared for the pluck again', () => {
    const doc = song();
    applyOperation(doc, {
      op: 'sample',
      track: 's',
      sample: { name: 'Glass', sampleRate: 24_000, pcm: encodeSamplePcm(tone) },
    });
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const sample = readProject(other).tracks[0]!.sample!;
    expect(sample.name).toBe('Glass');
    expect(sample.sampleRate).toBe(24_000);
    expect([...sample.pcm]).toEqual([...tone]);
    applyOperation(doc, { op: 'sample', track: 's', sample: null });
    expect(readProject(doc).tracks[0]!.sample).toBeUndefined();
  });

  it('refuses a sample too large, not 16-bit or not readable, leaving the song as it was', () => {
    const doc = song();
    const before = JSON.stringify(readProject(doc));
    const big = new Int16Array(SAMPLE_LIMITS.bytes / 2 + 1);
    const attempts = [
      [encodeSamplePcm(big), /at most 240 kB/],
      [btoa('abc'), /not 16-bit/],
      ['%%%not base64%%%', /not readable/],
    ] as const;
    for (const [pcm, message] of attempts) {
      const op = { op: 'sample' as const, track: 's', sample: { name: 'x', sampleRate: 24_000, pcm } };
      expect(() => applyOperation(doc, op)).toThrow(DawError);
      expect(() => applyOperation(doc, op)).toThrow(message);
    }
    expect(JSON.stringify(readProject(doc))).toBe(before);
  });

  it('refuses at the boundary a rate no sound is kept at, and text far past the size', () => {
    const at =
      (sampleRate: number, pcm = 'AAAA') =>
      () =>
        parseOperation({ op: 'sample', track: 's', sample: { name: 'x', sampleRate, pcm } });
    expect(at(100)).toThrow(DawError);
    expect(at(96_000)).toThrow(DawError);
    expect(at(24_000, 'A'.repeat(400_000))).toThrow(/at most 240 kB/);
    expect(at(24_000)()).toMatchObject({ op: 'sample' });
  });

  it('is made from decoded sound: channels averaged, held at full scale, cut at the size allowed', () => {
    const left = Float32Array.from([0.5, 1, -2, 0.25]);
    const right = Float32Array.from([0.5, 0, -2, 0.75]);
    const { pcm, trimmed } = toSamplePcm([left, right], 3);
    expect([...pcm]).toEqual([16_384, 16_384, -32_767]);
    expect(trimmed).toBe(true);
    expect(toSamplePcm([left]).trimmed).toBe(false);
  });
});
