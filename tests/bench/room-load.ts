// Load benchmark of one space room: N headless clients (the real SDK, over loopback) in one world-server
// process, each either streaming a changing full-body pose at 20 Hz (MODE=pose, the pose stream) or walking
// with `move` messages at 15 Hz (MODE=move, the skeleton's plain room-state sync: the baseline).
// Prints the server's CPU (share of one core) and RSS, bytes each client receives per second, and the delay
// from a pose being sent to it being received (p50, p99).
//
//   node tests/bench/room-load.ts            # N = 100, 250, 500, both modes
//   N=250 MODE=pose SECONDS=10 node tests/bench/room-load.ts
//   REDIS_URL=redis://127.0.0.1:6379 MODE=show N=200 node tests/bench/room-load.ts   # 2 processes x 2 rooms
import { Client, type Room } from '@colyseus/sdk';
import { encodePose, restPose, frameLengthAt, LAYOUTS, BYTES_MESSAGE } from '@prostudio/protocol';
import { tokenFor } from '../../world-server/test/support/tokens.ts';
import { countBytes, cpuTicks, rssMb, startWorldProcess, TICKS_PER_SECOND } from './world-processes.ts';

const SECONDS = Number(process.env.SECONDS ?? 10);
const WARMUP_SECONDS = 3;
const SIZES = process.env.N ? [Number(process.env.N)] : [100, 250, 500];
const MODES = (process.env.MODE ? [process.env.MODE] : ['move', 'pose']) as Array<'move' | 'pose'>;

interface Result {
  mode: string;
  clients: number;
  cpu: number;
  rssMb: number;
  kbPerClient: { mean: number; max: number };
  delayMs: { p50: number; p99: number } | null;
}

/** Starts one world-server process; by default on in-process presence (no Redis). */
const startServer = (env: Record<string, string> = { REDIS_URL: '' }) => startWorldProcess(env);

