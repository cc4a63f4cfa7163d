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
  chooseSharedDriveFolder: 'hearth:choose-shared-drive-folder',
  saveToSharedDrive: 'hearth:save-to-shared-drive',
  setQuitWarning: 'hearth:set-quit-warning',
} as const;
