import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are heavy (≈300–700 MB each); two workers fit the 2-core machine.
    maxWorkers: 2,
    pool: 'forks',
  },
});
