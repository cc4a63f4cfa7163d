/**
 * The one Hearth window's settings. Each line here is a security or durability decision, and
 * window-options.test.ts fails if any of them is taken away.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * A persistent session: the encrypted upload outbox lives in this partition's IndexedDB, so it
 * must survive a restart. An in-memory partition (no `persist:` prefix) would lose unsent uploads.
 */
export const HEARTH_PARTITION = 'persist:hearth';

export interface WindowSettings {
  /** Absolute path of the built preload (out/preload/index.cjs). */
  preloadPath: string;
  /** Developer tools only in unpackaged builds: in a home's installed copy they are no use to staff. */
  devTools: boolean;
}

export function hearthWindowOptions({
  preloadPath,
  devTools,
}: WindowSettings): BrowserWindowConstructorOptions {
  return {
    title: 'Hearth',
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    // Shown on 'ready-to-show' (showWhenReady) so staff never see a blank white window.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      partition: HEARTH_PARTITION,
      // The page and the preload run in separate JavaScript worlds, and the renderer process is
      // sandboxed: a compromised page gets no Node and no Electron internals.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // Same-origin policy and mixed-content blocking stay on.
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Dropping a file on the window must not navigate away from the app.
      navigateOnDragDrop: false,
      // A page cannot trap staff in a loop of alert() dialogs.
      safeDialogs: true,
      devTools,
    },
  };
}

/** Shows the window once its first frame is painted. */
export function showWhenReady(window: {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
}) {
  window.once('ready-to-show', () => window.show());
}
