import { describe, expect, it } from 'vitest';

import { VoiceAllocator } from './voice-allocator.ts';

describe('giving notes to voices', () => {
  it('gives a chord one voice a note', () => {
    const voices = new VoiceAllocator(4);
    const chord = [0, 1, 2].map(() => voices.allocate(1, 2));
    expect(new Set(chord).size).toBe(3);
  });

  it('reuses a voice once its note has ended', () => {
    const voices = new VoiceAllocator(2);
    const first = voices.allocate(0, 1);
    voices.allocate(0, 3);
    expect(voices.allocate(1.5, 2)).toBe(first);
  });

  it('steals the voice that frees up soonest when all are busy, never one starting at that instant', () => {
    const voices = new VoiceAllocator(2);
    voices.allocate(0, 5);
    const soonest = voices.allocate(0.5, 2);
    expect(voices.allocate(1, 3)).toBe(soonest);
    const one = new VoiceAllocator(1);
    one.allocate(1, 2);
    expect(one.allocate(1, 2)).toBe(-1);
  });
});
