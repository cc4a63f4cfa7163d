/**
 * The IPC channels behind the Electron adapter, one per bridge method, each with the schema its
 * payload must parse with in the main process. The preload calls these; the main process
 * registers one handler for each, checking the sender frame first (electron/main/ipc.ts).
 */
import { z } from 'zod';
import { CHANNEL_NAMES } from './channel-names.ts';
import { DesktopNotification, HomeFolderPayload, SaveFileRequest, Secret } from './schemas.ts';

export const CHANNELS = {
  appInfo: { channel: CHANNEL_NAMES.appInfo, payload: z.undefined() },
  gatewayUrl: { channel: CHANNEL_NAMES.gatewayUrl, payload: z.undefined() },
  keyStoreStatus: { channel: CHANNEL_NAMES.keyStoreStatus, payload: z.undefined() },
  sealSecret: { channel: CHANNEL_NAMES.sealSecret, payload: Secret },
  unsealSecret: { channel: CHANNEL_NAMES.unsealSecret, payload: z.instanceof(Uint8Array) },
  notify: { channel: CHANNEL_NAMES.notify, payload: DesktopNotification },
  sharedDriveStatus: { channel: CHANNEL_NAMES.sharedDriveStatus, payload: z.undefined() },
  setHomeSharedDriveFolder: { channel: CHANNEL_NAMES.setHomeSharedDriveFolder, payload: HomeFolderPayload },
  saveToSharedDrive: { channel: CHANNEL_NAMES.saveToSharedDrive, payload: SaveFileRequest },
  setQuitWarning: { channel: CHANNEL_NAMES.setQuitWarning, payload: z.string().max(500).nullable() },
} as const;

export type BridgeMethod = keyof typeof CHANNELS;
