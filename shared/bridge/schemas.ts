/** Zod schemas for everything that crosses the bridge, parsed from `unknown` on the receiving side. */
import { z } from 'zod';
import { SharedDriveFolderPath } from '../domain/shared-drive-folder.ts';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  build: z.string(),
  host: z.enum(['electron', 'browser']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const KeyStoreStatus = z.object({
  available: z.boolean(),
  /** e.g. 'gnome_libsecret', 'keychain', 'dpapi', 'webcrypto-indexeddb'. */
  backend: z.string(),
  /** Why it is unavailable, in words a member of staff can pass on to IT. */
  reason: z.string().optional(),
});
export type KeyStoreStatus = z.infer<typeof KeyStoreStatus>;

export const Secret = z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= 4096, {
  message: 'a secret is 1 to 4096 bytes',
});

export const DesktopNotification = z.object({
  title: z.string().min(1).max(120),
  body: z.string().max(500),
});
export type DesktopNotification = z.infer<typeof DesktopNotification>;

export const SharedDriveStatus = z.object({
  configured: z.boolean(),
  /** Shown to staff so they know where the file went. */
  folder: z.string().optional(),
  /** 'folder' writes into the configured folder; 'download' hands the file to the browser. */
  mode: z.enum(['folder', 'download']),
  /**
   * Whose folder it is: the home's (set by its managers, from the gateway) or IT's for this
   * computer (HEARTH_SHARED_DRIVE or hearth.config.json), which wins over the home's.
   */
  setBy: z.enum(['home', 'it-department']).optional(),
  /** Why the home's folder cannot be used on this computer (e.g. a Windows path on a Mac). */
  problem: z.string().max(500).optional(),
});
export type SharedDriveStatus = z.infer<typeof SharedDriveStatus>;

/**
 * Why the host asks Hearth to lock: the computer's screen locked, or it is going to sleep
 * (Electron's powerMonitor 'lock-screen' and 'suspend'). Hearth locks either way (003: what a
 * device shows is locked when staff step away).
 */
export const SystemLockReason = z.enum(['lock-screen', 'suspend']);
export type SystemLockReason = z.infer<typeof SystemLockReason>;

/** 50 MB: larger than any document Hearth handles, small enough to refuse nonsense. */
export const MAX_SAVE_BYTES = 50 * 1024 * 1024;

export const SaveFileRequest = z.object({
  /**
   * Path relative to the shared-drive folder, '/'-separated (the home's recording policy may put
   * files in sub-folders, e.g. `{child}/Care plans/{file}`).
   */
  relativePath: z.string().min(1).max(400),
  bytes: z
    .instanceof(Uint8Array)
    .refine((b) => b.byteLength <= MAX_SAVE_BYTES, { message: 'file too large' }),
  mimeType: z.string().max(100).default('application/octet-stream'),
  /** What to do when the name is taken: refuse, or save beside it as "name (2).pdf". Never overwrite. */
  ifExists: z.enum(['fail', 'keep-both']).default('fail'),
});
export type SaveFileRequest = z.input<typeof SaveFileRequest>;

export const SavedFile = z.object({
  /** Where the file was written, as staff would look for it (or the download's file name). */
  savedAs: z.string(),
});
export type SavedFile = z.infer<typeof SavedFile>;

/**
 * The home's shared-drive folder as the gateway gave it to the app (issue 6: "the home sets, once,
 * the shared-drive folder"), or null when the home has none: checked again in the main process.
 */
export const HomeFolderPayload = SharedDriveFolderPath.nullable();

export const SaveFileError = z.enum([
  'not-configured',
  'invalid-name',
  'outside-folder',
  'exists',
  'io-error',
]);
export type SaveFileError = z.infer<typeof SaveFileError>;

/** A Result<T, E> as data, for parsing what the host answered. */
export const resultOf = <T extends z.ZodType, E extends z.ZodType>(value: T, error: E) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error, message: z.string() }),
  ]);
