// The sound stream through real rooms over real WebSockets: a performer heard in every instance of their
// show, a classroom's floor, voices heard by those near them in a gallery, and bad senders dropped.
import { Client, type Room } from '@colyseus/sdk';
import { describe, expect, it } from 'vitest';
import {
  BYTES_MESSAGE,
  CLOSE_MISBEHAVED,
  decodeVoicePacket,
  encodeAudioFrame,
  MESSAGE,
  type Role,
  ROOM_MESSAGE,
  type SpaceKind,
} from '@prostudio/protocol';
import { joinShow } from './support/show.ts';
import { tokenFor } from './support/tokens.ts';
import { useTestWorld, until } from './support/world.ts';

interface StateView {
  people?: Map<
    string,
    { name: string; role: string; slot: number; floor: boolean; muted: boolean; x: number; z: number }
  >;
  openFloor?: boolean;
}

const world = useTestWorld({ stageCapacity: 2 });
let spaces = 0;

async function join(kind: SpaceKind, space: string, name: string, role: Role): Promise<Room<StateView>> {
  const room = await new Client(world.endpoint).joinOrCreate<StateView>(kind, {
    space,
    token: tokenFor(space, kind, name, role),
  });
  world.track(room);
  await until(() => room.state.people?.has(room.sessionId) === true, `${name} to be in`);
  return room;
}

/** An audio frame whose Opus packet says who sent it and which frame it is (the room never decodes it). */
function frameOf(sender: number, sequence: number): Uint8Array {
  const payload = Uint8Array.from({ length: 60 }, (_, i) => (sender * 31 + sequence + i) & 0xff);
  return encodeAudioFrame({ sequence, time: Date.now() >>> 0, stereo: false, mode: 'voice', payload });
}

/** Collects what a listener hears: each talker's frames (by slot), as sequence numbers and payloads. */
function ears(room: Room<StateView>): Map<number, Array<{ sequence: number; payload: number[] }>> {
  const heard = new Map<number, Array<{ sequence: number; payload: number[] }>>();
  room.onMessage(BYTES_MESSAGE.voice, (bytes: Uint8Array) => {
    const packet = decodeVoicePacket(bytes);
    if (!packet.ok) throw new Error(packet.error);
    const list = heard.get(packet.slot) ?? [];
    list.push({ sequence: packet.frame.sequence, payload: [...packet.frame.payload] });
    heard.set(packet.slot, list);
  });
  return heard;
}

const slotOf = (room: Room<StateView>) => room.state.people?.get(room.sessionId)?.slot ?? -1;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends `count` frames 20 ms apart, as a microphone would. */
async function talk(room: Room<StateView>, sender: number, count: number, from = 0): Promise<void> {
  for (let i = 0; i < count; i++) {
    room.sendBytes(BYTES_MESSAGE.audio, frameOf(sender, from + i));
    await pause(20);
  }
}

/** Walks `room` to (x, z) at walking pace (moves at 15 Hz), until the room has them there. */
async function walkTo(room: Room<StateView>, x: number, z: number): Promise<void> {
  const me = () => room.state.people?.get(room.sessionId);
  for (let step = 0; step < 200; step++) {
    const here = me();
    if (here && Math.hypot(here.x - x, here.z - z) < 0.3) return;
    const dx = x - (here?.x ?? 0);
    const dz = z - (here?.z ?? 0);
    const length = Math.hypot(dx, dz);
    const stride = Math.min(length, 0.25);
    room.send(MESSAGE.move, {
      x: (here?.x ?? 0) + (dx / length) * stride,
      z: (here?.z ?? 0) + (dz / length) * stride,
      yaw: 0,
    });
    await pause(1000 / 15);
  }
  throw new Error(`could not walk to ${x}, ${z}`);
}

describe('a performer on a stage', () => {
  it('is heard in every instance of the show, every frame as sent; the audience is not relayed', async () => {
    const space = `sound-show-${++spaces}`;
    const joinAs = async (name: string, role: 'performer' | 'audience') =>
      world.track(await joinShow(new Client(world.endpoint), space, name, role)) as Room<StateView>;
    const star = await joinAs('Star', 'performer');
    const near = await joinAs('Near', 'audience');
    const far = await joinAs('Far', 'audience');
    expect(far.roomId).not.toBe(star.roomId);
    const nearHeard = ears(near);
    const farHeard = ears(far);

    await talk(star, 1, 25);
    const performerIn = (room: Room<StateView>) =>
      [...(room.state.people?.values() ?? [])].find((person) => person.role === 'performer')?.slot ?? -1;
    await until(
      () => (farHeard.get(performerIn(far))?.length ?? 0) === 25,
      'all 25 frames in the other instance',
    );
    await until(
      () => (nearHeard.get(slotOf(star))?.length ?? 0) === 25,
      'all 25 frames in the same instance',
    );
    const got = farHeard.get(performerIn(far)) ?? [];
    expect(got.map((frame) => frame.sequence)).toEqual([...Array(25).keys()]);
    expect(got[7]?.payload).toEqual([...frameOf(1, 7).subarray(8)]);

    // The audience cheers with reactions; their microphones are not relayed, and they are told why.
    const refusal = new Promise<{ action: string; reason: string }>((resolve) =>
      near.onMessage(ROOM_MESSAGE.refused, resolve),
    );
    const starHeard = ears(star);
    await talk(near, 2, 10);
    expect(await refusal).toMatchObject({ action: 'speak', reason: expect.stringMatching(/performer/) });
    await pause(200);
    expect(starHeard.size).toBe(0);
    // (Slots are per room: in the other instance, only the performer's has been heard, and no more of it.)
    expect([...farHeard.keys()]).toEqual([performerIn(far)]);
    expect(farHeard.get(performerIn(far))?.length).toBe(25);
  });
});

