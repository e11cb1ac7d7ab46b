import { describe, expect, it } from 'vitest';
import { SPEAKING_HOLD_MS, SpeakingDetector } from './speaking.ts';

describe('who is speaking', () => {
  it('lights up when someone speaks and stays lit through the gaps between words', () => {
    const detector = new SpeakingDetector();
    expect(detector.update(new Map([['ada', 0.001]]), 0).has('ada')).toBe(false);
    expect(detector.update(new Map([['ada', 0.2]]), 20).has('ada')).toBe(true);
    // A short gap between words: still speaking.
    expect(detector.update(new Map([['ada', 0.005]]), 100).has('ada')).toBe(true);
    expect(detector.update(new Map([['ada', 0.005]]), 100 + SPEAKING_HOLD_MS - 10).has('ada')).toBe(true);
    expect(detector.update(new Map([['ada', 0.2]]), 600).has('ada')).toBe(true);
  });

  it('goes out after a pause, or at once when their sound is gone', () => {
    const detector = new SpeakingDetector();
    detector.update(
      new Map([
        ['ada', 0.2],
        ['ben', 0.2],
      ]),
      0,
    );
    detector.update(
      new Map([
        ['ada', 0.001],
        ['ben', 0.2],
      ]),
      100,
    );
    const later = detector.update(
      new Map([
        ['ada', 0.001],
        ['ben', 0.2],
      ]),
      100 + SPEAKING_HOLD_MS,
    );
    expect([...later]).toEqual(['ben']);
    expect(detector.update(new Map(), 600).size).toBe(0);
  });
});
