/**
 * The preload: composes the bridge contract (shared/bridge/contract.ts) from IPC calls and exposes
 * it as `window.hearth`. No logic here and no raw `ipcRenderer` for the page: each method is one
 * invoke on its own channel, and the main process checks the sender and parses the payload
 * (electron/main/ipc.ts). Built as CommonJS, because a sandboxed preload cannot be an ES module.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, EVENT_CHANNEL_NAMES } from '../../shared/bridge/channel-names.ts';
import { BRIDGE_GLOBAL, type HearthBridge } from '../../shared/bridge/contract.ts';
import type { SystemLockReason } from '../../shared/bridge/schemas.ts';

const bridge = {
  appInfo: () => ipcRenderer.invoke(CHANNEL_NAMES.appInfo),
  gatewayUrl: () => ipcRenderer.invoke(CHANNEL_NAMES.gatewayUrl),
  keyStoreStatus: () => ipcRenderer.invoke(CHANNEL_NAMES.keyStoreStatus),
  sealSecret: (secret) => ipcRenderer.invoke(CHANNEL_NAMES.sealSecret, secret),
  unsealSecret: (sealed) => ipcRenderer.invoke(CHANNEL_NAMES.unsealSecret, sealed),
  notify: (notification) => ipcRenderer.invoke(CHANNEL_NAMES.notify, notification),
  sharedDriveStatus: () => ipcRenderer.invoke(CHANNEL_NAMES.sharedDriveStatus),
  setHomeSharedDriveFolder: (folder) => ipcRenderer.invoke(CHANNEL_NAMES.setHomeSharedDriveFolder, folder),
  saveToSharedDrive: (request) => ipcRenderer.invoke(CHANNEL_NAMES.saveToSharedDrive, request),
  setQuitWarning: (message) => ipcRenderer.invoke(CHANNEL_NAMES.setQuitWarning, message),
  // Forwards the reason only, never the IPC event (its `sender` would hand the page ipcRenderer);
  // the renderer parses the reason (renderer/host/electron-host.ts).
  onSystemLock: (listener) => {
    const forward = (_event: unknown, reason: SystemLockReason) => listener(reason);
    ipcRenderer.on(EVENT_CHANNEL_NAMES.systemLocked, forward);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL_NAMES.systemLocked, forward);
  },
} satisfies HearthBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
