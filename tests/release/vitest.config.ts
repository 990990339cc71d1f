import { defineConfig } from 'vitest/config';

/**
 * Release checks (`npm run test:release`, a step of `npm test` after the build): what the stores
 * receive. They read dist/, which the global setup builds when stale, and one rebuilds the Firefox
 * package from the source zip, so they run one file at a time with long timeouts.
 */
export default defineConfig({
  test: {
    include: ['tests/release/**/*.test.ts'],
    globalSetup: ['tests/release/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    environment: 'node',
  },
});
