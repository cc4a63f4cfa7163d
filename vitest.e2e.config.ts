// End-to-end: the real gateway over HTTP with a fresh SQLite file, serving the web build to Debian's
// Chromium through Playwright; and the Electron shell, where the Electron binary exists.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts', 'test/electron/**/*.e2e.ts', 'test/fault/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two files at a time: measured alone, one file kept these 2-core machines about half idle
    // (waiting on pages, service workers, the gateway and backoffs), so two fill the gaps.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
