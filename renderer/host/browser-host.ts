/**
 * The bridge for any browser (after Actual Budget's browser-preload): the same contract as the
 * Electron preload, built from what a browser offers. Used when the gateway serves the web build.
 */
import type { HearthBridge } from '../../shared/bridge/contract.ts';
import { DesktopNotification, type AppInfo } from '../../shared/bridge/schemas.ts';
import { BUILD_INFO } from '../app/build-info.ts';
import { saveAsDownload } from './browser-download.ts';
import { keyStoreStatus, sealSecret, unsealSecret } from './browser-key-store.ts';

/**
 * The gateway serves the web build, so by default it is the page's own origin. A build meant for
 * another static server names the gateway at build time with VITE_HEARTH_GATEWAY_URL.
 */
function gatewayUrl(): string {
  const configured = import.meta.env.VITE_HEARTH_GATEWAY_URL?.trim();
  return (configured || window.location.origin).replace(/\/+$/, '');
}

function appInfo(): AppInfo {
  return {
    name: 'Hearth',
    version: BUILD_INFO.version,
    build: BUILD_INFO.build,
    host: 'browser',
    platform: navigator.platform || 'unknown',
  };
}

/**
 * Shows a notification only if staff already allowed it. Hearth never asks at start-up: a prompt
 * before anyone has a reason to say yes gets "Block", and browsers then never ask again.
 */
async function notify(notification: DesktopNotification): Promise<void> {
  const parsed = DesktopNotification.safeParse(notification);
  if (!parsed.success || typeof Notification === 'undefined') return;
  if (Notification.permission !== 'granted') return;
  new Notification(parsed.data.title, { body: parsed.data.body });
}

/**
 * The warning on quit while documents wait. A browser shows only its own generic "Leave site?"
 * question, never Hearth's words; the documents are safe either way (they stay in the outbox).
 */
let quitWarning: string | null = null;

function askBeforeUnload(event: BeforeUnloadEvent): void {
  if (quitWarning !== null) event.preventDefault();
}

async function setQuitWarning(message: string | null): Promise<void> {
  const asking = quitWarning !== null;
  quitWarning = message;
  // Listening only while something waits: a page with a beforeunload listener is kept out of the
  // back/forward cache, and staff are not asked when nothing is at stake.
  if (message !== null && !asking) window.addEventListener('beforeunload', askBeforeUnload);
  if (message === null && asking) window.removeEventListener('beforeunload', askBeforeUnload);
}

export const browserHost: HearthBridge = {
  appInfo: async () => appInfo(),
  gatewayUrl: async () => gatewayUrl(),
  keyStoreStatus,
  sealSecret,
  unsealSecret,
  notify,
  // A browser has no shared-drive folder: files become downloads and staff file them.
  sharedDriveStatus: async () => ({ configured: false, mode: 'download' }),
  // The home's folder cannot be written to from a page: the browser offers each file as a
  // download under the same name, for staff to file in that folder.
  setHomeSharedDriveFolder: async () => ({ configured: false, mode: 'download' }),
  saveToSharedDrive: saveAsDownload,
  setQuitWarning,
  // A page cannot tell when the computer locks or sleeps: a hidden tab (Page Visibility) is not a
  // locked screen, and the Idle Detection API asks for a permission Hearth never prompts for. So in
  // a browser only Hearth's own idle timer locks (renderer/session/idle-timer.ts), and it says so here.
  onSystemLock: () => () => undefined,
};
