import { defineConfig } from 'vitest/config';

/** End-to-end suite: real browsers, one file at a time (2 cores; each file launches its own browser). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    environment: 'node',
  },
});
