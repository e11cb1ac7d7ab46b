import { describe, expect, it } from 'vitest';

import { parseMidi } from './midi.ts';

describe('MIDI messages', () => {
  it('reads note on and note off, on any channel, velocity 0–1', () => {
    expect(parseMidi([0x90, 60, 127])).toEqual({ kind: 'noteOn', channel: 0, pitch: 60, velocity: 1 });
    expect(parseMidi([0x83, 61, 40])).toEqual({ kind: 'noteOff', channel: 3, pitch: 61 });
    // A note on at velocity 0 is a note off (keyboards send it so).
    expect(parseMidi(new Uint8Array([0x99, 36, 0]))).toEqual({ kind: 'noteOff', channel: 9, pitch: 36 });
  });

  it('reads controllers, clock, short and malformed messages as no note', () => {
    expect(parseMidi([0xb0, 1, 64])).toBeNull();
    expect(parseMidi([0xf8])).toBeNull();
    expect(parseMidi([0x90, 60])).toBeNull();
    expect(parseMidi([0x40, 60, 100])).toBeNull();
    expect(parseMidi([0x90, 200, 100])).toBeNull();
  });
});
