/**
 * The live Electron shell (issue 2, item 3): each security setting checked in the running app, where
 * the unit tests in electron/main/ check them on injected fakes. Needs the Electron binary, which
 * cannot be downloaded on every machine: without it these tests skip and say why in the output.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../scripts/electron-binary.ts';
import { CHANNELS } from '../../shared/bridge/channels.ts';

const root = path.resolve(import.meta.dirname, '../..');
const found = findElectronBinary(root);
if (!found.ok) console.warn(`\n[electron e2e] SKIPPED: ${found.reason}.\n`);

const GATEWAY = 'http://127.0.0.1:8799';

/** What the main process records about navigation attempts (installed by recordNavigations). */
interface NavigationAttempt {
  url: string;
  prevented: boolean;
}

describe.skipIf(!found.ok)('the Electron shell', () => {
  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  beforeAll(async () => {
    if (!found.ok) return;
    // Build main, preload and renderer exactly as `npm start` does.
    const { build } = await import('electron-vite');
    await build({ root, configFile: path.join(root, 'electron.vite.config.ts'), logLevel: 'warn' });
    userData = await fs.mkdtemp(path.join(os.tmpdir(), 'hearth-electron-'));
    app = await _electron.launch({
      executablePath: found.path,
      // Chromium refuses to run its sandbox as root (CI containers); the renderer sandbox setting is unchanged.
      args: [path.join(root, 'out/main/index.js'), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      env: { ...process.env, HEARTH_USER_DATA: userData, HEARTH_GATEWAY_URL: GATEWAY },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    if (userData) await fs.rm(userData, { recursive: true, force: true });
  });

  it('loads the app from app://hearth/', () => {
    expect(page.url()).toBe('app://hearth/index.html');
  });

  it('runs the page with context isolation, the sandbox and no Node, on the persistent session', async () => {
    const settings = await app.evaluate(({ BrowserWindow, session }) => {
      const window = BrowserWindow.getAllWindows()[0];
      if (!window) throw new Error('no window');
      // getLastWebPreferences() is on every WebContents but missing from Electron's type definitions.
      const contents = window.webContents as typeof window.webContents & {
        getLastWebPreferences(): Record<string, unknown>;
      };
      return {
        prefs: contents.getLastWebPreferences(),
        persistent: contents.session.isPersistent(),
        isHearthPartition: contents.session === session.fromPartition('persist:hearth'),
      };
    });
    expect(settings.prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(settings.persistent).toBe(true);
    expect(settings.isHearthPartition).toBe(true);
  });

  it('gives the page no require, no process and no ipcRenderer', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      module: typeof (globalThis as Record<string, unknown>).module,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
  });

  it('exposes exactly the bridge contract’s methods on window.hearth', async () => {
    const exposed = await page.evaluate(() => {
      const bridge = (window as unknown as { hearth: Record<string, unknown> }).hearth;
      return Object.entries(bridge).map(([name, value]) => [name, typeof value]);
    });
    expect(exposed.map(([name]) => name).sort()).toEqual(Object.keys(CHANNELS).sort());
    expect(new Set(exposed.map(([, type]) => type))).toEqual(new Set(['function']));
  });

  it('answers a bridge call from the page over IPC', async () => {
    const url = await page.evaluate(() =>
      (window as unknown as { hearth: { gatewayUrl(): Promise<string> } }).hearth.gatewayUrl(),
    );
    expect(url).toBe(GATEWAY);
  });

  it('sends the strict CSP, and it is enforced (no eval)', async () => {
    const csp = await page.evaluate(async () =>
      (await fetch(location.href)).headers.get('content-security-policy'),
    );
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain(`connect-src 'self' ${GATEWAY};`);
    expect(csp).not.toContain('unsafe-eval');
    const evalResult = await page.evaluate(() => {
      try {
        return String(eval('1 + 1'));
      } catch (error) {
        return error instanceof Error ? error.name : 'blocked';
      }
    });
    expect(evalResult).toBe('EvalError');
  });

  it('refuses to navigate the window to another origin', async () => {
    await app.evaluate(({ BrowserWindow }) => {
      const attempts: { url: string; prevented: boolean }[] = [];
      (globalThis as Record<string, unknown>).hearthNavigationAttempts = attempts;
      // Added after Hearth's own guard, so it sees whether the guard prevented the navigation.
      BrowserWindow.getAllWindows()[0]?.webContents.on('will-navigate', (event) => {
        attempts.push({ url: event.url, prevented: event.defaultPrevented });
      });
    });
    await page.evaluate(() => {
      location.href = 'https://example.org/';
    });
    await expect
      .poll(() =>
        app.evaluate(
          () => (globalThis as Record<string, unknown>).hearthNavigationAttempts as NavigationAttempt[],
        ),
      )
      .toEqual([{ url: 'https://example.org/', prevented: true }]);
    expect(page.url()).toBe('app://hearth/index.html');
  });

  it('refuses window.open', async () => {
    const opened = await page.evaluate(() => window.open('https://example.org/') === null);
    expect(opened).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  it('denies permission requests and checks', async () => {
    const answers = await page.evaluate(async () => ({
      notifications: await Notification.requestPermission(),
      geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
    }));
    // Electron grants every permission unless the app says otherwise: 'denied' is Hearth's handler.
    expect(answers).toEqual({ notifications: 'denied', geolocation: 'denied' });
  });
});
