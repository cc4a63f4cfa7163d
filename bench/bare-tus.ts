// The baseline of sync.drain_vs_bare_tus: tus-js-client with its defaults, in the same Chromium,
// uploading the same sizes one after another to a bare @tus/server with a file store on 127.0.0.1.
// Nothing else: no sign-in, no encryption, no status checks, no SHA-256, no database, no email.
// The page is served at the server's own origin (Playwright routing), so there is no CORS either.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';
import type { Browser } from 'playwright-core';
import type { Upload } from 'tus-js-client';

const MiB = 1024 * 1024;
/** 100 × 1 MiB and 5 × 25 MiB, a big one after every twenty small ones. */
export const DRAIN_SIZES: readonly number[] = Array.from({ length: 5 }, () => [
  ...Array.from({ length: 20 }, () => 1 * MiB),
  25 * MiB,
]).flat();

const TUS_BROWSER_BUILD = fileURLToPath(
  new URL('../node_modules/tus-js-client/dist/tus.min.js', import.meta.url),
);
const PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare tus</title><script src="tus.min.js"></script></head><body></body></html>';

export interface BareTus {
  url: string;
  /** Deletes what was uploaded, so runs do not fill the disk. */
  clear(): Promise<void>;
  close(): Promise<void>;
}

export async function startBareTus(): Promise<BareTus> {
  let directory = await mkdtemp(join(tmpdir(), 'hearth-bench-tus-'));
  let tus = new Server({ path: '/files', datastore: new FileStore({ directory }) });
  const server = http.createServer((request, response) => void tus.handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the tus server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    async clear() {
      await rm(directory, { recursive: true, force: true });
      directory = await mkdtemp(join(tmpdir(), 'hearth-bench-tus-'));
      tus = new Server({ path: '/files', datastore: new FileStore({ directory }) });
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** Makes the files in the page (not timed), then times their upload, one after another. */
export async function bareTusDrain(
  browser: Browser,
  bare: BareTus,
  sizes: readonly number[] = DRAIN_SIZES,
): Promise<number> {
  const context = await browser.newContext();
  try {
    const script = readFileSync(TUS_BROWSER_BUILD, 'utf8');
    await context.route(`${bare.url}/bench/**`, (route) =>
      route.request().url().endsWith('tus.min.js')
        ? route.fulfill({ status: 200, contentType: 'text/javascript', body: script })
        : route.fulfill({ status: 200, contentType: 'text/html', body: PAGE }),
    );
    const page = await context.newPage();
    await page.goto(`${bare.url}/bench/`);
    // Loaded: stop routing, or Playwright intercepts every upload request too (see outboxDrain).
    await context.unrouteAll();
    return await page.evaluate(async (sizes) => {
      const TusUpload: typeof Upload = Reflect.get(Reflect.get(window, 'tus'), 'Upload');
      const files = sizes.map((size) => {
        const bytes = new Uint8Array(size);
        for (let at = 0; at < size; at += 65_536)
          crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65_536)));
        return new Blob([bytes], { type: 'application/pdf' });
      });
      const started = performance.now();
      for (const [index, file] of files.entries()) {
        await new Promise<void>((resolve, reject) => {
          const upload = new TusUpload(file, {
            endpoint: '/files',
            metadata: { filename: `scan-${index}.pdf`, filetype: 'application/pdf' },
            onSuccess: () => resolve(),
            onError: reject,
          });
          upload.start();
        });
      }
      return performance.now() - started;
    }, sizes);
  } finally {
    await context.close();
    await bare.clear();
  }
}
