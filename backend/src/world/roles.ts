import type { Role } from '@prostudio/protocol';
import type { SpaceKind } from '../contract.ts';

// The everyday role of each kind of space: guests get it, and so do members without a special role there.
// (Performers will come with shows, students' enrollments with courses.)
const EVERYDAY_ROLES: Record<SpaceKind, Role> = {
  lobby: 'visitor',
  gallery: 'visitor',
  stage: 'audience',
  classroom: 'student',
};

/** The role a person with these account roles gets in a space of this kind. */
export function roleFor(kind: SpaceKind, accountRoles: readonly string[]): Role {
  if (accountRoles.includes('moderator') || accountRoles.includes('admin')) return 'moderator';
  if (kind === 'classroom' && accountRoles.includes('instructor')) return 'instructor';
  return EVERYDAY_ROLES[kind];
}