describe('a classroom', () => {
  it('hears a student once the instructor gives them the floor, not before, not after; an open floor hears all', async () => {
    const space = `sound-class-${++spaces}`;
    const teacher = await join('classroom', space, 'Teacher', 'instructor');
    const student = await join('classroom', space, 'Student', 'student');
    const other = await join('classroom', space, 'Other', 'student');
    const heardByTeacher = ears(teacher);
    const heardByStudent = ears(student);

    await talk(teacher, 1, 5);
    await until(() => heardByStudent.get(slotOf(teacher))?.length === 5, 'the instructor to be heard');

    await talk(student, 2, 5);
    await pause(200);
    expect(heardByTeacher.has(slotOf(student))).toBe(false);

    // A student may not give themselves the floor.
    student.send(MESSAGE.moderate, { action: 'giveFloor', target: student.sessionId });
    teacher.send(MESSAGE.moderate, { action: 'giveFloor', target: student.sessionId });
    await until(() => teacher.state.people?.get(student.sessionId)?.floor === true, 'the floor to be given');
    await talk(student, 2, 5, 5);
    await until(
      () => heardByTeacher.get(slotOf(student))?.length === 5,
      'the student with the floor to be heard',
    );

    teacher.send(MESSAGE.moderate, { action: 'takeFloor', target: student.sessionId });
    await until(
      () => teacher.state.people?.get(student.sessionId)?.floor === false,
      'the floor to be taken back',
    );
    await talk(student, 2, 5, 10);
    await pause(200);
    expect(heardByTeacher.get(slotOf(student))?.length).toBe(5);

    teacher.send(MESSAGE.openFloor, { open: true });
    await until(() => other.state.openFloor === true, 'the floor to open');
    await talk(other, 3, 5);
    await until(() => heardByTeacher.get(slotOf(other))?.length === 5, 'a student heard in discussion');

    // A muted student is heard by nobody, open floor or not.
    teacher.send(MESSAGE.moderate, { action: 'mute', target: other.sessionId });
    await until(() => other.state.people?.get(other.sessionId)?.muted === true, 'the mute');
    await talk(other, 3, 5, 5);
    await pause(200);
    expect(heardByTeacher.get(slotOf(other))?.length).toBe(5);
  });
});

describe('a gallery', () => {
  it(
    'carries a voice to the visitor beside the talker, not to one across the room',
    { timeout: 30_000 },
    async () => {
      const space = `sound-gallery-${++spaces}`;
      const talker = await join('gallery', space, 'Talker', 'visitor');
      const beside = await join('gallery', space, 'Beside', 'visitor');
      const across = await join('gallery', space, 'Across', 'visitor');
      await Promise.all([walkTo(talker, -7, 5), walkTo(beside, -6, 5), walkTo(across, 7, -5)]);
      const heardBeside = ears(beside);
      const heardAcross = ears(across);
      await talk(talker, 1, 10);
      await until(() => heardBeside.get(slotOf(talker))?.length === 10, 'the visitor beside to hear');
      await pause(200);
      expect(heardAcross.has(slotOf(talker))).toBe(false);

      // Walk over, and the voice is heard.
      await walkTo(across, -5, 4.5);
      await pause(100);
      await talk(talker, 1, 10, 10);
      await until(() => (heardAcross.get(slotOf(talker))?.length ?? 0) >= 9, 'the voice once near');
    },
  );
});

describe('bad sound', () => {
  it('drops a client that sends garbage for audio frames or floods them; the room goes on', async () => {
    const space = `sound-bad-${++spaces}`;
    const listener = await join('gallery', space, 'Listener', 'visitor');
    const garbage = await join('gallery', space, 'Garbage', 'visitor');
    const flood = await join('gallery', space, 'Flood', 'visitor');
    const closed = (room: Room<StateView>) =>
      new Promise<number>((resolve) => room.onLeave((code: number) => resolve(code)));
    const garbageClosed = closed(garbage);
    for (let i = 0; i < 5; i++)
      garbage.sendBytes(BYTES_MESSAGE.audio, Uint8Array.of(9, 9, 9, 9, 9, 9, 9, 9, 9, 9));
    expect(await garbageClosed).toBe(CLOSE_MISBEHAVED);

    const floodClosed = closed(flood);
    for (let i = 0; i < 400; i++) flood.sendBytes(BYTES_MESSAGE.audio, frameOf(3, i));
    // Dropped by the room's audio limit (4400) or, first, by the room's limit on all messages.
    expect(await floodClosed).toBeGreaterThan(1001);

    const heard = ears(listener);
    const talker = await join('gallery', space, 'Talker', 'visitor');
    await talk(talker, 4, 5);
    await until(() => heard.get(slotOf(talker))?.length === 5, 'the room to go on');
  });
});
