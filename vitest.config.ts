import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript sources under the "source" condition (see each package.json),
// so tests run against the sources, not a stale build.
const conditions = ['source', ...defaultServerConditions];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            '{protocol,world-server,world-client,backend,capture,studio-tools,assets}/**/*.test.ts',
            // The test tools' own tests (signals, analysis, speech, network trouble).
            'tests/support/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/dist/**', '**/*.chromium.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['{backend,world-server}/test/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file starts its own database; two at once is all a 2-core machine should carry.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: [
            'tests/e2e/**/*.e2e.ts',
            '{tests/support,world-client/src,studio-tools}/**/*.chromium.test.ts',
          ],
          // After the others, alone: a product and two browsers are all a 2-core machine can run with care.
          sequence: { groupOrder: 1 },
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
