import { describe, expect, it } from 'vitest';

import { describeLoudness } from './loudness-report.ts';

const before = { integrated: -19.44, truePeak: -6.12 };
const target = { loudness: -14, truePeak: -1 };

describe('what the page says of an export’s loudness', () => {
  it('gives the measured loudness and true peak of a plain export, or says it is silent', () => {
    expect(describeLoudness({ before, mastered: null })).toBe('Loudness −19.4 LUFS, true peak −6.1 dBTP.');
    const silent = { integrated: -Infinity, truePeak: -Infinity };
    expect(describeLoudness({ before: silent, mastered: null })).toBe('Loudness silent.');
  });

  it('gives before, after and the gain of a mastered export', () => {
    const after = { integrated: -14.02, truePeak: -1.04 };
    expect(describeLoudness({ before, mastered: { target, after, gain: 5.6, reached: true } })).toBe(
      'Mastered to −14.0 LUFS, true peak −1.0 dBTP (from −19.4 LUFS, true peak −6.1 dBTP; +5.6 dB).',
    );
  });

  it('says how near it got when a target was out of reach, and why', () => {
    const after = { integrated: -12.5, truePeak: -1.01 };
    const text = describeLoudness({
      before,
      mastered: { target: { loudness: -9, truePeak: -1 }, after, gain: 24, reached: false },
    });
    expect(text).toMatch(/^Reached −12\.5 LUFS, true peak −1\.0 dBTP of the −9\.0 LUFS asked/);
    expect(text).toMatch(/more would flatten the music/);
  });
});
