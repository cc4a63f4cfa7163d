/**
 * The one contract between the renderer and its host. The Electron preload `satisfies` it and the
 * browser adapter implements it, so the renderer runs unchanged in Electron and in any browser
 * (after Actual Budget's `window.Actual`). Every method is a domain operation: the page never sees
 * raw IPC. Payloads and answers are described by the zod schemas in ./schemas.ts, which the main
 * process uses to parse what arrives from the page and the renderer uses to parse what its host says.
 */
import type { Result } from '../result.ts';
import type {
  AppInfo,
  DesktopNotification,
  KeyStoreStatus,
  SaveFileError,
  SaveFileRequest,
  SavedFile,
  SharedDriveStatus,
  SystemLockReason,
} from './schemas.ts';

export interface HearthBridge {
  /** Version and build of the app, and which host runs it. */
  appInfo(): Promise<AppInfo>;
  /** The gateway's base URL from the host's configuration (no trailing slash). */
  gatewayUrl(): Promise<string>;
  /**
   * Secure key storage (envelope encryption). The renderer makes its own data key and asks the host
   * to seal it; only the host can unseal it again. Electron uses the OS keychain through
   * `safeStorage` (and refuses Linux's plain-text fallback); the browser wraps it with a
   * non-extractable WebCrypto key kept in IndexedDB.
   */
  keyStoreStatus(): Promise<KeyStoreStatus>;
  sealSecret(secret: Uint8Array): Promise<Result<Uint8Array, 'unavailable' | 'invalid'>>;
  unsealSecret(sealed: Uint8Array): Promise<Result<Uint8Array, 'unavailable' | 'invalid'>>;
  /** A desktop notification (e.g. "3 uploads sent"). Never carries a child's personal data. */
  notify(notification: DesktopNotification): Promise<void>;
  /** Where downloads go: IT's folder for this computer, else the home's, if either is set. */
  sharedDriveStatus(): Promise<SharedDriveStatus>;
  /**
   * Hands the host the home's shared-drive folder from the download settings (issue 6: "the home
   * sets, once, the shared-drive folder"; only its managers change it, on the gateway). Electron's
   * main process checks it is a full path on this computer and saves into it, unless IT set a folder
   * for the computer, which wins. Answers the resulting status. A browser has no folder: it answers
   * 'download' mode whatever it is given.
   */
  setHomeSharedDriveFolder(folder: string | null): Promise<SharedDriveStatus>;
  /**
   * Saves a file into the home's shared-drive folder. Electron's main process writes it and refuses
   * any path outside that folder; an existing file is never overwritten silently. The browser
   * host offers it as an ordinary download.
   */
  saveToSharedDrive(request: SaveFileRequest): Promise<Result<SavedFile, SaveFileError>>;
  /**
   * The warning to give before Hearth closes (issue 4: "a warning on quit while items wait"), or
   * null for none. Electron asks "Keep Hearth open" or "Quit anyway" with these words; a browser
   * can only show its own generic "Leave site?" question, without them.
   */
  setQuitWarning(message: string | null): Promise<void>;
  /**
   * Calls `listener` whenever the computer locks its screen or goes to sleep, so Hearth locks too
   * (issue 7 "Sessions"). Answers a function that stops listening. Electron sends powerMonitor's
   * 'lock-screen' and 'suspend'; a browser has no such signal, so there only the idle timer locks.
   */
  onSystemLock(listener: (reason: SystemLockReason) => void): () => void;
}

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'hearth' as const;
