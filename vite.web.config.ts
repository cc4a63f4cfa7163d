// The renderer's Vite settings, written once. `rendererConfig` is shared: electron.vite.config.ts
// builds it into out/renderer for Electron, and the default export below builds the same app into
// out/web for the gateway (or any static server) to serve to a browser.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** A build id staff can read out to IT: CI's id when set, else the commit, else the build time. */
function buildId(): string {
  if (process.env.HEARTH_BUILD_ID) return process.env.HEARTH_BUILD_ID;
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    return `local-${new Date().toISOString().slice(0, 19).replaceAll(':', '')}`;
  }
}

export const rendererConfig: UserConfig = {
  root: here('./renderer'),
  // Relative asset URLs, so one build works from the gateway at `/` and from Electron's `app://hearth/`.
  base: './',
  // .env files (e.g. VITE_HEARTH_GATEWAY_URL) live at the project root, not in renderer/.
  envDir: here('.'),
  plugins: [react()],
  define: {
    __HEARTH_VERSION__: JSON.stringify(pkg.version),
    __HEARTH_BUILD__: JSON.stringify(buildId()),
  },
  build: {
    // Never inline assets as data: URIs: the CSP allows fonts only from 'self', and files are
    // easier to audit than strings inside the bundle.
    assetsInlineLimit: 0,
    // Electron 45's Chromium and every browser a council supports run ES2023.
    target: 'es2023',
    rolldownOptions: {
      // Modules run in import order, as ES modules promise. Without this Rolldown may run a module
      // that parses with zod (in a shared chunk) before renderer/zod-without-eval.ts has switched
      // zod's eval probe off, and the strict CSP (no 'unsafe-eval') reports a violation.
      output: { strictExecutionOrder: true },
    },
  },
};

export default defineConfig({
  ...rendererConfig,
  build: { ...rendererConfig.build, outDir: here('./out/web'), emptyOutDir: true },
});
