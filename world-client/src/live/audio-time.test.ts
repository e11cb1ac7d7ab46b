import { describe, expect, it } from 'vitest';
import { contextTimeAt, pageTimeOf } from './audio-time.ts';

describe('the audio clock at the speakers', () => {
  const now = { currentTime: 10, outputLatency: 0.05, pageNow: 20_000 };

  it('maps by the output timestamp when the context has one, both ways', () => {
    const stamp = { contextTime: 9.94, performanceTime: 19_990 };
    expect(contextTimeAt(20_500, stamp, now)).toBeCloseTo(10.45, 9);
    expect(pageTimeOf(10.45, stamp, now)).toBeCloseTo(20_500, 6);
  });

  it('falls back to now less the output latency before the first timestamp', () => {
    const none = { contextTime: 0, performanceTime: 0 };
    expect(contextTimeAt(20_000, none, now)).toBeCloseTo(9.95, 9);
    expect(pageTimeOf(10, none, now)).toBeCloseTo(20_050, 6);
  });
});
