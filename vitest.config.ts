// Unit tests and gateway integration tests (real HTTP on 127.0.0.1, real SQLite files in temp folders).
// Browser and Electron end-to-end tests have their own config: vitest.e2e.config.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      '{shared,gateway,electron,renderer,eslint-rules,scripts,bench,test/support}/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    testTimeout: 20_000,
  },
});
