// What each moderation action needs (see permissions.ts) and what it does to the person it names. Removing
// and banning are the room's to carry out (they close a connection and reach other rooms).
import type { ModerateMessage, PersonState } from '@prostudio/protocol';
import type { Action } from './permissions.ts';

type ModerationAction = ModerateMessage['action'];

/** The permission an action needs. */
export function permissionFor(action: ModerationAction): Action {
  switch (action) {
    case 'mute':
    case 'unmute':
      return 'mute';
    case 'spotlight':
    case 'unspotlight':
      return 'spotlight';
    case 'giveFloor':
    case 'takeFloor':
      return 'floorControl';
    default:
      return action;
  }
}

/** Applies an action's effect on the person's state; says whether the room must remove them too. */
export function applyModeration(
  person: Pick<PersonState, 'muted' | 'spotlit' | 'floor' | 'handRaised' | 'handRaisedAt'>,
  action: ModerationAction,
): 'remove' | 'ban' | null {
  switch (action) {
    case 'mute':
    case 'unmute':
      person.muted = action === 'mute';
      return null;
    case 'spotlight':
    case 'unspotlight':
      person.spotlit = action === 'spotlight';
      return null;
    case 'lowerHand':
      person.handRaised = false;
      person.handRaisedAt = 0;
      return null;
    case 'giveFloor':
      // Their question is taken: the hand goes down as they are heard.
      person.floor = true;
      person.handRaised = false;
      person.handRaisedAt = 0;
      return null;
    case 'takeFloor':
      person.floor = false;
      return null;
    case 'kick':
      return 'remove';
    case 'ban':
      return 'ban';
  }
}
