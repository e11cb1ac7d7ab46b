// The root config's projects do not pick up tests/support/**: run these with
// `npx vitest run --config tests/support/sound/vitest.config.ts` (from the repository's root).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'sound-tools',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
