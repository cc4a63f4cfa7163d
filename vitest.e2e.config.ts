// End-to-end: the real gateway over HTTP with a fresh SQLite file, serving the web build to Debian's
// Chromium through Playwright; and the Electron shell, where the Electron binary exists.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts', 'test/electron/**/*.e2e.ts', 'test/fault/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One file at a time. Two at once took the step from about 690 s to 430 s here (one file leaves
    // a 2-core machine about half idle), but under that load records-offline lost its offline views
    // in about half of the CI runs, for a cause not yet found: back to one until it is.
    fileParallelism: false,
  },
});
