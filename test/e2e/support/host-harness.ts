/**
 * Lets a test call the renderer's real host adapter inside the real page. The production build
 * exposes nothing for tests, so this bundles renderer/host/index.ts on its own (with the same
 * build-time values as the app) and serves it at a path of the gateway's origin through
 * Playwright's routing: the code runs at the app's origin, with the app's CSP and IndexedDB.
 */
import { fileURLToPath } from 'node:url';
import type { JSHandle, Page } from 'playwright-core';
import { build } from 'vite';
import type { HearthBridge } from '../../../shared/bridge/contract.ts';
import { rendererConfig } from '../../../vite.web.config.ts';

export const HARNESS_PATH = '/__e2e__/host.js';

let bundled: Promise<string> | undefined;

async function bundleHost(): Promise<string> {
  const result = await build({
    configFile: false,
    root: rendererConfig.root,
    define: rendererConfig.define,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL('../../../renderer/host/index.ts', import.meta.url)),
        formats: ['es'],
        fileName: 'host',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const entry = output.output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
    if (entry && entry.type === 'chunk') return entry.code;
  }
  throw new Error('Vite produced no entry chunk for renderer/host/index.ts');
}

/** Serves the bundled host adapter to `page` (call before navigating). */
export async function serveHostHarness(page: Page): Promise<void> {
  bundled ??= bundleHost();
  const code = await bundled;
  await page.route(`**${HARNESS_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: code }),
  );
}

/** The host adapter as the app would pick it in this page (the browser host: there is no `window.hearth`). */
export function hostIn(page: Page): Promise<JSHandle<HearthBridge>> {
  // A string, not a function: Vitest rewrites `import()` inside test code, and the page has no Vite.
  return page.evaluateHandle<HearthBridge>(`import(${JSON.stringify(HARNESS_PATH)}).then((m) => m.host)`);
}
