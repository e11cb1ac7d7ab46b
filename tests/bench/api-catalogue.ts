// Throughput of the API's public catalogue endpoints against a bare Fastify + Prisma server running the same
// queries, measured in the same run, alternating, so the ratio holds on a noisy machine. Bar: ≥ 80 %.
//
//   npm run build && node tests/bench/api-catalogue.ts            # ROUNDS=3 SECONDS=5 CONNECTIONS=20
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SERVERS = fileURLToPath(new URL('./catalogue-servers.ts', import.meta.url));
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SECONDS = Number(process.env.SECONDS ?? 5);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 20);
const ENDPOINTS = ['/api/spaces', '/api/spaces/main-gallery', '/api/listings', '/api/shows'];

const child = spawn(process.execPath, [SERVERS], { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] });
const urls = await new Promise<{ api: string; bare: string }>((resolve, reject) => {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const line = output.split('\n').find((l) => l.startsWith('{'));
    if (line) resolve(JSON.parse(line) as { api: string; bare: string });
  });
  child.once('exit', (code) => reject(new Error(`the servers exited with ${String(code)}`)));
});

async function requestsPerSecond(url: string): Promise<number> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

for (const endpoint of ENDPOINTS) {
  const api: number[] = [];
  const bare: number[] = [];
  // Warm both up, then alternate so that drift in the machine's load hits both alike.
  await requestsPerSecond(urls.api + endpoint);
  await requestsPerSecond(urls.bare + endpoint);
  for (let round = 0; round < ROUNDS; round++) {
    api.push(await requestsPerSecond(urls.api + endpoint));
    bare.push(await requestsPerSecond(urls.bare + endpoint));
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const ratio = mean(api) / mean(bare);
  console.log(
    `${endpoint.padEnd(26)} API ${mean(api).toFixed(0).padStart(5)} req/s   bare Fastify+Prisma ${mean(bare).toFixed(0).padStart(5)} req/s   ratio ${(ratio * 100).toFixed(0)} %` +
      `   rounds: ${api.map((v, i) => `${v.toFixed(0)}/${(bare[i] ?? 0).toFixed(0)}`).join(' ')}`,
  );
}
child.kill('SIGTERM');
