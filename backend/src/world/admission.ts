import type { Role } from '@prostudio/protocol';

/** What entitles someone to be in a room while something is on there: a show's ticket, a course's place. */
export interface Entitlement {
  readonly type: 'ticket' | 'enrollment';
  readonly id: string;
}

/**
 * Whether someone may enter a room now, and as what: a role that overrides their everyday one (the show's
 * performer, the workshop's instructor) and the entitlement they come in with; or why not.
 */
export type Admission =
  | { readonly allowed: true; readonly role: Role | null; readonly entitlement: Entitlement | null }
  | { readonly allowed: false; readonly reason: string };
