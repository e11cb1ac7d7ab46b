// The pose stream through real rooms over real WebSockets: frames in, batches out by interest, bad senders
// dropped, and a dropped connection keeping its seat.
import { Client, type Room } from '@colyseus/sdk';
import { describe, expect, it } from 'vitest';
import { CLOSE_MISBEHAVED } from '@prostudio/protocol';
import {
  decodePoseBatch,
  encodePose,
  restPose,
  type PoseFrame,
  PRECISION,
  LAYOUTS,
  MAX_STRIDE,
  MAX_WALK_SPEED,
  BYTES_MESSAGE,
  type Role,
} from '@prostudio/protocol';
import { tokenFor } from './support/tokens.ts';
import { useTestWorld, until } from './support/world.ts';

interface StateView {
  people?: Map<string, { name: string; slot: number; connected: boolean; x: number; z: number }>;
}

let spaceCount = 0;
const world = useTestWorld();

/** Each test gets a space of its own. */
const freshSpace = () => `pose-test-${++spaceCount}`;

async function join(name: string, space: string, role: Role = 'visitor'): Promise<Room<StateView>> {
  const room = await new Client(world.endpoint).joinOrCreate<StateView>('gallery', {
    space,
    token: tokenFor(space, 'gallery', name, role),
  });
  world.track(room);
  await until(() => room.state.people?.has(room.sessionId) === true, `${name} to be in the room`);
  return room;
}

/** Collects the poses a client receives, by slot. */
function listen(room: Room<StateView>): Map<number, PoseFrame[]> {
  const received = new Map<number, PoseFrame[]>();
  room.onMessage(BYTES_MESSAGE.poses, (bytes: Uint8Array) => {
    const batch = decodePoseBatch(bytes);
    if (!batch.ok) throw new Error(batch.error);
    for (const { slot, frame } of batch.poses) received.set(slot, [...(received.get(slot) ?? []), frame]);
  });
  return received;
}

const slotOf = (viewer: Room<StateView>, of: Room<StateView>) =>
  viewer.state.people?.get(of.sessionId)?.slot ?? -1;
const placeOf = (room: Room<StateView>) => {
  const person = room.state.people?.get(room.sessionId);
  return { x: person?.x ?? 0, z: person?.z ?? 0 };
};

