// Runs `prisma generate` offline. Prisma's CLI insists that its native schema engine be present before
// any command, though generate never calls it; the engine is downloaded from outside npm, so unless an
// operator points PRISMA_SCHEMA_ENGINE_BINARY at a real one we point it at a stub that explains itself.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const backendDir = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL('../prisma/no-schema-engine.sh', import.meta.url));

const result = spawnSync(
  process.execPath,
  [fileURLToPath(import.meta.resolve('prisma/build/index.js')), 'generate'],
  {
    cwd: backendDir,
    env,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
