// The browser host adapter in real Chromium with real IndexedDB and WebCrypto, at the gateway's
// origin. Guidance 003: what Hearth keeps on a device is encrypted and protected against
// unauthorised access, so the key that seals the device's data key must never be readable by a
// script. Downloads (001) go to the home's shared drive; in a browser that is an ordinary download.
import { readFile } from 'node:fs/promises';
import type { Browser, JSHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { HearthBridge } from '../../shared/bridge/contract.ts';
import { launchChromium, openPage } from './support/chromium.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { hostIn, serveHostHarness } from './support/host-harness.ts';

let gateway: TestGateway;
let browser: Browser;

beforeAll(async () => {
  gateway = await startTestGateway();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
});

/** A fresh context (so a fresh IndexedDB) on the app, with the host adapter reachable. */
async function openHost(): Promise<{ page: Page; host: JSHandle<HearthBridge>; close(): Promise<void> }> {
  const { context, page } = await openPage(browser, 'about:blank');
  await serveHostHarness(page);
  await page.goto(`${gateway.url}/`);
  return { page, host: await hostIn(page), close: () => context.close() };
}

type Sealed = { ok: true; bytes: number[] } | { ok: false; error: string; message: string };

/** Calls sealSecret/unsealSecret in the page; bytes cross as plain arrays of numbers. */
function callSeal(host: JSHandle<HearthBridge>, method: 'sealSecret' | 'unsealSecret', bytes: number[]) {
  return host.evaluate(
    async (h, { method, bytes }): Promise<Sealed> => {
      const result = await h[method](new Uint8Array(bytes));
      return result.ok ? { ok: true, bytes: Array.from(result.value) } : result;
    },
    { method, bytes },
  );
}

const SECRET = Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256);

function sealedBytes(result: Sealed): number[] {
  if (!result.ok) throw new Error(`expected success, got ${result.error}: ${result.message}`);
  return result.bytes;
}

const containsRun = (haystack: number[], needle: number[]) =>
  haystack.some((_, i) => needle.every((b, j) => haystack[i + j] === b));

describe('browser host: key store (WebCrypto key in IndexedDB)', () => {
  test('describes itself as the browser host, with the page origin as gateway and downloads for files', async () => {
    const { host, close } = await openHost();
    const info = await host.evaluate(async (h) => ({
      app: await h.appInfo(),
      gateway: await h.gatewayUrl(),
      keyStore: await h.keyStoreStatus(),
      drive: await h.sharedDriveStatus(),
    }));
    expect(info.app).toMatchObject({ name: 'Hearth', host: 'browser' });
    expect(info.gateway).toBe(gateway.url);
    expect(info.keyStore).toEqual({ available: true, backend: 'webcrypto-indexeddb' });
    expect(info.drive).toEqual({ configured: false, mode: 'download' });
    await close();
  });

  test('seal then unseal gives the secret back; the sealed bytes do not contain it', async () => {
    const { host, close } = await openHost();
    const sealed = sealedBytes(await callSeal(host, 'sealSecret', SECRET));
    expect(sealed).not.toEqual(SECRET);
    expect(containsRun(sealed, SECRET.slice(0, 8))).toBe(false);
    // A fresh random IV each time: sealing the same secret twice never gives the same bytes.
    expect(sealedBytes(await callSeal(host, 'sealSecret', SECRET))).not.toEqual(sealed);
    expect(await callSeal(host, 'unsealSecret', sealed)).toEqual({ ok: true, bytes: SECRET });
    await close();
  });

  test('the key kept in IndexedDB is a non-extractable AES-GCM CryptoKey', async () => {
    const { page, host, close } = await openHost();
    sealedBytes(await callSeal(host, 'sealSecret', SECRET));
    const stored = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('hearth-key-store');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const key: unknown = await new Promise((resolve, reject) => {
        const get = db.transaction('keys').objectStore('keys').get('wrapping-key-v1');
        get.onsuccess = () => resolve(get.result);
        get.onerror = () => reject(get.error);
      });
      db.close();
      if (!(key instanceof CryptoKey)) return { isCryptoKey: false };
      const exported = await crypto.subtle.exportKey('raw', key).then(
        () => 'exported',
        (error: unknown) => (error instanceof DOMException ? error.name : String(error)),
      );
      return {
        isCryptoKey: true,
        extractable: key.extractable,
        algorithm: key.algorithm.name,
        usages: [...key.usages].sort(),
        exported,
      };
    });
    expect(stored).toEqual({
      isCryptoKey: true,
      extractable: false,
      algorithm: 'AES-GCM',
      usages: ['decrypt', 'encrypt'],
      exported: 'InvalidAccessError',
    });
    await close();
  });

  test('a secret sealed before a page reload still unseals after it', async () => {
    const { page, host, close } = await openHost();
    const sealed = sealedBytes(await callSeal(host, 'sealSecret', SECRET));
    await page.reload();
    const reloaded = await hostIn(page);
    expect(await callSeal(reloaded, 'unsealSecret', sealed)).toEqual({ ok: true, bytes: SECRET });
    await close();
  });

  test("a tampered, truncated or other browser's sealed blob is refused as 'invalid'", async () => {
    const { host, close } = await openHost();
    const sealed = sealedBytes(await callSeal(host, 'sealSecret', SECRET));
    const flip = (at: number) => sealed.map((b, i) => (i === at ? b ^ 0x01 : b));
    const refusals = [
      await callSeal(host, 'unsealSecret', flip(sealed.length - 20)), // ciphertext
      await callSeal(host, 'unsealSecret', flip(3)), // IV
      await callSeal(host, 'unsealSecret', flip(sealed.length - 1)), // authentication tag
      await callSeal(host, 'unsealSecret', sealed.slice(0, 20)),
    ];
    for (const refusal of refusals) expect(refusal).toMatchObject({ ok: false, error: 'invalid' });
    // Another browser profile has another key: its sealed blob does not open here.
    const other = await openHost();
    expect(await callSeal(other.host, 'unsealSecret', sealed)).toMatchObject({ ok: false, error: 'invalid' });
    await other.close();
    await close();
  });
});

describe('browser host: saving to the shared drive', () => {
  test('saveToSharedDrive starts a real download with the file name and the exact bytes', async () => {
    const { page, host, close } = await openHost();
    const bytes = Array.from({ length: 3000 }, (_, i) => (i * 7) % 256);
    const relativePath =
      'Alex Example/Care plans/Alex Example - Child Looked After Care Plan - 31-10-2026.pdf';
    const [download, result] = await Promise.all([
      page.waitForEvent('download'),
      host.evaluate(
        (h, { relativePath, bytes }) =>
          h.saveToSharedDrive({ relativePath, bytes: new Uint8Array(bytes), mimeType: 'application/pdf' }),
        { relativePath, bytes },
      ),
    ]);
    const name = 'Alex Example - Child Looked After Care Plan - 31-10-2026.pdf';
    expect(result).toEqual({ ok: true, value: { savedAs: name } });
    expect(download.suggestedFilename()).toBe(name);
    const saved = await readFile(await download.path());
    expect(Array.from(saved)).toEqual(bytes);
    await close();
  });

  test('a path that ends in no usable file name is refused and nothing downloads', async () => {
    const { page, host, close } = await openHost();
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    const result = await host.evaluate((h) =>
      h.saveToSharedDrive({ relativePath: 'Care plans/..', bytes: new Uint8Array([1, 2, 3]) }),
    );
    expect(result).toMatchObject({ ok: false, error: 'invalid-name' });
    expect(downloads).toBe(0);
    await close();
  });
});
