import { describe, expect, it } from 'vitest';
import { hearing, voicesAreSpatial } from './voice-rules.ts';

const person = (role: string, over: { muted?: boolean; floor?: boolean } = {}) => ({
  role,
  muted: false,
  floor: false,
  ...over,
});

describe('who is heard', () => {
  it('on a stage: the performer, not the audience', () => {
    expect(hearing('stage', person('performer'), false).heard).toBe(true);
    expect(hearing('stage', person('audience'), false)).toMatchObject({ heard: false, reason: /performer/ });
  });

  it('in a classroom: the instructor; a student once given the floor, or while the floor is open', () => {
    expect(hearing('classroom', person('instructor'), false).heard).toBe(true);
    expect(hearing('classroom', person('student'), false)).toMatchObject({ heard: false, reason: /floor/ });
    expect(hearing('classroom', person('student', { floor: true }), false).heard).toBe(true);
    expect(hearing('classroom', person('student'), true).heard).toBe(true);
  });

  it('in galleries and the lobby: everyone, by those near them', () => {
    expect(hearing('gallery', person('visitor'), false).heard).toBe(true);
    expect(voicesAreSpatial('gallery') && voicesAreSpatial('lobby')).toBe(true);
    expect(voicesAreSpatial('stage') || voicesAreSpatial('classroom')).toBe(false);
  });

  it('a muted person nowhere, whatever their role or floor', () => {
    for (const kind of ['stage', 'classroom', 'gallery', 'lobby'] as const) {
      expect(hearing(kind, person('performer', { muted: true, floor: true }), true)).toMatchObject({
        heard: false,
        reason: /muted/,
      });
    }
  });
});
