// A script that starts an embedded Postgres in the folder it is given, and then either stops it and ends
// on its own (`stop`) or calls process.exit with it still running (`exit`). The embedded database's spec
// runs it as a child process and checks how it ends.
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.ts';

const [dataDir, how] = process.argv.slice(2);
if (!dataDir || (how !== 'stop' && how !== 'exit')) throw new Error('usage: embedded-run.ts DIR stop|exit');
const database = await startEmbeddedPostgres(dataDir);
// The URL it gives must let us in (its password is the data folder's own).
const client = new pg.Client({ connectionString: database.url });
await client.connect();
await client.query('SELECT 1');
await client.end();
if (how === 'stop') await database.stop();
else process.exit(0);