/** Calls `each` with the slot and sender time of every frame in a pose batch. */
function eachFrame(batch: Uint8Array, each: (slot: number, sentAt: number) => void): void {
  const view = new DataView(batch.buffer, batch.byteOffset, batch.byteLength);
  for (let at = 0; at + 2 < batch.byteLength;) {
    const length = frameLengthAt(batch, at + 2);
    if (length < 0) break;
    each(view.getUint16(at, true), view.getUint32(at + 2 + 4, true));
    at += 2 + length;
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

async function run(mode: 'move' | 'pose', n: number): Promise<Result> {
  const server = await startServer();
  const space = `bench-${mode}-${n}`;
  const { bounds } = LAYOUTS.stage;
  const rooms: Room[] = [];
  const received = new Array<number>(n).fill(0);
  const delays: number[] = [];
  let measuring = false;
  // Join in small waves, as an audience arrives.
  for (let i = 0; i < n; i += 25) {
    const wave = await Promise.all(
      Array.from({ length: Math.min(25, n - i) }, (_, k) =>
        new Client(server.url).joinOrCreate('stage', {
          space,
          token: tokenFor(space, 'stage', `bench ${i + k}`, 'audience'),
        }),
      ),
    );
    rooms.push(...wave);
  }
  rooms.forEach((room, index) => {
    countBytes(room, (bytes) => {
      if (measuring) received[index] = (received[index] ?? 0) + bytes;
    });
    // Every client counts bytes; one in ten also times the poses it receives, as a sample.
    room.onMessage(BYTES_MESSAGE.poses, (batch: Uint8Array) => {
      if (!measuring || index % 10 !== 0) return;
      const now = Date.now() >>> 0;
      eachFrame(batch, (_slot, sentAt) => delays.push((now - sentAt) >>> 0));
    });
  });
  // Everyone stands somewhere on the floor and sways; a pose is a changing full body.
  const places = rooms.map((_, i) => ({
    x: bounds.minX + 1 + (((i * 7919) % 1000) / 1000) * (bounds.maxX - bounds.minX - 2),
    z: bounds.minZ + 1 + (((i * 104729) % 1000) / 1000) * (bounds.maxZ - bounds.minZ - 2),
  }));
  const started = Date.now();
  let sequence = 0;
  const frame = restPose();
  const timer = setInterval(
    () => {
      const t = (Date.now() - started) / 1000;
      sequence++;
      rooms.forEach((room, i) => {
        const place = places[i] ?? { x: 0, z: 0 };
        const sway = Math.sin(t * 2 + i) * 0.2;
        if (mode === 'move') {
          room.send('move', { x: place.x + sway, z: place.z, yaw: sway });
          return;
        }
        frame.sequence = sequence;
        frame.time = Date.now() >>> 0;
        frame.position = [place.x + sway, 0.95, place.z];
        for (let bone = 0; bone < 22; bone++) {
          const angle = Math.sin(t * 3 + bone + i) * 0.3;
          frame.body.set([Math.sin(angle / 2), 0, 0, Math.cos(angle / 2)], bone * 4);
        }
        room.sendBytes(BYTES_MESSAGE.pose, encodePose(frame));
      });
    },
    mode === 'move' ? 1000 / 15 : 1000 / 20,
  );
  const pid = server.child.pid ?? 0;
  await new Promise((resolve) => setTimeout(resolve, WARMUP_SECONDS * 1000));
  const cpuBefore = cpuTicks(pid);
  const t0 = performance.now();
  measuring = true;
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  measuring = false;
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = (cpuTicks(pid) - cpuBefore) / TICKS_PER_SECOND / elapsed;
  const rss = rssMb(pid);
  clearInterval(timer);
  await Promise.all(rooms.map((room) => room.leave().catch(() => undefined)));
  server.child.kill('SIGTERM');
  const perClient = received.map((bytes) => bytes / elapsed / 1000);
  delays.sort((a, b) => a - b);
  return {
    mode,
    clients: n,
    cpu,
    rssMb: rss,
    kbPerClient: { mean: perClient.reduce((a, b) => a + b, 0) / n, max: Math.max(...perClient) },
    delayMs: delays.length ? { p50: percentile(delays, 0.5), p99: percentile(delays, 0.99) } : null,
  };
}

/**
 * A show: 2 world-server processes sharing Redis, the audience spread over 4 stage-room instances (2 per
 * process), a performer in one of them streaming hands and face at high precision at 30 Hz, everyone else
 * streaming bodies at 20 Hz. Measures how late the performer's frames reach the audience in every instance.
 */
async function runShow(n: number): Promise<void> {
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    console.log(`show N=${n}: skipped (needs REDIS_URL)`);
    return;
  }
  const capacity = Math.ceil((n + 1) / 4);
  const servers = [
    await startServer({ REDIS_URL: redisUrl, STAGE_CAPACITY: String(capacity) }),
    await startServer({ REDIS_URL: redisUrl, STAGE_CAPACITY: String(capacity) }),
  ];
  const space = `bench-show-${n}-${Date.now()}`;
  const star = await new Client(servers[0]?.url ?? '').joinOrCreate('stage', {
    space,
    token: tokenFor(space, 'stage', 'Star', 'performer'),
  });
  const audience: Room[] = [];
  for (let i = 0; i < n; i += 25) {
    const wave = await Promise.all(
      Array.from({ length: Math.min(25, n - i) }, (_, k) =>
        new Client(servers[(i + k) % 2]?.url ?? '').joinOrCreate('stage', {
          space,
          token: tokenFor(space, 'stage', `fan ${i + k}`, 'audience'),
        }),
      ),
    );
    audience.push(...wave);
  }
  const instances = new Set(audience.map((room) => room.roomId).concat(star.roomId)).size;
  const received = new Array<number>(n).fill(0);
  const delays: number[] = [];
  let measuring = false;
  audience.forEach((room, index) => {
    countBytes(room, (bytes) => {
      if (measuring) received[index] = (received[index] ?? 0) + bytes;
    });
    room.onMessage(BYTES_MESSAGE.poses, (batch: Uint8Array) => {
      if (!measuring || index % 5 !== 0) return;
      const state = room.state as { people?: Map<string, { role: string; slot: number }> };
      const performer = [...(state.people?.values() ?? [])].find((p) => p.role === 'performer')?.slot;
      const now = Date.now() >>> 0;
      eachFrame(batch, (slot, sentAt) => {
        if (slot === performer) delays.push((now - sentAt) >>> 0);
      });
    });
  });
  const { bounds } = LAYOUTS.stage;
  const performerFrame = restPose([0, 0.95, bounds.minZ + 2]);
  performerFrame.hands = new Float32Array(30 * 4).map((_, i) => (i % 4 === 3 ? 1 : 0));
  performerFrame.face = new Float32Array(14).fill(0.3);
  let sequence = 0;
  const started = Date.now();
  const performerTimer = setInterval(() => {
    const t = (Date.now() - started) / 1000;
    for (let bone = 0; bone < 22; bone++) {
      const angle = Math.sin(t * 4 + bone) * 0.5;
      performerFrame.body.set([Math.sin(angle / 2), 0, 0, Math.cos(angle / 2)], bone * 4);
    }
    star.sendBytes(
      BYTES_MESSAGE.pose,
      encodePose({ ...performerFrame, sequence: ++sequence, time: Date.now() >>> 0 }, 0),
    );
  }, 1000 / 30);
  const frame = restPose();
  const audienceTimer = setInterval(() => {
    audience.forEach((room, i) => {
      const x = bounds.minX + 1 + (((i * 7919) % 1000) / 1000) * (bounds.maxX - bounds.minX - 2);
      const z = bounds.minZ + 4 + (((i * 104729) % 1000) / 1000) * (bounds.maxZ - bounds.minZ - 5);
      room.sendBytes(
        BYTES_MESSAGE.pose,
        encodePose({ ...frame, position: [x, 0.95, z], time: Date.now() >>> 0 }),
      );
    });
  }, 1000 / 20);
  await new Promise((resolve) => setTimeout(resolve, WARMUP_SECONDS * 1000));
  const pids = servers.map((server) => server.child.pid ?? 0);
  const cpuBefore = pids.map(cpuTicks);
  const t0 = performance.now();
  measuring = true;
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  measuring = false;
  const elapsed = (performance.now() - t0) / 1000;
  const cpus = pids.map((pid, i) => (cpuTicks(pid) - (cpuBefore[i] ?? 0)) / TICKS_PER_SECOND / elapsed);
  const rss = pids.map(rssMb);
  clearInterval(performerTimer);
  clearInterval(audienceTimer);
  await Promise.all([star, ...audience].map((room) => room.leave().catch(() => undefined)));
  for (const server of servers) server.child.kill('SIGTERM');
  delays.sort((a, b) => a - b);
  const perClient = received.map((bytes) => bytes / elapsed / 1000);
  console.log(
    `show N=${n} in ${instances} instances on 2 processes  server CPU ${cpus.map((c) => `${(c * 100).toFixed(0)}%`).join(' + ')}` +
      `  RSS ${rss.map((r) => r.toFixed(0)).join(' + ')} MB  received per client ${(perClient.reduce((a, b) => a + b, 0) / n).toFixed(1)} kB/s` +
      `  performer-to-audience delay p50 ${percentile(delays, 0.5)} ms, p99 ${percentile(delays, 0.99)} ms (${delays.length} frames)`,
  );
}

const results: Result[] = [];
if (process.env.MODE === 'show') {
  for (const n of SIZES) await runShow(n);
  process.exit(0);
}
for (const n of SIZES) {
  for (const mode of MODES) {
    const result = await run(mode, n);
    results.push(result);
    console.log(
      `${mode.padEnd(4)} N=${String(n).padStart(3)}  server CPU ${(result.cpu * 100).toFixed(0).padStart(3)}% of a core` +
        `  RSS ${result.rssMb.toFixed(0)} MB  received per client ${result.kbPerClient.mean.toFixed(1)} kB/s (max ${result.kbPerClient.max.toFixed(1)})` +
        (result.delayMs ? `  delay p50 ${result.delayMs.p50} ms, p99 ${result.delayMs.p99} ms` : ''),
    );
  }
  const move = results.find((r) => r.mode === 'move' && r.clients === n);
  const pose = results.find((r) => r.mode === 'pose' && r.clients === n);
  if (move && pose) {
    console.log(
      `      N=${n}: the pose stream (full body, 20 Hz) receives ${(pose.kbPerClient.mean / move.kbPerClient.mean).toFixed(2)}x the bytes` +
        ` and costs ${(pose.cpu / move.cpu).toFixed(2)}x the server CPU of plain room-state walking (position only, 15 Hz)`,
    );
  }
}
process.exit(0);