describe('the pose stream', () => {
  it("relays a sender's poses to a nearby viewer, with the same pose", async () => {
    const space = freshSpace();
    const ada = await join('Ada', space);
    const ben = await join('Ben', space);
    const received = listen(ben);
    const here = placeOf(ada);
    const frame = restPose([here.x, 0.95, here.z - 0.3]);
    frame.body.set([0, 0, Math.sin(0.4), Math.cos(0.4)], 7 * 4); // raise the left upper arm
    for (let sequence = 1; sequence <= 5; sequence++) {
      ada.sendBytes(BYTES_MESSAGE.pose, encodePose({ ...frame, sequence, time: Date.now() }));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await until(
      () => received.get(slotOf(ben, ada))?.at(-1)?.sequence === 5,
      'Ben to receive Ada’s last pose',
    );
    expect(received.get(slotOf(ben, ada))?.length).toBeGreaterThanOrEqual(3);
    const last = received.get(slotOf(ben, ada))?.at(-1);
    expect(last?.sequence).toBe(5);
    expect(last?.position[0]).toBeCloseTo(here.x, 2);
    expect(last?.position[2]).toBeCloseTo(here.z - 0.3, 2);
    expect(last?.body[7 * 4 + 2]).toBeCloseTo(Math.sin(0.4), 2);
    // Nobody is sent their own pose.
    expect(received.has(slotOf(ben, ben))).toBe(false);
  });

  it("sends a performer's pose as sent, hands and face included; a visitor's as body only", async () => {
    const space = freshSpace();
    const star = await join('Star', space, 'performer');
    const ada = await join('Ada', space);
    const ben = await join('Ben', space);
    const received = listen(ben);
    const frame = restPose([placeOf(star).x, 1, placeOf(star).z]);
    frame.hands = new Float32Array(30 * 4).map((_, i) => (i % 4 === 3 ? 1 : 0));
    frame.face = new Float32Array(14).fill(0.25);
    const encoded = encodePose(frame, PRECISION.high);
    star.sendBytes(BYTES_MESSAGE.pose, encoded);
    await until(() => received.has(slotOf(ben, star)), 'the performer’s pose');
    const got = received.get(slotOf(ben, star))?.[0];
    expect(got?.hands).not.toBeNull();
    expect(got?.face?.[0]).toBeCloseTo(0.25, 2);
    ada.sendBytes(
      BYTES_MESSAGE.pose,
      encodePose({ ...frame, position: [placeOf(ada).x, 1, placeOf(ada).z] }),
    );
    await until(() => received.has(slotOf(ben, ada)), 'Ada’s pose');
    const visitor = received.get(slotOf(ben, ada))?.[0];
    expect(visitor?.hands).toBeNull();
    expect(visitor?.face).toBeNull();
  });

  it("passes on every frame of a performer's 30 Hz capture, none held back for the 20 Hz tick", async () => {
    const space = freshSpace();
    const star = await join('Star', space, 'performer');
    const ben = await join('Ben', space);
    const received = listen(ben);
    const frame = restPose([placeOf(star).x, 1, placeOf(star).z]);
    for (let sequence = 1; sequence <= 30; sequence++) {
      star.sendBytes(BYTES_MESSAGE.pose, encodePose({ ...frame, sequence }, PRECISION.high));
      await new Promise((resolve) => setTimeout(resolve, 1000 / 30));
    }
    await until(() => received.get(slotOf(ben, star))?.at(-1)?.sequence === 30, 'the last frame');
    // At the tick's 20 Hz, a third of them would have been replaced before going out.
    const sequences = received.get(slotOf(ben, star))?.map((f) => f.sequence);
    expect(sequences).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('sends a pose once, not again at every tick while the sender is still', async () => {
    const space = freshSpace();
    const ada = await join('Ada', space);
    const ben = await join('Ben', space);
    const received = listen(ben);
    const here = placeOf(ada);
    ada.sendBytes(BYTES_MESSAGE.pose, encodePose(restPose([here.x, 1, here.z])));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(received.get(slotOf(ben, ada))).toHaveLength(1);
  });

  it('shows others a root that went through a wall back inside the room', async () => {
    const space = freshSpace();
    const ada = await join('Ada', space);
    const ben = await join('Ben', space);
    const received = listen(ben);
    const here = placeOf(ada);
    ada.sendBytes(BYTES_MESSAGE.pose, encodePose(restPose([here.x, 1, LAYOUTS.gallery.bounds.maxZ + 3])));
    await until(() => received.has(slotOf(ben, ada)), 'the pose');
    const z = received.get(slotOf(ben, ada))?.[0]?.position[2] ?? Infinity;
    expect(z).toBeLessThan(LAYOUTS.gallery.bounds.maxZ);
  });

  it('shows a root running at full pace where it was sent, and a faster one held to that pace', async () => {
    const space = freshSpace();
    const ada = await join('Ada', space);
    const ben = await join('Ben', space);
    const received = listen(ben);
    const here = placeOf(ada);
    /** Sends 30 frames a second for `seconds`, the root going `speed` m/s towards -z; returns the last sent. */
    // Frames about 30 a second, each root where `speed` has taken it by the clock (a busy machine may send
    // late, never fast); then, for `still` ms, standing where the run ended.
    const runAt = async (speed: number, seconds: number, from: number, sequence: number, still = 0) => {
      const start = performance.now();
      let z = from;
      const send = () =>
        ada.sendBytes(BYTES_MESSAGE.pose, encodePose({ ...restPose([here.x, 1, z]), sequence: ++sequence }));
      for (let t = 0; t < seconds * 1000; t = performance.now() - start) {
        z = from - (speed * t) / 1000;
        send();
        await new Promise((resolve) => setTimeout(resolve, 1000 / 30));
      }
      z = from - speed * seconds;
      for (let t = 0; t <= still; t += 100) {
        send();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await until(() => received.get(slotOf(ben, ada))?.at(-1)?.sequence === sequence, 'the last frame');
      return { z, sequence };
    };
    const ran = await runAt(MAX_WALK_SPEED, 1, here.z, 0, 500);
    // Running pace (4 m/s): others see the root where it was sent, not pulled back.
    expect(received.get(slotOf(ben, ada))?.at(-1)?.position[2]).toBeCloseTo(ran.z, 2);
    // Three times that: held to running pace with its slack (6 m/s), a stride at most ahead.
    const sped = await runAt(3 * MAX_WALK_SPEED, 0.5, ran.z, ran.sequence);
    const seen = received.get(slotOf(ben, ada))?.at(-1)?.position[2] ?? 0;
    expect(ran.z - seen).toBeLessThan(MAX_WALK_SPEED * 1.5 * 0.5 * 1.3 + MAX_STRIDE);
    expect(seen).toBeGreaterThan(sped.z + 1);
  });

  it('drops a sender of undecodable frames, and the room carries on', async () => {
    const space = freshSpace();
    const ada = await join('Ada', space);
    const mallory = await join('Mallory', space);
    const closed = new Promise<number>((resolve) => mallory.onLeave((code) => resolve(code)));
    for (let i = 0; i < 5; i++)
      mallory.sendBytes(BYTES_MESSAGE.pose, Uint8Array.of(1, 0xf0, 0, 0, 0, 0, 0, 0, 9));
    expect(await closed).toBe(CLOSE_MISBEHAVED);
    await until(() => ada.state.people?.has(mallory.sessionId) === false, 'Mallory to be gone');
    const received = listen(ada);
    const ben = await join('Ben', space);
    ben.sendBytes(BYTES_MESSAGE.pose, encodePose(restPose([placeOf(ben).x, 1, placeOf(ben).z])));
    await until(() => received.has(slotOf(ada, ben)), 'Ada to receive Ben’s pose');
  });

  it('drops a client that floods pose frames', async () => {
    const space = freshSpace();
    const flooder = await join('Flood', space);
    const closed = new Promise<number>((resolve) => flooder.onLeave((code) => resolve(code)));
    const frame = encodePose(restPose([placeOf(flooder).x, 1, placeOf(flooder).z]));
    for (let i = 0; i < 400; i++) flooder.sendBytes(BYTES_MESSAGE.pose, frame);
    expect(await closed).toBeGreaterThan(1001);
  });
});

describe('a dropped connection', () => {
  it('comes back within the window with its seat: same session, same slot, seen as away meanwhile', async () => {
    const space = freshSpace();
    const ada = await join('Ada', space);
    const ben = await join('Ben', space);
    const slot = slotOf(ben, ada);
    ada.reconnection.minUptime = 0;
    ada.reconnection.minDelay = 50;
    const back = new Promise<void>((resolve) => ada.onReconnect(() => resolve()));
    let sawAway = false;
    ben.onStateChange(() => {
      if (ben.state.people?.get(ada.sessionId)?.connected === false) sawAway = true;
    });
    ada.connection.close(4010, 'network blip'); // CloseCode.MAY_TRY_RECONNECT
    await back;
    await until(() => ben.state.people?.get(ada.sessionId)?.connected === true, 'Ada to be back');
    expect(sawAway).toBe(true);
    expect(slotOf(ben, ada)).toBe(slot);
    expect([...(ben.state.people?.values() ?? [])].map((p) => p.name).sort()).toEqual(['Ada', 'Ben']);
  });
});
