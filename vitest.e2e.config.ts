// End-to-end: the real gateway over HTTP with a fresh SQLite file, serving the web build to Debian's
// Chromium through Playwright; and the Electron shell, where the Electron binary exists.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts', 'test/electron/**/*.e2e.ts', 'test/fault/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two files at a time: one leaves a 2-core machine about half idle (the step took about 690 s
    // one at a time, 430 to 480 s two at a time here). Under that load records-offline and
    // downloads-offline once failed in about a third of the runs: the sign-in screen emptied what
    // the test typed when the connection came back (fixed in SignInScreen.tsx, offline.e2e.ts).
    fileParallelism: true,
    maxWorkers: 2,
  },
});
