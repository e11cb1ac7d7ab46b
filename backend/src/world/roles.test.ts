import { describe, expect, it } from 'vitest';
import { roleFor } from './roles.ts';

describe('roleFor', () => {
  it('gives guests and members the everyday role of each kind of space', () => {
    expect(['lobby', 'gallery', 'stage', 'classroom'].map((kind) => roleFor(kind as never, []))).toEqual([
      'visitor',
      'visitor',
      'audience',
      'student',
    ]);
    expect(roleFor('stage', ['member', 'artist'])).toBe('audience');
  });

  it('makes moderators and admins moderators everywhere, and instructors instructors in classrooms only', () => {
    expect(roleFor('gallery', ['member', 'moderator'])).toBe('moderator');
    expect(roleFor('stage', ['admin'])).toBe('moderator');
    expect(roleFor('classroom', ['instructor'])).toBe('instructor');
    expect(roleFor('gallery', ['instructor'])).toBe('visitor');
  });
});
