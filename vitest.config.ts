import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests start Chromium; two cores do not gain from running them side by side.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
