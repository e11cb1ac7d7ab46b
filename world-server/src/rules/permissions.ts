// Who may do what in which kind of space. Checked by the rooms on every message; never trusted from a client.
import { type Role, type SpaceKind } from '@prostudio/protocol';

export type Action =
  | 'move'
  | 'pose'
  | 'react'
  | 'chat'
  | 'raiseHand'
  | 'stageControl'
  | 'playSet'
  | 'editSong'
  | 'boardControl'
  | 'mute'
  | 'spotlight'
  | 'lowerHand'
  | 'floorControl'
  | 'kick'
  | 'ban';

const EVERYONE: readonly Action[] = ['move', 'pose', 'react', 'chat', 'raiseHand'];

/** Whether `role` may do `action` in a space of `kind`. */
export function can(role: Role, action: Action, kind: SpaceKind): boolean {
  if (EVERYONE.includes(action)) return true;
  switch (action) {
    case 'stageControl':
      return kind === 'stage' && role === 'performer';
    case 'playSet':
      // Playing the room's song for everyone: a stage's performer, a classroom's instructor.
      return (kind === 'stage' && role === 'performer') || (kind === 'classroom' && role === 'instructor');
    case 'editSong':
      // Editing it: the performer's own set; in a classroom, the class.
      return (
        (kind === 'stage' && role === 'performer') ||
        (kind === 'classroom' && (role === 'instructor' || role === 'student'))
      );
    case 'boardControl':
    case 'spotlight':
      return kind === 'classroom' && role === 'instructor';
    case 'mute':
      return role === 'moderator' || (kind === 'classroom' && role === 'instructor');
    case 'floorControl':
      // Giving a student the floor, or opening it to everyone: a classroom's instructor, or a moderator there.
      return kind === 'classroom' && (role === 'instructor' || role === 'moderator');
    case 'lowerHand':
      // Whoever takes the questions: the instructor, the performer, a moderator.
      return (
        role === 'moderator' ||
        (kind === 'classroom' && role === 'instructor') ||
        (kind === 'stage' && role === 'performer')
      );
    case 'kick':
    case 'ban':
      return role === 'moderator';
    default:
      return false;
  }
}

/** Why an action was refused, in words for the person who tried it. */
export function refusal(action: Action): string {
  switch (action) {
    case 'stageControl':
      return 'Only the performer can control the stage.';
    case 'playSet':
      return 'Only the performer (or, in a classroom, the instructor) plays the song for everyone.';
    case 'editSong':
      return 'Only the performer (or, in a classroom, the class) edits the song here.';
    case 'boardControl':
    case 'spotlight':
      return 'Only the instructor can do that.';
    case 'mute':
      return 'Only moderators (and instructors, in a classroom) can mute people.';
    case 'floorControl':
      return 'Only the instructor gives the floor, in a classroom.';
    case 'lowerHand':
      return 'Only the instructor, the performer or a moderator can take a question.';
    case 'kick':
    case 'ban':
      return 'Only moderators can remove people.';
    default:
      return 'You cannot do that here.';
  }
}
