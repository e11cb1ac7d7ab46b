// A show over several stage-room instances: the audience fills instances up to their capacity, and the
// performer's pose, the stage controls and the reactions cross between them through the room presence.
import { Client } from '@colyseus/sdk';
import { describe, expect, it } from 'vitest';
import {
  decodePoseBatch,
  encodePose,
  restPose,
  PRECISION,
  BYTES_MESSAGE,
  ROOM_MESSAGE,
} from '@prostudio/protocol';
import { joinShow } from './support/show.ts';
import { useTestWorld, until } from './support/world.ts';

const world = useTestWorld({ stageCapacity: 2 });

describe('a show with more audience than one stage room holds', () => {
  it('opens a second instance, where the audience sees the performer move, the stage change, and is heard', async () => {
    const space = 'show-one';
    const join = async (name: string, role: 'performer' | 'audience') => {
      const room = await joinShow(new Client(world.endpoint), space, name, role);
      world.track(room);
      return room;
    };
    const star = await join('Star', 'performer');
    const first = await join('First', 'audience');
    const second = await join('Second', 'audience');
    expect(first.roomId).toBe(star.roomId);
    expect(second.roomId).not.toBe(star.roomId);

    const poses: number[] = [];
    second.onMessage(BYTES_MESSAGE.poses, (bytes: Uint8Array) => {
      const batch = decodePoseBatch(bytes);
      if (batch.ok) poses.push(...batch.poses.map((pose) => pose.slot));
    });
    const frame = restPose([0, 1, 0]);
    frame.face = new Float32Array(14).fill(0.5);
    for (let i = 0; i < 5; i++) {
      star.sendBytes(BYTES_MESSAGE.pose, encodePose({ ...frame, sequence: i }, PRECISION.high));
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    const performerHere = () =>
      [...(second.state.people?.values() ?? [])].find((p) => p.role === 'performer');
    await until(() => performerHere()?.name === 'Star', 'the performer to appear in the second instance');
    await until(
      () => poses.includes(performerHere()?.slot ?? -1),
      'the performer’s pose in the second instance',
    );

    star.send('stage', { lights: 'spot', screen: 'Act II', cue: 2, runningOrder: ['Act I', 'Act II'] });
    await until(() => second.state.stage?.screen === 'Act II', 'the stage to change in the second instance');
    expect(second.state.stage).toMatchObject({ lights: 'spot', cue: 2 });
    expect([...(second.state.stage?.runningOrder ?? [])]).toEqual(['Act I', 'Act II']);

    const heard = new Map<string, number>();
    star.onMessage(ROOM_MESSAGE.reactions, (counts: Record<string, number>) => {
      for (const [reaction, count] of Object.entries(counts))
        heard.set(reaction, (heard.get(reaction) ?? 0) + count);
    });
    for (let i = 0; i < 3; i++) second.send('react', { reaction: 'cheer' });
    first.send('react', { reaction: 'cheer' });
    await until(() => heard.get('cheer') === 4, 'the performer to hear both instances cheer');

    await star.leave();
    await until(() => performerHere() === undefined, 'the performer to leave the second instance too');
  });
});
