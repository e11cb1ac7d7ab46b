import { describe, expect, it } from 'vitest';
import { applyModeration, permissionFor } from './moderation.ts';
import { can } from './permissions.ts';

const someone = () => ({ muted: false, spotlit: false, handRaised: true, handRaisedAt: 42 });

describe('moderation', () => {
  it('mutes and unmutes, spotlights, lowers a hand; removing and banning are left to the room', () => {
    const person = someone();
    expect(applyModeration(person, 'mute')).toBeNull();
    expect(person.muted).toBe(true);
    applyModeration(person, 'unmute');
    applyModeration(person, 'spotlight');
    applyModeration(person, 'lowerHand');
    expect(person).toEqual({ muted: false, spotlit: true, handRaised: false, handRaisedAt: 0 });
    expect(applyModeration(someone(), 'kick')).toBe('remove');
    expect(applyModeration(someone(), 'ban')).toBe('ban');
  });

  it('asks the right permission: an instructor may mute in a classroom but never ban', () => {
    expect(can('instructor', permissionFor('unmute'), 'classroom')).toBe(true);
    expect(can('instructor', permissionFor('ban'), 'classroom')).toBe(false);
    expect(can('performer', permissionFor('lowerHand'), 'stage')).toBe(true);
    expect(can('visitor', permissionFor('unspotlight'), 'classroom')).toBe(false);
  });
});
