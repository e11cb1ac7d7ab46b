// Load benchmark of the sound stream: real SDK clients over loopback send Opus-sized audio frames (random
// bytes: the room never decodes them) at 50 a second, and each case runs twice in the same run, with sound
// and without (its pose-only baseline). Prints the servers' CPU (share of one core, and per listener), RSS,
// bytes each listener receives per second, the delay from a frame being sent to it being heard (p50, p95,
// p99, one listener in ten sampled), frames lost, and in galleries how many talkers each listener hears.
//
//   node tests/bench/sound-load.ts                  # MODE=stage,gallery (show needs REDIS_URL); 10 s after 3 s warm-up
//   MODE=stage N=500 SECONDS=10 node tests/bench/sound-load.ts    # a performer's pose + music to N listeners
//   REDIS_URL=redis://127.0.0.1:6379 MODE=show N=1000 node tests/bench/sound-load.ts   # 2 processes, 4 instances
//   MODE=gallery N=100 TALKERS=10 node tests/bench/sound-load.ts  # everyone's body pose, 10 voices at once
//
// AUDIENCE_POSES=1 has a stage's or show's listeners stream a body pose at 20 Hz too; PROFILE=dir writes each
// server's CPU profile there (node --cpu-prof).
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client, type Room } from '@colyseus/sdk';
import {
  BYTES_MESSAGE,
  LAYOUTS,
  VOICE_NEAR,
  encodeAudioFrame,
  encodePose,
  frameLengthAt,
  restPose,
  type PoseFrame,
  type Role,
  type SpaceKind,
} from '@prostudio/protocol';
import { tokenFor } from '../../world-server/test/support/tokens.ts';
import {
  countBytes,
  cpuTicks,
  rssMb,
  type ServerProcess,
  startWorldProcess,
  TICKS_PER_SECOND,
} from './world-processes.ts';

type Mode = 'stage' | 'show' | 'gallery';
const SECONDS = Number(process.env.SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.WARMUP ?? 3);
/** After the window, senders go on this long, then stop and the window's last frames have this long to arrive (ms). */
const GRACE_MS = 1000;
const DRAIN_MS = 3000;
const SAMPLE_EVERY = 10;
const TALKERS = Number(process.env.TALKERS ?? 10);
const AUDIENCE_POSES = process.env.AUDIENCE_POSES === '1';
const DEFAULT_N: Record<Mode, number> = { stage: 500, show: 1000, gallery: 100 };
const MODES = (process.env.MODE?.split(',') ??
  (process.env.REDIS_URL ? ['stage', 'show', 'gallery'] : ['stage', 'gallery'])) as Mode[];
// Opus at 32 kbit/s mono (voice) and 128 kbit/s stereo (music) makes about these many bytes per 20 ms.
const PAYLOAD_BYTES = { voice: 80, music: 320 } as const;

