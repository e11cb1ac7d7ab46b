// Network trouble for end-to-end tests, on this machine's kernel. It has network namespaces, veth and
// nftables (with numgen), but no netem qdisc (CONFIG_NET_SCH_NETEM is not set: `tc qdisc add dev lo root
// netem …` answers "Error: Specified qdisc kind is unknown."). So:
// - loss is real packet loss: a fresh network namespace (`unshare -n`, as root) whose loopback drops a
//   share of packets through an nftables rule, optionally only those to or from given ports; everything
//   talking over that loopback (product, browser, test) runs inside it (spawnImpaired);
// - delay and jitter come from a TCP proxy in this process (startDelayProxy), in order as TCP keeps it;
// - netem itself is used for delay and jitter too where a kernel has it (probeNetworkEmulation tells).
// Needs root, and Debian's iproute2 and nftables.
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer, connect, type Socket } from 'node:net';

export interface Impairment {
  /** Share of packets dropped, in per cent (to a tenth), each way. */
  readonly lossPercent?: number;
  /** Only packets to or from these ports (TCP or UDP) are dropped; default: all. */
  readonly ports?: readonly number[];
  /** Delay and jitter by netem, only where the kernel has it (else use startDelayProxy). */
  readonly delayMs?: number;
  readonly jitterMs?: number;
}

export interface NetworkEmulation {
  /** A private network namespace with its loopback up. */
  readonly namespaces: true | string;
  /** Packet loss by an nftables rule in it. */
  readonly nftablesLoss: true | string;
  /** The netem qdisc (delay, jitter, loss in the kernel). */
  readonly netem: true | string;
}

/** What network trouble this machine can make: true, or the error that says why not. */
export function probeNetworkEmulation(): NetworkEmulation {
  const inNamespace = (script: string): true | string => {
    const run = spawnSync('unshare', ['-n', 'sh', '-c', script], { encoding: 'utf8' });
    if (run.error) return run.error.message;
    return run.status === 0 ? true : run.stderr.trim() || `exit ${run.status}`;
  };
  return {
    namespaces: inNamespace('ip link set lo up'),
    nftablesLoss: inNamespace(
      `ip link set lo up && printf '%s' '${nftRules({ lossPercent: 1 })}' | nft -f -`,
    ),
    netem: inNamespace('ip link set lo up && tc qdisc add dev lo root netem delay 20ms 10ms loss 1%'),
  };
}

/**
 * Spawns `command` in a new network namespace whose loopback suffers `impairment`: it and its children
 * reach only each other (127.0.0.1 inside). Chromium runs inside too (launch it from the child).
 */
export function spawnImpaired(
  command: string,
  args: readonly string[],
  impairment: Impairment,
  options: SpawnOptions = {},
): ChildProcess {
  const steps = ['ip link set lo up'];
  if (impairment.lossPercent) steps.push(`printf '%s' '${nftRules(impairment)}' | nft -f -`);
  if (impairment.delayMs || impairment.jitterMs) {
    // Refused by this machine's kernel (no sch_netem); kept for kernels that have it.
    const delay = `delay ${impairment.delayMs ?? 0}ms ${impairment.jitterMs ?? 0}ms distribution normal`;
    steps.push(`tc qdisc add dev lo root netem ${delay}`);
  }
  const script = `set -e; ${steps.join('; ')}; exec "$@"`;
  return spawn('unshare', ['-n', 'sh', '-c', script, 'impaired', command, ...args], options);
}

/** The nftables ruleset dropping lossPercent of packets on every interface of the namespace. */
function nftRules({ lossPercent = 0, ports }: Impairment): string {
  const perMille = Math.round(lossPercent * 10);
  if (perMille < 0 || perMille > 1000) throw new Error(`lossPercent must be 0–100, not ${lossPercent}.`);
  const drop = `numgen random mod 1000 < ${perMille} drop`;
  const rules = ports?.length
    ? [
        `meta l4proto { tcp, udp } th dport { ${ports.join(', ')} } ${drop};`,
        `meta l4proto { tcp, udp } th sport { ${ports.join(', ')} } ${drop};`,
      ]
    : [`${drop};`];
  // On output only: over loopback every packet leaves once, so each is dropped with the chance given.
  return `table inet impaired { chain output { type filter hook output priority 0; ${rules.join(' ')} }; }`;
}

export interface DelayProxy {
  readonly port: number;
  close(): Promise<void>;
}

export interface DelayOptions {
  readonly targetPort: number;
  readonly targetHost?: string;
  /** Mean one-way delay added each way (ms). */
  readonly delayMs: number;
  /** Each chunk's delay is delayMs ± up to jitterMs (uniform); never before the previous chunk. */
  readonly jitterMs?: number;
  /** For repeatable jitter. */
  readonly random?: () => number;
}

/** A TCP proxy on 127.0.0.1 that delays what passes each way: point a browser at it instead of the server. */
export async function startDelayProxy(options: DelayOptions): Promise<DelayProxy> {
  const { targetPort, targetHost = '127.0.0.1', delayMs, jitterMs = 0, random = Math.random } = options;
  const sockets = new Set<Socket>();
  const relay = (from: Socket, to: Socket) => {
    // One queue per direction, drained in order by one timer: TCP delivers in order, so a chunk drawn
    // earlier than the one before waits for it.
    const queue: Array<{ due: number; chunk: Buffer | null }> = [];
    let timer: NodeJS.Timeout | undefined;
    const drain = () => {
      timer = undefined;
      while (queue.length > 0 && queue[0]!.due <= Date.now()) {
        const { chunk } = queue.shift()!;
        if (to.destroyed) continue;
        if (chunk) to.write(chunk);
        else to.end();
      }
      if (queue.length > 0) timer = setTimeout(drain, queue[0]!.due - Date.now());
    };
    const push = (chunk: Buffer | null) => {
      const drawn = Date.now() + delayMs + (random() * 2 - 1) * jitterMs;
      queue.push({ due: Math.max(queue.at(-1)?.due ?? 0, drawn), chunk });
      timer ??= setTimeout(drain, queue[0]!.due - Date.now());
    };
    from.on('data', (chunk: Buffer) => push(chunk));
    from.on('end', () => push(null));
    from.on('error', () => to.destroy());
  };
  const server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    relay(client, upstream);
    relay(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
