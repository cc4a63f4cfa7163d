/**
 * The main process entry: composition only. Every decision lives in a small module beside this one
 * with its own unit test; this file hands them the real Electron objects and wires them together.
 * The renderer is served from app://hearth/ (app-protocol.ts); there is no dev-server mode, because
 * trusting an http://localhost origin here would weaken every check (work on the UI in a browser).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import { appInfo } from './app-info.ts';
import { APP_SCHEME, APP_SCHEMES, APP_START_URL, createAppProtocolHandler } from './app-protocol.ts';
import { loadHostConfig, type HostConfig } from './config.ts';
import { openExternalUrl } from './external-links.ts';
import { registerBridgeHandlers } from './ipc.ts';
import { createKeyStore } from './key-store.ts';
import { guardNavigation } from './navigation.ts';
import { showDesktopNotification } from './notifications.ts';
import { denyAllPermissions } from './permissions.ts';
import { createQuitWarning } from './quit-warning.ts';
import { createSharedDriveFolders } from './shared-drive-folder.ts';
import { claimSingleInstance } from './single-instance.ts';
import { watchSystemLock } from './system-lock.ts';
import { hearthWindowOptions, HEARTH_PARTITION, showWhenReady } from './window-options.ts';

const here = import.meta.dirname;
const BUILD = typeof __HEARTH_BUILD__ === 'string' ? __HEARTH_BUILD__ : 'dev';

// A separate data folder per run (each end-to-end test gets its own); must be set before 'ready'.
if (process.env.HEARTH_USER_DATA) app.setPath('userData', path.resolve(process.env.HEARTH_USER_DATA));
// Before 'ready': the scheme's privileges, and the sandbox for every renderer, not just ours.
protocol.registerSchemesAsPrivileged(APP_SCHEMES);
app.enableSandbox();

let mainWindow: BrowserWindow | undefined;
/** The web contents of windows this app created: the only senders the bridge answers. */
const hearthContents = new Set<number>();
/** The renderer's words for "documents are waiting" (null when none): asked before the window closes. */
const quitWarning = createQuitWarning<BrowserWindow>((window, options) =>
  dialog.showMessageBox(window, options),
);

if (claimSingleInstance(app, () => mainWindow)) {
  const loaded = loadHostConfig(app.getPath('userData'), process.env);
  if (loaded.ok) start(loaded.value);
  else
    void app.whenReady().then(() => {
      dialog.showErrorBox('Hearth cannot start', loaded.message);
      app.quit();
    });
}

function start(config: HostConfig): void {
  const openExternal = (url: string) =>
    void openExternalUrl(url, config.externalLinkAllowList, (allowed) => shell.openExternal(allowed));
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, openExternal));
  // Hearth keeps children's records on screen: closing the window ends the session everywhere.
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    const hearthSession = session.fromPartition(HEARTH_PARTITION);
    for (const each of [hearthSession, session.defaultSession]) denyAllPermissions(each);
    // Registered on the window's own (persistent) session: protocol handlers are per session.
    hearthSession.protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler({
        rootDir: path.join(here, '../renderer'),
        readFile,
        gatewayUrl: config.gatewayUrl,
      }),
    );

    const keyStore = createKeyStore(safeStorage, process.platform);
    // The home's folder arrives from the gateway through the page; IT's for this computer wins.
    const folders = createSharedDriveFolders(config.sharedDriveFolder);
    registerBridgeHandlers(
      ipcMain,
      {
        appInfo: () => appInfo({ app, build: BUILD, platform: process.platform, arch: process.arch }),
        gatewayUrl: () => config.gatewayUrl,
        keyStoreStatus: () => keyStore.status(),
        sealSecret: (secret) => keyStore.seal(secret),
        unsealSecret: (sealed) => keyStore.unseal(sealed),
        notify: (notification) => void showDesktopNotification(Notification, notification),
        sharedDriveStatus: () => folders.status(),
        setHomeSharedDriveFolder: (folder) => folders.setHomeFolder(folder),
        saveToSharedDrive: (order) => folders.save(order),
        setQuitWarning: (message) => quitWarning.set(message),
      },
      { isHearthContents: (sender) => hearthContents.has(sender.id) },
    );

    // When the computer locks or sleeps, Hearth locks too (issue 7 "Sessions"); only our own windows hear it.
    watchSystemLock(powerMonitor, () =>
      BrowserWindow.getAllWindows()
        .map((window) => window.webContents)
        .filter((contents) => hearthContents.has(contents.id)),
    );

    mainWindow = createWindow();
  });
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(
    hearthWindowOptions({ preloadPath: path.join(here, '../preload/index.cjs'), devTools: !app.isPackaged }),
  );
  const contentsId = window.webContents.id;
  hearthContents.add(contentsId);
  window.on('closed', () => {
    hearthContents.delete(contentsId);
    mainWindow = undefined;
  });
  quitWarning.guard(window);
  showWhenReady(window);
  void window.loadURL(APP_START_URL);
  return window;
}
