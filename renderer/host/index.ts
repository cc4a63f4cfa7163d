/**
 * Picks the host adapter once: Electron's when its preload put the bridge on `window`, the
 * browser's otherwise. Screens import `host` from here and never look at which one they got.
 */
// The host adapter parses with zod, and is also bundled alone for the e2e harness.
import '../zod-without-eval.ts';
import type { HearthBridge } from '../../shared/bridge/contract.ts';
import { browserHost } from './browser-host.ts';
import { electronHost, rawElectronBridge } from './electron-host.ts';

export function pickHost(): HearthBridge {
  const raw = rawElectronBridge();
  return raw === undefined ? browserHost : electronHost(raw);
}

export const host: HearthBridge = pickHost();