type Server = ServerProcess;
interface Outcome {
  mode: Mode;
  sound: boolean;
  n: number;
  instances: number;
  servers: Array<{ listeners: number; cpu: number; rssMb: number }>;
  benchCpu: number;
  machineCpu: number;
  kBPerListener: number;
  /** Of which voice packets (slot, frame header and payload; without Colyseus's and WebSocket's framing). */
  voiceKBPerListener: number;
  delays: number[];
  poseDelays: number[];
  nearDelays: number[];
  farDelays: number[];
  /** Of the sampled listeners: frames expected and received, and runs of lost frames (count, longest). */
  frames: { sent: number; expected: number; received: number; gaps: number; longestGap: number } | null;
  /** Per listener: talkers' streams received (voice packets / frames sent), distinct talkers, the rule's count. */
  talkers: { streams: number[]; distinct: number[]; expected: number[] } | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** Busy and total jiffies of the whole machine (all cores), from /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const fields =
    readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1, 9).map(Number) ?? [];
  const total = fields.reduce((a, b) => a + b, 0);
  return { busy: total - (fields[3] ?? 0) - (fields[4] ?? 0), total }; // user to steal, less idle and iowait
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const profile = process.env.PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE}`] : [];
  const server = await startWorldProcess(env, profile);
  children.add(server.child);
  server.child.once('exit', () => children.delete(server.child));
  return server;
}

// A load process that fails or is stopped takes its servers with it.
const children = new Set<ChildProcess>();
process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')));
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

async function stopServer(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
}

/**
 * Calls `send` `hz` times a second by the clock, catching up after a late timer (an encoder hands over what
 * it made meanwhile) but by no more than the room's burst allows; returns how many were skipped and a stop.
 */
function paced(hz: number, send: () => void): { skipped: () => number; stop: () => void } {
  const start = performance.now();
  let count = 0;
  let skipped = 0;
  const timer = setInterval(() => {
    const due = Math.floor(((performance.now() - start) * hz) / 1000);
    if (due - count > 20) {
      skipped += due - count - 20;
      count = due - 20;
    }
    for (; count < due; count++) send();
  }, 500 / hz);
  return { skipped: () => skipped, stop: () => clearInterval(timer) };
}

/** Calls `each` with the sender time of every frame in a pose batch (slot u16, then the frame). */
function eachPoseTime(batch: Uint8Array, each: (sentAt: number) => void): void {
  const view = new DataView(batch.buffer, batch.byteOffset, batch.byteLength);
  for (let at = 0; at + 2 < batch.byteLength;) {
    const length = frameLengthAt(batch, at + 2);
    if (length < 0) break;
    each(view.getUint32(at + 2 + 4, true));
    at += 2 + length;
  }
}

/** Where the i-th person stands, spread over the floor as room-load.ts spreads them (`front` m kept clear). */
function placeOf(kind: SpaceKind, i: number, front = 0): { x: number; z: number } {
  const { bounds } = LAYOUTS[kind];
  return {
    x: bounds.minX + 1 + (((i * 7919) % 1000) / 1000) * (bounds.maxX - bounds.minX - 2),
    z: bounds.minZ + 1 + front + (((i * 104729) % 1000) / 1000) * (bounds.maxZ - bounds.minZ - 2 - front),
  };
}

/** A body pose moving in time, its root swaying `reach` m; the same frame object is reused. */
function sway(
  frame: PoseFrame,
  place: { x: number; z: number },
  t: number,
  i: number,
  reach = 0.2,
): PoseFrame {
  frame.time = Date.now() >>> 0;
  frame.position = [place.x + Math.sin(t * 2 + i) * reach, 0.95, place.z];
  for (let bone = 0; bone < 22; bone++) {
    const angle = Math.sin(t * 3 + bone + i) * 0.3;
    frame.body.set([Math.sin(angle / 2), 0, 0, Math.cos(angle / 2)], bone * 4);
  }
  return frame;
}

/** Joins that had to ask for a new token: the room refused the first as already used (see the report). */
let rejoins = 0;

/**
 * Joins with a fresh token, and again with another if the room says the token was used: when instances fill
 * as people arrive, Colyseus retries a join that found a full room and checks the (single-use) token again.
 */
async function join(url: string, kind: SpaceKind, space: string, name: string, role: Role): Promise<Room> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await new Client(url).joinOrCreate(kind, { space, token: tokenFor(space, kind, name, role) });
    } catch (error) {
      if (attempt >= 3 || !String((error as Error).message).includes('has been used')) throw error;
      rejoins++;
    }
  }
}

async function joinAll(servers: Server[], kind: SpaceKind, space: string, n: number, role: Role) {
  const rooms: Room[] = [];
  // In small waves, as an audience arrives; smaller over two processes, where joins that race a filling
  // instance open extra ones.
  const size = servers.length > 1 ? 10 : 25;
  for (let i = 0; i < n; i += size) {
    const wave = await Promise.all(
      Array.from({ length: Math.min(size, n - i) }, (_, k) =>
        join(servers[(i + k) % servers.length]?.url ?? '', kind, space, `listener ${i + k}`, role),
      ),
    );
    rooms.push(...wave);
  }
  return rooms;
}

async function run(mode: Mode, n: number, sound: boolean): Promise<Outcome> {
  const kind: SpaceKind = mode === 'gallery' ? 'gallery' : 'stage';
  const redisUrl = process.env.REDIS_URL ?? '';
  const servers =
    mode === 'show'
      ? [
          await startServer({ REDIS_URL: redisUrl, STAGE_CAPACITY: String(Math.ceil((n + 1) / 4)) }),
          await startServer({ REDIS_URL: redisUrl, STAGE_CAPACITY: String(Math.ceil((n + 1) / 4)) }),
        ]
      : [await startServer({ REDIS_URL: '', STAGE_CAPACITY: String(n + 1) })];
  const space = `bench-sound-${mode}-${sound ? 'sound' : 'poses'}-${n}-${Date.now()}`;
  const performer =
    kind === 'stage' ? await join(servers[0]?.url ?? '', 'stage', space, 'Star', 'performer') : undefined;
  rejoins = 0;
  const joinStart = performance.now();
  const listeners = await joinAll(servers, kind, space, n, kind === 'stage' ? 'audience' : 'visitor');
  const instances = new Set(listeners.map((room) => room.roomId)).size;
  console.log(
    `  ${mode}${sound ? ' with sound' : ''}: ${n} joined in ${((performance.now() - joinStart) / 1000).toFixed(0)} s, ${instances} room(s)` +
      (rejoins ? `; ${rejoins} joins needed a second token` : ''),
  );
  const places = listeners.map((_, i) => placeOf(kind, i, kind === 'stage' ? 3 : 0));
  // Gallery talkers: every (n / TALKERS)-th person, so that they are spread like everyone else.
  const talkers = kind === 'gallery' ? listeners.filter((_, i) => i % Math.ceil(n / TALKERS) === 0) : [];
  const talkerPlaces = talkers.map((room) => places[listeners.indexOf(room)] ?? { x: 0, z: 0 });

  const received = new Array<number>(n).fill(0);
  const heardTalkers = listeners.map(() => new Set<number>());
  const packets = new Array<number>(n).fill(0); // voice packets received in the window
  let voiceBytes = 0; // their bytes, all listeners
  const sequences = listeners.map(() => new Map<number, Set<number>>()); // sampled: talker slot → sequences
  const delays: number[] = [];
  const poseDelays: number[] = [];
  // A show's listeners in the performer's instance, and in the others (reached through the show link).
  const nearDelays: number[] = [];
  const farDelays: number[] = [];
  let measuring = false;
  listeners.forEach((room, index) => {
    const sampled = index % SAMPLE_EVERY === 0;
    countBytes(room, (bytes) => {
      if (measuring) received[index] = (received[index] ?? 0) + bytes;
    });
    room.onMessage(BYTES_MESSAGE.poses, (batch: Uint8Array) => {
      if (!measuring || !sampled) return;
      const now = Date.now() >>> 0;
      eachPoseTime(batch, (sentAt) => poseDelays.push((now - sentAt) >>> 0));
    });
    room.onMessage(BYTES_MESSAGE.voice, (packet: Uint8Array) => {
      const slot = (packet[0] ?? 0) | ((packet[1] ?? 0) << 8);
      if (measuring) {
        heardTalkers[index]?.add(slot);
        packets[index] = (packets[index] ?? 0) + 1;
        voiceBytes += packet.byteLength;
      }
      if (!sampled) return;
      // The voice packet: slot u16, then the frame (version, flags, sequence u16, time u32, Opus).
      const view = new DataView(packet.buffer, packet.byteOffset, packet.byteLength);
      const bySlot = sequences[index];
      const seen = bySlot?.get(slot) ?? new Set<number>();
      bySlot?.set(slot, seen);
      seen.add(view.getUint16(4, true));
      if (!measuring) return;
      const delay = ((Date.now() >>> 0) - view.getUint32(6, true)) >>> 0;
      delays.push(delay);
      if (performer) (room.roomId === performer.roomId ? nearDelays : farDelays).push(delay);
    });
  });
  performer?.onMessage(BYTES_MESSAGE.poses, () => undefined);
  performer?.onMessage(BYTES_MESSAGE.voice, () => undefined);

  const started = Date.now();
  const stops: Array<() => void> = [];
  if (performer) {
    // As room-load.ts's show: a full pose with hands and face at high precision, 30 Hz.
    const frame = restPose([0, 0.95, LAYOUTS.stage.bounds.minZ + 2]);
    frame.hands = new Float32Array(30 * 4).map((_, i) => (i % 4 === 3 ? 1 : 0));
    frame.face = new Float32Array(14).fill(0.3);
    let sequence = 0;
    const timer = setInterval(() => {
      sway(frame, { x: 0, z: LAYOUTS.stage.bounds.minZ + 2 }, (Date.now() - started) / 1000, 0);
      frame.sequence = ++sequence;
      performer.sendBytes(BYTES_MESSAGE.pose, encodePose(frame, 0));
    }, 1000 / 30);
    stops.push(() => clearInterval(timer));
  }
  if (kind === 'gallery' || AUDIENCE_POSES) {
    const frame = restPose();
    const timer = setInterval(() => {
      const t = (Date.now() - started) / 1000;
      // In a gallery people stand still and move their bodies, so who hears whom stays put and a gap in a
      // talker's sequence is a lost frame, not a talker dropped for one nearer.
      const reach = kind === 'gallery' ? 0 : 0.2;
      listeners.forEach((room, i) =>
        room.sendBytes(BYTES_MESSAGE.pose, encodePose(sway(frame, places[i] ?? { x: 0, z: 0 }, t, i, reach))),
      );
    }, 1000 / 20);
    stops.push(() => clearInterval(timer));
  }
  // Sound: the performer's music, or the gallery talkers' voices; all at one count, so one sequence.
  const soundMode = kind === 'stage' ? 'music' : 'voice';
  const payloads = Array.from({ length: 16 }, () => new Uint8Array(randomBytes(PAYLOAD_BYTES[soundMode])));
  const senders = sound ? (performer ? [performer] : talkers) : [];
  let frames = 0;
  const audio = paced(50, () => {
    const bytes = encodeAudioFrame({
      sequence: frames & 0xffff,
      time: Date.now() >>> 0,
      stereo: soundMode === 'music',
      mode: soundMode,
      payload: payloads[frames % payloads.length] ?? new Uint8Array(1),
    });
    for (const sender of senders) sender.sendBytes(BYTES_MESSAGE.audio, bytes);
    frames++;
  });
  stops.push(audio.stop);

  await sleep(WARMUP_SECONDS * 1000);
  const pids = servers.map((server) => server.child.pid ?? 0);
  const cpuBefore = pids.map(cpuTicks);
  const benchBefore = process.cpuUsage();
  const machineBefore = machineTicks();
  const firstFrame = frames;
  const t0 = performance.now();
  measuring = true;
  await sleep(SECONDS * 1000);
  measuring = false;
  const elapsed = (performance.now() - t0) / 1000;
  const lastFrame = frames;
  const cpus = pids.map((pid, i) => (cpuTicks(pid) - (cpuBefore[i] ?? 0)) / TICKS_PER_SECOND / elapsed);
  const bench = process.cpuUsage(benchBefore);
  const machineAfter = machineTicks();
  const rss = pids.map(rssMb);
  await sleep(GRACE_MS);
  for (const stop of stops) stop();
  await sleep(DRAIN_MS);
  if (audio.skipped() > 0)
    console.log(`  (the load process fell behind: ${audio.skipped()} frames not sent)`);

  // Frames of the window each sampled listener got, from each talker it heard at all.
  let expected = 0;
  let got = 0;
  let gaps = 0;
  let longestGap = 0;
  // A gallery's audiences follow where people stand, so there only the gaps within what each listener heard
  // of a talker count; on a stage every listener hears the performer throughout.
  for (const bySlot of sequences) {
    for (const seen of bySlot.values()) {
      let first = firstFrame;
      let last = lastFrame - 1;
      if (kind === 'gallery') {
        while (first <= last && !seen.has(first & 0xffff)) first++;
        while (last >= first && !seen.has(last & 0xffff)) last--;
      }
      expected += Math.max(0, last - first + 1);
      let run = 0;
      for (let f = first; f <= last; f++) {
        if (seen.has(f & 0xffff)) {
          got++;
          run = 0;
        } else if (++run === 1) gaps++;
        longestGap = Math.max(longestGap, run);
      }
    }
  }
  const serverOf = (room: Room) => servers.findIndex((s) => room.connection.url?.includes(s.url.slice(7)));
  const outcome: Outcome = {
    mode,
    sound,
    n,
    instances,
    servers: servers.map((_, s) => ({
      listeners: listeners.filter((room) => serverOf(room) === s).length,
      cpu: cpus[s] ?? 0,
      rssMb: rss[s] ?? 0,
    })),
    benchCpu: (bench.user + bench.system) / 1e6 / elapsed,
    // Cores busy over the window, everything on the machine counted (other people's work included).
    machineCpu: (machineAfter.busy - machineBefore.busy) / TICKS_PER_SECOND / elapsed,
    kBPerListener: mean(received) / elapsed / 1000,
    voiceKBPerListener: voiceBytes / n / elapsed / 1000,
    delays: delays.sort((a, b) => a - b),
    poseDelays: poseDelays.sort((a, b) => a - b),
    nearDelays: nearDelays.sort((a, b) => a - b),
    farDelays: farDelays.sort((a, b) => a - b),
    frames: sound ? { sent: lastFrame - firstFrame, expected, received: got, gaps, longestGap } : null,
    talkers:
      kind === 'gallery' && sound
        ? {
            streams: packets.map((count) => count / Math.max(1, lastFrame - firstFrame)),
            distinct: heardTalkers.map((set) => set.size),
            expected: places.map((place, i) =>
              Math.min(
                VOICE_NEAR.most,
                talkerPlaces.filter(
                  (t, k) =>
                    talkers[k] !== listeners[i] &&
                    Math.hypot(t.x - place.x, t.z - place.z) <= VOICE_NEAR.radius,
                ).length,
              ),
            ),
          }
        : null,
  };
  // Leaving is not measured: the servers are stopped anyway (a thousand leaves at once can take minutes).
  const everyone = [...listeners, ...(performer ? [performer] : [])];
  for (const room of everyone) room.reconnection.enabled = false;
  await Promise.race([Promise.all(everyone.map((room) => room.leave().catch(() => undefined))), sleep(5000)]);
  for (const server of servers) await stopServer(server);
  return outcome;
}

const pct = (share: number) => `${(share * 100).toFixed(0)} %`;
const perListener = (o: Outcome) =>
  o.servers.map((s) => (s.listeners ? `${((s.cpu * 100) / s.listeners).toFixed(3)} %` : '—')).join(' + ');

function describe(o: Outcome): string {
  const delay = o.delays.length
    ? `${percentile(o.delays, 0.5)} / ${percentile(o.delays, 0.95)} / ${percentile(o.delays, 0.99)} ms`
    : '—';
  const poses = o.poseDelays.length
    ? `${percentile(o.poseDelays, 0.5)} / ${percentile(o.poseDelays, 0.99)} ms`
    : '—';
  const lost = o.frames
    ? `${o.frames.expected - o.frames.received} of ${o.frames.expected} (${o.frames.sent} sent)` +
      (o.frames.gaps ? `, ${o.frames.gaps} gaps, longest ${o.frames.longestGap}` : '')
    : '—';
  return (
    `| ${o.mode} | ${o.sound ? (o.mode === 'gallery' ? 'voices' : 'music') : 'poses only'} | ${o.n}` +
    ` | ${o.instances}${o.servers.length > 1 ? ` (${o.servers.map((s) => s.listeners).join(' + ')})` : ''}` +
    ` | ${o.servers.map((s) => pct(s.cpu)).join(' + ')} | ${perListener(o)}` +
    ` | ${o.servers.map((s) => s.rssMb.toFixed(0)).join(' + ')} MB | ${o.kBPerListener.toFixed(1)} kB/s` +
    ` (${o.voiceKBPerListener.toFixed(1)})` +
    ` | ${delay} | ${lost} | ${poses} | ${pct(o.benchCpu)} | ${pct(o.machineCpu)} |`
  );
}

const outcomes: Outcome[] = [];
for (const mode of MODES) {
  if (mode === 'show' && !process.env.REDIS_URL) {
    console.log('show: skipped (needs REDIS_URL)');
    continue;
  }
  const n = Number(process.env.N ?? DEFAULT_N[mode]);
  for (const sound of [false, true]) {
    const outcome = await run(mode, n, sound);
    outcomes.push(outcome);
    console.log(describe(outcome));
  }
  const [base, withSound] = outcomes.slice(-2);
  if (!base || !withSound) continue;
  const cpu = (o: Outcome) => o.servers.reduce((a, s) => a + s.cpu, 0);
  console.log(
    `  ${mode} N=${n}: with sound each listener receives ${(withSound.kBPerListener / base.kBPerListener).toFixed(2)}x the bytes` +
      ` (+${(withSound.kBPerListener - base.kBPerListener).toFixed(1)} kB/s) and the servers spend` +
      ` ${(cpu(withSound) / cpu(base)).toFixed(2)}x the CPU (+${(((cpu(withSound) - cpu(base)) * 100) / n).toFixed(3)} % of a core per listener)`,
  );
  if (withSound.farDelays.length) {
    const { nearDelays: near, farDelays: far } = withSound;
    console.log(
      `  sound delay p50/p99: ${percentile(near, 0.5)}/${percentile(near, 0.99)} ms in the performer's instance` +
        ` (${near.length} frames), ${percentile(far, 0.5)}/${percentile(far, 0.99)} ms in the others, through the show link (${far.length})`,
    );
  }
  if (withSound.talkers) {
    const { streams, distinct, expected } = withSound.talkers;
    const off = streams.filter((s, i) => Math.abs(s - (expected[i] ?? 0)) > 0.5).length;
    console.log(
      `  talkers heard per listener: ${mean(streams).toFixed(2)} streams on average (min ${Math.min(...streams).toFixed(2)},` +
        ` max ${Math.max(...streams).toFixed(2)}); distinct talkers over the window ${mean(distinct).toFixed(2)} (max ${Math.max(...distinct)});` +
        ` the rule (${VOICE_NEAR.most} nearest within ${VOICE_NEAR.radius} m) gives ${mean(expected).toFixed(2)} at the planned places;` +
        ` ${off} listeners off by more than half a stream`,
    );
  }
}
console.log(
  '\n| mode | sound | N | rooms (listeners per process) | server CPU (one core) | per listener | server RSS | received per listener (of which sound) | sound delay p50 / p95 / p99 | frames lost (sampled) | pose delay p50 / p99 | load process CPU | machine busy (of 200 %) |',
);
console.log('| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const outcome of outcomes) console.log(describe(outcome));
process.exit(0);
