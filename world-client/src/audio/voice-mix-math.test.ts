import { describe, expect, it } from 'vitest';
import { distanceGain, isSpatial, talkerGain } from './voice-mix-math.ts';

describe('the voice mix', () => {
  it('hears a voice 2 m away clearly louder than one 8 m away (over 10 dB)', () => {
    const ratio = distanceGain(2) / distanceGain(8);
    expect(20 * Math.log10(ratio)).toBeGreaterThan(10);
    expect(distanceGain(0.3)).toBe(1);
    expect(distanceGain(1)).toBe(1);
    expect(distanceGain(30)).toBeLessThan(distanceGain(8));
  });

  it('places voices in galleries and the lobby, not on stage or in class', () => {
    expect(isSpatial('gallery')).toBe(true);
    expect(isSpatial('lobby')).toBe(true);
    expect(isSpatial('stage')).toBe(false);
    expect(isSpatial('classroom')).toBe(false);
  });

  it('keeps a person volume between 0 and 2, and silent when muted', () => {
    expect(talkerGain(1, false)).toBe(1);
    expect(talkerGain(3, false)).toBe(2);
    expect(talkerGain(-1, false)).toBe(0);
    expect(talkerGain(1.5, true)).toBe(0);
    expect(talkerGain(Number.NaN, false)).toBe(0);
  });
});
