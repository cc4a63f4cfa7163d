// electron-vite: the main process, the preload and the renderer, each into out/. The renderer's
// settings are the web build's (vite.web.config.ts), so Electron and the browser run the same app.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.web.config.ts';

const root = import.meta.dirname;

/** The same build id as the web build: CI's when set, else the commit, else "dev". */
function buildId(): string {
  if (process.env.HEARTH_BUILD_ID) return process.env.HEARTH_BUILD_ID;
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    return 'dev';
  }
}

export default defineConfig({
  main: {
    define: { __HEARTH_BUILD__: JSON.stringify(buildId()) },
    build: {
      outDir: resolve(root, 'out/main'),
      // Bundle zod and the shared/ modules in, so the packaged app needs no node_modules at run time.
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can require only 'electron': everything else must be inside the bundle.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // CommonJS: sandboxed preloads cannot be ES modules (package.json says "type": "module",
        // hence the .cjs name).
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      rolldownOptions: {
        ...rendererConfig.build?.rolldownOptions,
        input: resolve(rendererConfig.root ?? resolve(root, 'renderer'), 'index.html'),
      },
    },
  },
});
