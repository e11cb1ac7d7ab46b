// Who may do what, checked by real rooms over real sockets: each role's forbidden actions are refused with a
// reason, allowed ones take effect for everyone, and moderators' decisions stick.
import { Client, type Room } from '@colyseus/sdk';
import { describe, expect, it } from 'vitest';
import { type Role, signJoinToken } from '@prostudio/protocol/join-token';
import {
  type BoardState,
  CLOSE_REMOVED,
  type PersonState,
  type RoomBan,
  type StageState,
  LAYOUTS,
  type SpaceKind,
  ROOM_MESSAGE,
} from '@prostudio/protocol';
import { TEST_TOKEN_SECRET } from './support/tokens.ts';
import { useTestWorld, until } from './support/world.ts';

/** The room state as the SDK mirrors it: the protocol's shape, with collections that may not have arrived. */
interface StateView {
  people?: Map<string, PersonState>;
  stage?: StageState;
  board?: BoardState;
}
type Refusal = { action: string; reason: string };

let spaces = 0;
const bans: RoomBan[] = [];
const world = useTestWorld({ onBan: (ban) => bans.push(ban) });

async function join(kind: SpaceKind, space: string, name: string, role: Role, sub = `${name}-${space}`) {
  const token = signJoinToken({ sub, name, space, kind, role, entitlement: null }, TEST_TOKEN_SECRET);
  const room = await new Client(world.endpoint).joinOrCreate<StateView>(kind, { space, token });
  world.track(room);
  await until(() => room.state.people?.has(room.sessionId) === true, `${name} to be in`);
  return room;
}

