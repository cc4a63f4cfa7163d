/**
 * The IPC channel name of each bridge method, without the payload schemas, so the sandboxed
 * preload (which only forwards calls) does not carry zod. The main process pairs each name with
 * its schema in ./channels.ts.
 */
export const CHANNEL_NAMES = {
  appInfo: 'hearth:app-info',
  gatewayUrl: 'hearth:gateway-url',
  keyStoreStatus: 'hearth:key-store-status',
  sealSecret: 'hearth:seal-secret',
  unsealSecret: 'hearth:unseal-secret',
  notify: 'hearth:notify',
  sharedDriveStatus: 'hearth:shared-drive-status',
  setHomeSharedDriveFolder: 'hearth:set-home-shared-drive-folder',
  saveToSharedDrive: 'hearth:save-to-shared-drive',
  setQuitWarning: 'hearth:set-quit-warning',
} as const;

/**
 * Events the main process sends to the page (not invoked by it, so not in ./channels.ts): the
 * computer locked its screen or is going to sleep (issue 7 "Sessions"), so Hearth locks too.
 */
export const EVENT_CHANNEL_NAMES = {
  systemLocked: 'hearth:system-locked',
} as const;
