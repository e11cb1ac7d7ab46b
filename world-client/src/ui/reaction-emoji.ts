import type { Reaction } from '@prostudio/protocol';

/** Each reaction as people see it: on its button, in the bursts, by the name of who sent it. */
export const REACTION_EMOJI: Record<Reaction, string> = {
  applause: '👏',
  cheer: '🎉',
  heart: '❤️',
  laugh: '😂',
  wow: '😮',
  fire: '🔥',
};