/** Sends a message and resolves with the refusal it earns (or fails if none comes). */
function refusedFor(room: Room<StateView>, type: string, body: unknown): Promise<Refusal> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no refusal for ${type}`)), 3000);
    const off = room.onMessage(ROOM_MESSAGE.refused, (refusal: Refusal) => {
      clearTimeout(timer);
      off();
      resolve(refusal);
    });
    room.send(type, body);
  });
}

const person = (room: Room<StateView>, of: Room<StateView>) => room.state.people?.get(of.sessionId);

describe('on a stage', () => {
  it('only the performer controls lights, screen and running order; everyone sees the change', async () => {
    const space = `stage-${++spaces}`;
    const star = await join('stage', space, 'Star', 'performer');
    const fan = await join('stage', space, 'Fan', 'audience');
    const mod = await join('stage', space, 'Mod', 'moderator');
    for (const room of [fan, mod]) {
      expect(await refusedFor(room, 'stage', { lights: 'blackout' })).toEqual({
        action: 'stageControl',
        reason: 'Only the performer can control the stage.',
      });
    }
    expect(fan.state.stage?.lights).toBe('warm');
    star.send('stage', {
      lights: 'party',
      screen: 'Encore!',
      cue: 3,
      runningOrder: ['Overture', ' Solo ', 'Encore'],
    });
    await until(() => fan.state.stage?.lights === 'party', 'the lights to change');
    expect(fan.state.stage).toMatchObject({ lights: 'party', screen: 'Encore!', cue: 3 });
    expect([...(fan.state.stage?.runningOrder ?? [])]).toEqual(['Overture', 'Solo', 'Encore']);
  });

  it('adds up the audience’s reactions and sends everyone the counts', async () => {
    const space = `stage-${++spaces}`;
    const star = await join('stage', space, 'Star', 'performer');
    const fans = await Promise.all([1, 2, 3].map((n) => join('stage', space, `Fan ${n}`, 'audience')));
    const totals = new Map<string, number>();
    star.onMessage(ROOM_MESSAGE.reactions, (counts: Record<string, number>) => {
      for (const [reaction, count] of Object.entries(counts))
        totals.set(reaction, (totals.get(reaction) ?? 0) + count);
    });
    for (const fan of fans) {
      for (let i = 0; i < 4; i++) fan.send('react', { reaction: 'applause' });
      fan.send('react', { reaction: 'heart' });
    }
    await until(() => totals.get('applause') === 12 && totals.get('heart') === 3, 'the counts');
    // Each fan's latest reaction stands by their name, with when it came.
    const fan = fans[0];
    if (!fan) throw new Error('no fan');
    await until(() => person(star, fan)?.reaction === 'heart', 'the fan’s reaction by their name');
    expect(person(star, fan)?.reactedAt).toBeGreaterThan(0);
  });

  it('lets anyone raise a hand, seen by the performer in the order they went up, who takes them down', async () => {
    const space = `stage-${++spaces}`;
    const star = await join('stage', space, 'Star', 'performer');
    const first = await join('stage', space, 'First', 'audience');
    const second = await join('stage', space, 'Second', 'audience');
    first.send('raiseHand', { raised: true });
    await until(() => person(star, first)?.handRaised === true, 'the first hand');
    await new Promise((resolve) => setTimeout(resolve, 5));
    second.send('raiseHand', { raised: true });
    await until(() => person(star, second)?.handRaised === true, 'the second hand');
    expect(person(star, first)?.handRaisedAt).toBeLessThan(person(star, second)?.handRaisedAt ?? 0);
    // Raising it again does not jump the queue.
    const firstAt = person(star, first)?.handRaisedAt;
    first.send('raiseHand', { raised: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(person(star, first)?.handRaisedAt).toBe(firstAt);
    // Only the one taking questions lowers someone else's hand.
    expect(
      (await refusedFor(second, 'moderate', { action: 'lowerHand', target: first.sessionId })).reason,
    ).toBe('Only the instructor, the performer or a moderator can take a question.');
    star.send('moderate', { action: 'lowerHand', target: first.sessionId });
    await until(() => person(star, first)?.handRaised === false, 'the hand taken down');
    expect(person(star, first)?.handRaisedAt).toBe(0);
    expect(person(star, second)?.handRaised).toBe(true);
  });
});

describe('in a classroom', () => {
  it('places the instructor before the board facing the seats, and students at the door', async () => {
    const space = `class-${++spaces}`;
    const teacher = await join('classroom', space, 'Iris', 'instructor');
    const pupil = await join('classroom', space, 'Sam', 'student');
    await until(() => person(teacher, pupil) !== undefined, 'the student');
    const spot = LAYOUTS.classroom.instructorSpot;
    expect(person(pupil, teacher)).toMatchObject({ x: spot?.x, z: spot?.z });
    expect(person(pupil, teacher)?.yaw).toBeCloseTo(Math.PI, 5);
    expect(person(teacher, pupil)?.z).toBe(LAYOUTS.classroom.spawn.z);
  });

  it('only the instructor turns the board’s pages, spotlights and mutes; students are refused', async () => {
    const space = `class-${++spaces}`;
    const teacher = await join('classroom', space, 'Teacher', 'instructor');
    const student = await join('classroom', space, 'Student', 'student');
    expect((await refusedFor(student, 'board', { page: 4 })).reason).toBe('Only the instructor can do that.');
    expect(
      (await refusedFor(student, 'moderate', { action: 'spotlight', target: teacher.sessionId })).action,
    ).toBe('spotlight');
    expect(
      (await refusedFor(student, 'moderate', { action: 'mute', target: teacher.sessionId })).action,
    ).toBe('mute');
    teacher.send('board', { page: 4 });
    teacher.send('moderate', { action: 'spotlight', target: student.sessionId });
    teacher.send('moderate', { action: 'mute', target: student.sessionId });
    await until(
      () => student.state.board?.page === 4 && person(student, student)?.muted === true,
      'the changes',
    );
    expect(person(teacher, student)?.spotlit).toBe(true);
    // An instructor cannot remove people: that is for moderators.
    expect(
      (await refusedFor(teacher, 'moderate', { action: 'kick', target: student.sessionId })).reason,
    ).toBe('Only moderators can remove people.');
  });
});

describe('the classroom board', () => {
  it('takes the instructor’s strokes for everyone, refuses students’, and clears a page', async () => {
    const space = `class-${++spaces}`;
    const teacher = await join('classroom', space, 'Teacher', 'instructor');
    const student = await join('classroom', space, 'Student', 'student');
    const strokes = () => [...(student.state.board?.strokes ?? [])];
    const line = { page: 1, colour: '#ff8800', width: 4, points: [0.1, 0.1, 0.5, 0.5, 0.9, 0.2] };
    expect((await refusedFor(student, 'boardStroke', line)).action).toBe('boardControl');
    teacher.send('boardStroke', line);
    teacher.send('boardStroke', { ...line, page: 2, colour: '#0088ff' });
    await until(() => strokes().length === 2, 'two strokes');
    expect(strokes()[0]).toMatchObject({ page: 1, colour: '#ff8800' });
    expect([...(strokes()[0]?.points ?? [])].map((v) => Math.round(v * 10) / 10)).toEqual([
      0.1, 0.1, 0.5, 0.5, 0.9, 0.2,
    ]);
    expect((await refusedFor(student, 'boardClear', { page: 1 })).action).toBe('boardControl');
    teacher.send('boardClear', { page: 1 });
    await until(() => strokes().length === 1, 'page 1 to be cleared');
    expect(strokes()[0]?.page).toBe(2);
  });
});

describe('moderation', () => {
  it('mutes and unmutes chat', async () => {
    const space = `gallery-${++spaces}`;
    const mod = await join('gallery', space, 'Mod', 'moderator');
    const loud = await join('gallery', space, 'Loud', 'visitor');
    const lines: Array<{ name: string; text: string }> = [];
    mod.onMessage(ROOM_MESSAGE.chat, (line: { name: string; text: string }) => lines.push(line));
    loud.send('chat', { text: '  hello\u0007 everyone  ' });
    await until(() => lines.length === 1, 'the first line');
    expect(lines[0]).toMatchObject({ name: 'Loud', text: 'hello  everyone' });
    expect((await refusedFor(loud, 'moderate', { action: 'mute', target: mod.sessionId })).action).toBe(
      'mute',
    );
    mod.send('moderate', { action: 'mute', target: loud.sessionId });
    await until(() => person(loud, loud)?.muted === true, 'the mute');
    expect(await refusedFor(loud, 'chat', { text: 'can you hear me?' })).toEqual({
      action: 'chat',
      reason: 'You are muted.',
    });
    mod.send('moderate', { action: 'unmute', target: loud.sessionId });
    await until(() => person(loud, loud)?.muted === false, 'the unmute');
    loud.send('chat', { text: 'thanks' });
    await until(() => lines.length === 2, 'the second line');
  });

  it('kicks (the person may come back) and bans (they may not), and only moderators can', async () => {
    const space = `gallery-${++spaces}`;
    const mod = await join('gallery', space, 'Mod', 'moderator');
    const visitor = await join('gallery', space, 'Visitor', 'visitor');
    const troll = await join('gallery', space, 'Troll', 'visitor', 'troll-user');
    expect((await refusedFor(visitor, 'moderate', { action: 'ban', target: troll.sessionId })).reason).toBe(
      'Only moderators can remove people.',
    );
    const kicked = new Promise<number>((resolve) => troll.onLeave((code) => resolve(code)));
    mod.send('moderate', { action: 'kick', target: troll.sessionId });
    expect(await kicked).toBe(CLOSE_REMOVED);
    const back = await join('gallery', space, 'Troll', 'visitor', 'troll-user');
    const banned = new Promise<number>((resolve) => back.onLeave((code) => resolve(code)));
    mod.send('moderate', { action: 'ban', target: back.sessionId });
    expect(await banned).toBe(CLOSE_REMOVED);
    await expect(join('gallery', space, 'Troll again', 'visitor', 'troll-user')).rejects.toThrow(
      'You cannot join this space.',
    );
    expect(person(mod, visitor)?.name).toBe('Visitor');
    expect((await refusedFor(mod, 'moderate', { action: 'kick', target: 'nobody' })).reason).toBe(
      'That person is not here.',
    );
    // A ban of this space does not reach another, and the venue is told of it to keep.
    const elsewhere = await join('gallery', `${space}-other`, 'Troll', 'visitor', 'troll-user');
    expect(elsewhere.connection.isOpen).toBe(true);
    expect(bans.at(-1)).toMatchObject({
      sub: 'troll-user',
      name: 'Troll',
      space,
      scope: 'space',
      reason: null,
    });
  });

  it('bans from the whole venue: out of every room at once, and refused in any space', async () => {
    const space = `gallery-${++spaces}`;
    const mod = await join('gallery', space, 'Mod', 'moderator', 'mod-user');
    const here = await join('gallery', space, 'Spammer', 'visitor', 'spam-user');
    const onStage = await join('stage', `stage-${++spaces}`, 'Spammer', 'audience', 'spam-user');
    const leftStage = new Promise<number>((resolve) => onStage.onLeave((code) => resolve(code)));
    mod.send('moderate', { action: 'ban', target: here.sessionId, scope: 'venue', reason: 'spam links' });
    expect(await leftStage).toBe(CLOSE_REMOVED);
    await expect(join('classroom', `class-${++spaces}`, 'Spammer', 'student', 'spam-user')).rejects.toThrow(
      'You cannot join this space.',
    );
    expect(bans.at(-1)).toMatchObject({
      sub: 'spam-user',
      scope: 'venue',
      by: 'mod-user',
      reason: 'spam links',
    });
  });
});
