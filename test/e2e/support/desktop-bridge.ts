/**
 * A stand-in for Electron's preload bridge (electron/preload/index.ts) in real Chromium, where the
 * Electron binary cannot run: the object the preload puts on `window.hearth`, speaking the bridge
 * contract (shared/bridge/contract.ts), so the app picks its REAL Electron adapter
 * (renderer/host/electron-host.ts) and parses every answer as it would from the shell. The main
 * process's half (powerMonitor to IPC: electron/main/system-lock.ts, the preload's forwarding) is
 * unit-tested with the Electron objects injected; this lets a test fire the computer's lock event
 * where the preload would deliver it, and watch the whole app respond. The key store "seals" by
 * copying: the real one is the OS keychain, which this test does not exercise.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { SystemLockReason } from '../../../shared/bridge/schemas.ts';

const FIRE = '__hearthE2eSystemLock';

/** Installs the stand-in before any app code runs in `context`'s pages. */
export async function installDesktopBridge(context: BrowserContext): Promise<void> {
  await context.addInitScript((fire: string) => {
    const listeners = new Set<(reason: string) => void>();
    const copy = (bytes: Uint8Array) => ({ ok: true, value: new Uint8Array(bytes) });
    const bridge = {
      appInfo: async () => ({
        name: 'Hearth',
        version: '0.0.0-e2e',
        build: 'e2e',
        host: 'electron',
        platform: 'linux',
      }),
      gatewayUrl: async () => window.location.origin,
      keyStoreStatus: async () => ({ available: true, backend: 'e2e-stand-in' }),
      sealSecret: async (secret: Uint8Array) => copy(secret),
      unsealSecret: async (sealed: Uint8Array) => copy(sealed),
      notify: async () => undefined,
      sharedDriveStatus: async () => ({ configured: false, mode: 'folder' }),
      chooseSharedDriveFolder: async () => ({ ok: false, error: 'unavailable', message: 'not in e2e' }),
      saveToSharedDrive: async () => ({ ok: false, error: 'not-configured', message: 'not in e2e' }),
      setQuitWarning: async () => undefined,
      // As the preload's: the page gets only the reason, and a function to stop listening.
      onSystemLock: (listener: (reason: string) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    Object.defineProperty(window, 'hearth', { value: Object.freeze(bridge) });
    Reflect.set(window, fire, (reason: string) => {
      for (const listener of listeners) listener(reason);
    });
  }, FIRE);
}

/** What the main process sends when powerMonitor says the screen locked or the computer sleeps. */
export async function fireSystemLock(page: Page, reason: SystemLockReason): Promise<void> {
  await page.evaluate(
    ([fire, why]) => {
      const send: unknown = Reflect.get(window, fire);
      if (typeof send !== 'function') throw new Error('the desktop bridge stand-in is not installed');
      Reflect.apply(send, undefined, [why]);
    },
    [FIRE, reason] as const,
  );
}
