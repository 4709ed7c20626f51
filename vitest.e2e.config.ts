import { defineConfig } from 'vitest/config';

/** Browser tests: headless Chromium through playwright-core against the built app (vite preview). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    // generous: a time-out on a loaded CI machine says nothing about the app, and no test measures
    // speed (benchmarks do)
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
