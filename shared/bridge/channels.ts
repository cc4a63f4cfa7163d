/**
 * The IPC channels behind the Electron adapter, one per bridge method, each with the schema its
 * payload must parse with in the main process. The preload calls these; the main process
 * registers one handler for each, checking the sender frame first (electron/main/ipc.ts).
 */
import { z } from 'zod';
import { DesktopNotification, SaveFileRequest, Secret } from './schemas.ts';

export const CHANNELS = {
  appInfo: { channel: 'hearth:app-info', payload: z.undefined() },
  gatewayUrl: { channel: 'hearth:gateway-url', payload: z.undefined() },
  keyStoreStatus: { channel: 'hearth:key-store-status', payload: z.undefined() },
  sealSecret: { channel: 'hearth:seal-secret', payload: Secret },
  unsealSecret: { channel: 'hearth:unseal-secret', payload: z.instanceof(Uint8Array) },
  notify: { channel: 'hearth:notify', payload: DesktopNotification },
  sharedDriveStatus: { channel: 'hearth:shared-drive-status', payload: z.undefined() },
  saveToSharedDrive: { channel: 'hearth:save-to-shared-drive', payload: SaveFileRequest },
} as const;

export type BridgeMethod = keyof typeof CHANNELS;
