import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@prostudio/protocol/join-token';
import type { SpaceKind } from '@prostudio/protocol';
import { type Action, can } from './permissions.ts';

const KINDS: SpaceKind[] = ['lobby', 'gallery', 'stage', 'classroom'];

/** Every (role, kind) pair allowed to do `action`, as "role@kind". */
const allowed = (action: Action) =>
  ROLES.flatMap((role: Role) =>
    KINDS.filter((kind) => can(role, action, kind)).map((kind) => `${role}@${kind}`),
  );

describe('can', () => {
  it('lets everyone move, stream a pose, react, chat and raise a hand everywhere', () => {
    for (const action of ['move', 'pose', 'react', 'chat', 'raiseHand'] as const) {
      expect(allowed(action)).toHaveLength(ROLES.length * KINDS.length);
    }
  });

  it('gives the stage and its live set to performers, on stages only', () => {
    expect(allowed('stageControl')).toEqual(['performer@stage']);
    expect(allowed('playSet')).toEqual(['performer@stage', 'instructor@classroom']);
  });

  it('lets a classroom edit its song together, and a stage’s performer their own', () => {
    expect(allowed('editSong')).toEqual(['performer@stage', 'student@classroom', 'instructor@classroom']);
  });

  it('gives the board and the spotlight to instructors, in classrooms only', () => {
    expect(allowed('boardControl')).toEqual(['instructor@classroom']);
    expect(allowed('spotlight')).toEqual(['instructor@classroom']);
  });

  it('lets moderators mute anywhere, and instructors in their classroom', () => {
    expect(allowed('mute')).toEqual([
      'instructor@classroom',
      'moderator@lobby',
      'moderator@gallery',
      'moderator@stage',
      'moderator@classroom',
    ]);
  });

  it('lets whoever takes the questions lower hands: instructors, performers, moderators', () => {
    expect(allowed('lowerHand')).toEqual([
      'performer@stage',
      'instructor@classroom',
      'moderator@lobby',
      'moderator@gallery',
      'moderator@stage',
      'moderator@classroom',
    ]);
  });

  it('lets only moderators kick and ban', () => {
    for (const action of ['kick', 'ban'] as const) {
      expect(allowed(action)).toEqual(KINDS.map((kind) => `moderator@${kind}`));
    }
  });
});
