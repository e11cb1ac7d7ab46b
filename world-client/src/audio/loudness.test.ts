import { describe, expect, it } from 'vitest';
import { clockDifference, loudness, playoutLag, rootMeanSquare } from './loudness.ts';

describe('loudness', () => {
  it('reads 0 at -60 dBFS and below, 1 at full scale, half way at -30 dBFS', () => {
    expect(loudness(0)).toBe(0);
    expect(loudness(0.0005)).toBe(0);
    expect(loudness(1)).toBe(1);
    expect(loudness(10 ** (-30 / 20))).toBeCloseTo(0.5, 5);
  });

  it('measures the root-mean-square of a full-scale square wave as 1', () => {
    expect(rootMeanSquare([1, -1, 1, -1])).toBe(1);
    expect(rootMeanSquare([])).toBe(0);
  });
});

describe('clocks', () => {
  it('subtracts clocks across their wrap at 2^32', () => {
    expect(clockDifference(5, 2 ** 32 - 5)).toBe(10);
    expect(clockDifference(2 ** 32 - 5, 5)).toBe(-10);
  });

  it('tells the lag of the sample leaving the speakers, output latency included', () => {
    // The sample at context time 10 s was sent at sender time 1000; 30 ms of context time later that
    // sample is only now leaving the speakers (reportedAt 10, leaving 10 means it is leaving now).
    expect(playoutLag(1000, 10, 10, 1120)).toBe(120);
    // Later the playhead has moved on by 0.5 s: the sender time leaving now is 1500.
    expect(playoutLag(1000, 10, 10.5, 1620)).toBe(120);
    // The sample reported is still 40 ms from the speakers (output latency): what leaves now is older.
    expect(playoutLag(1000, 10, 9.96, 1080)).toBe(120);
    expect(playoutLag(2 ** 32 - 10, 0, 0, 100 + 2 ** 40)).toBe(110);
  });
});
