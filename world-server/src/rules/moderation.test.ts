import { describe, expect, it } from 'vitest';
import { applyModeration, permissionFor } from './moderation.ts';
import { can } from './permissions.ts';

const someone = () => ({ muted: false, spotlit: false, floor: false, handRaised: true, handRaisedAt: 42 });

describe('moderation', () => {
  it('mutes and unmutes, spotlights, lowers a hand; removing and banning are left to the room', () => {
    const person = someone();
    expect(applyModeration(person, 'mute')).toBeNull();
    expect(person.muted).toBe(true);
    applyModeration(person, 'unmute');
    applyModeration(person, 'spotlight');
    applyModeration(person, 'lowerHand');
    expect(person).toEqual({ muted: false, spotlit: true, floor: false, handRaised: false, handRaisedAt: 0 });
    expect(applyModeration(someone(), 'kick')).toBe('remove');
    expect(applyModeration(someone(), 'ban')).toBe('ban');
  });

  it('asks the right permission: an instructor may mute in a classroom but never ban', () => {
    expect(can('instructor', permissionFor('unmute'), 'classroom')).toBe(true);
    expect(can('instructor', permissionFor('ban'), 'classroom')).toBe(false);
    expect(can('performer', permissionFor('lowerHand'), 'stage')).toBe(true);
    expect(can('visitor', permissionFor('unspotlight'), 'classroom')).toBe(false);
    expect(can('instructor', permissionFor('giveFloor'), 'classroom')).toBe(true);
    expect(can('student', permissionFor('giveFloor'), 'classroom')).toBe(false);
    expect(can('performer', permissionFor('giveFloor'), 'stage')).toBe(false);
  });

  it('gives a student the floor from the raised-hand queue (their hand goes down) and takes it back', () => {
    const person = someone();
    applyModeration(person, 'giveFloor');
    expect(person).toMatchObject({ floor: true, handRaised: false, handRaisedAt: 0 });
    applyModeration(person, 'takeFloor');
    expect(person.floor).toBe(false);
  });
});
