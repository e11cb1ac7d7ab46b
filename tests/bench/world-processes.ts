// What the world-server load benchmarks share: a world-server process of its own on a free port, its CPU
// time and memory from /proc, and the bytes a client's WebSocket receives.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Room } from '@colyseus/sdk';
import { freePort } from '../../world-server/test/support/world.ts';

const SERVE = fileURLToPath(new URL('../../world-server/test/support/serve.ts', import.meta.url));

/** The unit of utime and stime in /proc/PID/stat on Linux (USER_HZ). */
export const TICKS_PER_SECOND = 100;

export interface ServerProcess {
  url: string;
  child: ChildProcess;
}

/** CPU time the process has used, in ticks (utime + stime). */
export function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

/** The process's resident memory, MB. */
export function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
}

/** Starts one world-server process with `env` (node flags in `nodeArgs`), resolved once it listens. */
export async function startWorldProcess(
  env: Record<string, string>,
  nodeArgs: readonly string[] = [],
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, SERVE], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
    child.once('exit', (code) => reject(new Error(`world server exited with ${String(code)}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

/** Calls `count` with the size of every WebSocket message the room's connection receives. */
export function countBytes(room: Room, count: (bytes: number) => void): void {
  const events = room.connection.events as {
    onmessage?: (event: { data: ArrayBuffer | Uint8Array }) => void;
  };
  const original = events.onmessage;
  events.onmessage = (event) => {
    count(event.data.byteLength);
    original?.(event);
  };
}
