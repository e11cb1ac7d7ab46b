// Two world-server processes sharing rooms through Redis (REDIS_URL; CI points it at the machine's Redis).
// Without REDIS_URL there is no Redis to share through, and this file does not run.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from './support/tokens.ts';
import { freePort } from './support/world.ts';
import { joinShow, type ShowState } from './support/show.ts';
import {
  decodePoseBatch,
  decodeVoicePacket,
  encodeAudioFrame,
  encodePose,
  restPose,
  BYTES_MESSAGE,
  ROOM_MESSAGE,
} from '@prostudio/protocol';

const REDIS_URL = process.env.REDIS_URL;
const SERVE = fileURLToPath(new URL('./support/serve.ts', import.meta.url));

interface StateView {
  people?: Map<string, { name: string; x: number; z: number }>;
}

async function startProcess(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVE], {
    // One person per stage room, so that a show needs an instance on each process.
    env: { ...process.env, PORT: String(port), REDIS_URL, STAGE_CAPACITY: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
    child.once('exit', (code) => reject(new Error(`world server exited with ${String(code)}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

function until(room: Room<StateView>, check: (state: StateView) => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 5000);
    const test = (state: StateView) => {
      if (state?.people && check(state)) {
        clearTimeout(timer);
        resolve();
      }
    };
    room.onStateChange(test);
    test(room.state);
  });
}

describe.runIf(REDIS_URL)('world-server processes sharing rooms through Redis', () => {
  const processes: Array<{ url: string; child: ChildProcess }> = [];
  const rooms: Room<StateView>[] = [];

  beforeAll(async () => {
    processes.push(await startProcess(), await startProcess());
  });
  afterAll(async () => {
    await Promise.all(rooms.map((room) => room.leave().catch(() => undefined)));
    for (const { child } of processes) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('puts people who arrive through different processes in the same room, and syncs their moves', async () => {
    const [first, second] = processes;
    if (!first || !second) throw new Error('two processes should be running');
    // A space name of its own, so that rooms left in Redis by earlier runs cannot match.
    const space = `scale-${randomBytes(4).toString('hex')}`;
    const ada = await new Client(first.url).joinOrCreate<StateView>('gallery', {
      space,
      token: tokenFor(space, 'gallery', 'Ada'),
    });
    rooms.push(ada);
    const ben = await new Client(second.url).joinOrCreate<StateView>('gallery', {
      space,
      token: tokenFor(space, 'gallery', 'Ben'),
    });
    rooms.push(ben);
    expect(ben.roomId).toBe(ada.roomId);
    await until(ada, (state) => state.people?.size === 2, 'Ada to see two people');
    await until(ben, (state) => state.people?.size === 2, 'Ben to see two people');
    const here = ben.state.people?.get(ada.sessionId);
    const start = here?.z ?? 0;
    ada.send('move', { x: here?.x ?? 0, z: start - 0.5, yaw: 0 });
    await until(
      ben,
      (state) => Math.abs((state.people?.get(ada.sessionId)?.z ?? 0) - (start - 0.5)) < 1e-3,
      'Ben to see Ada move',
    );
  });

  it('carries a show between instances through Redis: the performer reaches another instance’s audience', async () => {
    const [first, second] = processes;
    if (!first || !second) throw new Error('two processes should be running');
    const space = `show-${randomBytes(4).toString('hex')}`;
    const star = await joinShow(new Client(first.url), space, 'Star', 'performer');
    const fan = await joinShow(new Client(second.url), space, 'Fan', 'audience');
    rooms.push(star as unknown as Room<StateView>, fan as unknown as Room<StateView>);
    expect(fan.roomId).not.toBe(star.roomId);
    const slots: number[] = [];
    fan.onMessage(BYTES_MESSAGE.poses, (bytes: Uint8Array) => {
      const batch = decodePoseBatch(bytes);
      if (batch.ok) slots.push(...batch.poses.map((pose) => pose.slot));
    });
    const performer = () =>
      [...((fan.state as ShowState).people?.values() ?? [])].find((p) => p.role === 'performer');
    const deadline = Date.now() + 5000;
    for (let i = 0; !slots.includes(performer()?.slot ?? -1); i++) {
      if (Date.now() > deadline) throw new Error('the performer never reached the other process');
      star.sendBytes(BYTES_MESSAGE.pose, encodePose({ ...restPose([0, 1, 0]), sequence: i }));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const cheers = new Promise<number>((resolve) =>
      star.onMessage(ROOM_MESSAGE.reactions, (counts: Record<string, number>) => resolve(counts.cheer ?? 0)),
    );
    fan.send('react', { reaction: 'cheer' });
    expect(await cheers).toBe(1);

    // The performer's sound crosses too, every frame in order, from the performer's slot there.
    const heard: Array<{ slot: number; sequence: number }> = [];
    fan.onMessage(BYTES_MESSAGE.voice, (bytes: Uint8Array) => {
      const packet = decodeVoicePacket(bytes);
      if (packet.ok) heard.push({ slot: packet.slot, sequence: packet.frame.sequence });
    });
    for (let sequence = 0; sequence < 20; sequence++) {
      const payload = Uint8Array.from({ length: 320 }, (_, i) => (i + sequence) & 0xff);
      star.sendBytes(
        BYTES_MESSAGE.audio,
        encodeAudioFrame({ sequence, time: Date.now() >>> 0, stereo: true, mode: 'music', payload }),
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const soundDeadline = Date.now() + 5000;
    while (heard.length < 20 && Date.now() < soundDeadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard.map((frame) => frame.sequence)).toEqual([...Array(20).keys()]);
    expect(new Set(heard.map((frame) => frame.slot))).toEqual(new Set([performer()?.slot]));
  });
});
