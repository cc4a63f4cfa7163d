import { describe, expect, it, vi } from 'vitest';
import { createKeyStore, type SafeStorageLike } from './key-store.ts';

/** A reversible stand-in for the OS: "sealing" is XOR with a key only this fake knows. */
function fakeSafeStorage(backend = 'gnome_libsecret', available = true) {
  const xor = (bytes: Uint8Array) => Buffer.from(bytes.map((b) => b ^ 0x5a));
  return {
    isAsyncEncryptionAvailable: vi.fn(async () => available),
    encryptStringAsync: vi.fn(async (plain: string) =>
      Buffer.concat([Buffer.from('v11'), xor(Buffer.from(plain))]),
    ),
    decryptStringAsync: vi.fn(async (sealed: Buffer) => {
      if (sealed.subarray(0, 3).toString() !== 'v11')
        throw new Error('Error while decrypting the ciphertext');
      return { result: xor(sealed.subarray(3)).toString() };
    }),
    getSelectedStorageBackend: vi.fn(() => backend),
  } satisfies SafeStorageLike;
}

const secret = new Uint8Array([0, 1, 2, 250, 255, 128, 64]);

describe('the key store (issue 2: safeStorage, refusing Linux basic_text)', () => {
  it('seals and unseals a key, returning plain Uint8Arrays that differ from the secret', async () => {
    const store = createKeyStore(fakeSafeStorage(), 'linux');
    const sealed = await store.seal(secret);
    if (!sealed.ok) throw new Error(sealed.message);
    expect(Object.getPrototypeOf(sealed.value)).toBe(Uint8Array.prototype);
    expect(Buffer.from(sealed.value).includes(Buffer.from(secret))).toBe(false);
    const unsealed = await store.unseal(sealed.value);
    expect(unsealed).toEqual({ ok: true, value: secret });
    if (unsealed.ok) expect(Object.getPrototypeOf(unsealed.value)).toBe(Uint8Array.prototype);
  });

  it.each(['basic_text', 'unknown'])(
    "refuses Linux's %s store with a reason for IT, never sealing",
    async (backend) => {
      const safeStorage = fakeSafeStorage(backend, true);
      const store = createKeyStore(safeStorage, 'linux');
      const status = await store.status();
      expect(status).toMatchObject({ available: false, backend });
      expect(status.reason).toContain(`'${backend}'`);
      expect(status.reason).toContain('Ask IT');
      expect(await store.seal(secret)).toMatchObject({
        ok: false,
        error: 'unavailable',
        message: status.reason,
      });
      expect(await store.unseal(new Uint8Array([1]))).toMatchObject({ ok: false, error: 'unavailable' });
      expect(safeStorage.encryptStringAsync).not.toHaveBeenCalled();
      expect(safeStorage.decryptStringAsync).not.toHaveBeenCalled();
    },
  );

  it.each(['gnome_libsecret', 'kwallet5', 'kwallet6'])(
    'accepts the %s keyring and reports it',
    async (backend) => {
      const store = createKeyStore(fakeSafeStorage(backend), 'linux');
      expect(await store.status()).toEqual({ available: true, backend });
    },
  );

  it('refuses when the OS reports encryption unavailable', async () => {
    const safeStorage = fakeSafeStorage('gnome_libsecret', false);
    const store = createKeyStore(safeStorage, 'linux');
    const status = await store.status();
    expect(status.available).toBe(false);
    expect(status.reason).toContain('Ask IT');
    expect(await store.seal(secret)).toMatchObject({ ok: false, error: 'unavailable' });
    expect(safeStorage.encryptStringAsync).not.toHaveBeenCalled();
  });

  it.each([
    ['darwin', 'keychain'],
    ['win32', 'dpapi'],
  ] as const)('on %s reports the %s backend without asking for a Linux store', async (platform, backend) => {
    const safeStorage = fakeSafeStorage('basic_text');
    const store = createKeyStore(safeStorage, platform);
    expect(await store.status()).toEqual({ available: true, backend });
    expect(safeStorage.getSelectedStorageBackend).not.toHaveBeenCalled();
  });

  it('answers bytes it did not seal with "invalid", not an exception', async () => {
    const store = createKeyStore(fakeSafeStorage(), 'linux');
    expect(await store.unseal(new Uint8Array([9, 9, 9, 9]))).toMatchObject({ ok: false, error: 'invalid' });
  });
});
