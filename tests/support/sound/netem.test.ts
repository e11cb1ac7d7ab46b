// Self-test of ../netem.ts (as root: it makes network namespaces).
import { once } from 'node:events';
import { createServer, connect } from 'node:net';

import { describe, expect, it } from 'vitest';

import { probeNetworkEmulation, spawnImpaired, startDelayProxy } from '../netem.ts';

// Sends 1000 UDP datagrams over the loopback to each of ports 40001 and 40002, paced, and prints how many
// arrived at each.
const COUNT_UDP = `
const dgram = require('node:dgram');
const open = (port) => new Promise((resolve) => { const s = dgram.createSocket('udp4'); s.got = 0;
  s.on('message', () => s.got++); s.bind(port, '127.0.0.1', () => resolve(s)); });
(async () => {
  const [a, b] = [await open(40001), await open(40002)];
  const c = dgram.createSocket('udp4');
  for (let i = 0; i < 1000; i++) {
    for (const s of [a, b]) await new Promise((r) => c.send('x', s.address().port, '127.0.0.1', r));
    if (i % 20 === 0) await new Promise((r) => setTimeout(r, 1));
  }
  setTimeout(() => { console.log(JSON.stringify([a.got, b.got])); process.exit(0); }, 300);
})();`;

async function countUdp(lossPercent: number, ports?: number[]): Promise<number[]> {
  const child = spawnImpaired(process.execPath, ['-e', COUNT_UDP], { lossPercent, ports });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as number[];
}

describe('netem helpers', () => {
  it('tells what this machine can do', () => {
    const can = probeNetworkEmulation();
    expect(can.namespaces).toBe(true);
    expect(can.nftablesLoss).toBe(true);
    // This kernel lacks sch_netem; on one that has it, this says true.
    expect(can.netem === true || /qdisc kind is unknown/.test(can.netem)).toBe(true);
  });

  it('drops about the share of packets asked for, in a namespace of its own', async () => {
    const [a, b] = await countUdp(10);
    // 1000 packets at 10 %: 900 ± 9.5 (one standard deviation).
    for (const received of [a!, b!]) {
      expect(received).toBeGreaterThan(850);
      expect(received).toBeLessThan(950);
    }
  });

  it('drops only on the ports given', async () => {
    const [a, b] = await countUdp(20, [40002]);
    expect(a).toBe(1000);
    expect(b).toBeLessThan(880);
  });

  it('delays each way through a TCP proxy, with jitter, keeping the order', async () => {
    const echo = createServer((socket) => socket.pipe(socket));
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const proxy = await startDelayProxy({
      targetPort: (echo.address() as { port: number }).port,
      delayMs: 40,
      jitterMs: 10,
    });
    try {
      const socket = connect(proxy.port, '127.0.0.1');
      await once(socket, 'connect');
      const replies: Array<{ text: string; at: number }> = [];
      socket.on('data', (d: Buffer) => replies.push({ text: d.toString(), at: Date.now() }));
      const sent = Date.now();
      for (let i = 0; i < 20; i++) {
        socket.write(`${i},`);
        await new Promise((r) => setTimeout(r, 5));
      }
      await new Promise((r) => setTimeout(r, 300));
      socket.destroy();
      expect(replies.map((r) => r.text).join('')).toBe(
        Array.from({ length: 20 }, (_, i) => `${i},`).join(''),
      );
      // The first reply went both ways: 2 × (40 ± 10) ms.
      expect(replies[0]!.at - sent).toBeGreaterThanOrEqual(60);
      expect(replies[0]!.at - sent).toBeLessThan(120);
    } finally {
      await proxy.close();
      echo.close();
    }
  });
});
