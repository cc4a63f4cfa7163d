/**
 * Secure key storage for the renderer's data key (envelope encryption): Electron's safeStorage
 * seals it with a key the operating system keeps (Keychain, DPAPI, or a Linux keyring). On Linux,
 * when no keyring is running, Chromium falls back to a hard-coded password ('basic_text') and
 * still reports encryption as available: that would protect children's records with a key anyone
 * can read, so Hearth refuses it and says why in words staff can pass to IT.
 */
import type { KeyStoreStatus } from '../../shared/bridge/schemas.ts';
import { fail, ok, type Result } from '../../shared/result.ts';

/** The parts of Electron's safeStorage this module uses (the asynchronous API), injected. */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Uint8Array>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string }>;
  /** Linux only. */
  getSelectedStorageBackend(): string;
}

export type KeyStoreError = 'unavailable' | 'invalid';

const REFUSED_LINUX_BACKENDS: Record<string, string> = {
  basic_text:
    'This computer has no keyring for Hearth to keep its key in, so it would be stored with a ' +
    "password anyone can read (Electron's 'basic_text' store). Ask IT to set up GNOME Keyring or " +
    'KWallet for this user account, then restart Hearth.',
  unknown:
    'Hearth could not tell which keyring this computer uses (the store is reported as ' +
    "'unknown'). Ask IT to check that GNOME Keyring or KWallet is running for this user account, " +
    'then restart Hearth.',
};

const NOT_AVAILABLE =
  "The operating system's secure storage is not available to Hearth (safeStorage reports no " +
  'encryption). Ask IT to check that this user account can use the system keychain or keyring.';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function createKeyStore(safeStorage: SafeStorageLike, platform: NodeJS.Platform) {
  function backendName(): string {
    if (platform === 'linux') return safeStorage.getSelectedStorageBackend();
    if (platform === 'darwin') return 'keychain';
    if (platform === 'win32') return 'dpapi';
    return 'unknown';
  }

  async function status(): Promise<KeyStoreStatus> {
    const backend = backendName();
    const refused = platform === 'linux' ? REFUSED_LINUX_BACKENDS[backend] : undefined;
    if (refused) return { available: false, backend, reason: refused };
    if (!(await safeStorage.isAsyncEncryptionAvailable()))
      return { available: false, backend, reason: NOT_AVAILABLE };
    return { available: true, backend };
  }

  async function refusal(): Promise<Result<never, 'unavailable'> | null> {
    const current = await status();
    return current.available ? null : fail('unavailable', current.reason ?? NOT_AVAILABLE);
  }

  /** Seals a secret; the answer is a plain Uint8Array (not a Node Buffer) so it crosses IPC as bytes. */
  async function seal(secret: Uint8Array): Promise<Result<Uint8Array, KeyStoreError>> {
    const refused = await refusal();
    if (refused) return refused;
    // safeStorage seals strings; base64 carries arbitrary bytes through it unchanged.
    const sealed = await safeStorage.encryptStringAsync(Buffer.from(secret).toString('base64'));
    return ok(new Uint8Array(sealed));
  }

  async function unseal(sealed: Uint8Array): Promise<Result<Uint8Array, KeyStoreError>> {
    const refused = await refusal();
    if (refused) return refused;
    let text: string;
    try {
      text = (await safeStorage.decryptStringAsync(Buffer.from(sealed))).result;
    } catch {
      return fail(
        'invalid',
        'These sealed bytes were not sealed by Hearth on this computer and user account.',
      );
    }
    if (!BASE64.test(text)) return fail('invalid', 'The sealed data did not hold a key sealed by Hearth.');
    return ok(new Uint8Array(Buffer.from(text, 'base64')));
  }

  return { status, seal, unseal };
}
