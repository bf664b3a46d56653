import { defineConfig } from 'vitest/config';

// Browser journeys in Debian's Chromium against the real server (test/e2e). Run with `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
