import { defineConfig } from 'vitest/config';

// Unit and integration tests. Browser journeys (test/e2e) have their own config: vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bin/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    // A fresh database's migrations and the demo seed can take over a minute on a busy machine.
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
