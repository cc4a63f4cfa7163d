// The Electron adapter's distrust of its own preload (brief: validate everything crossing a
// boundary). A fake bridge stands in for window.hearth: this is pure parsing logic.
import { describe, expect, test } from 'vitest';
import { electronHost, HostAnswerError } from './electron-host.ts';

const goodInfo = { name: 'Hearth', version: '0.1.0', build: 'abc', host: 'electron', platform: 'linux' };

describe('electronHost', () => {
  test('passes well-formed answers through', async () => {
    const host = electronHost({
      appInfo: async () => goodInfo,
      gatewayUrl: async () => 'https://hearth.council.example/',
      sealSecret: async (s: Uint8Array) => ({ ok: true, value: s.map((b) => b ^ 1) }),
    });
    expect(await host.appInfo()).toEqual(goodInfo);
    expect(await host.gatewayUrl()).toBe('https://hearth.council.example');
    expect(await host.sealSecret(new Uint8Array([1, 2]))).toEqual({
      ok: true,
      value: new Uint8Array([0, 3]),
    });
  });

  test('a malformed answer becomes a HostAnswerError naming the method', async () => {
    const host = electronHost({
      appInfo: async () => ({ ...goodInfo, host: 'toaster' }),
      gatewayUrl: async () => 'javascript:alert(1)',
    });
    await expect(host.appInfo()).rejects.toThrow(HostAnswerError);
    await expect(host.appInfo()).rejects.toThrow(/"appInfo"/);
    await expect(host.gatewayUrl()).rejects.toThrow(HostAnswerError);
  });

  test('a missing method or a missing bridge is a clear error, not a TypeError', async () => {
    await expect(electronHost({}).keyStoreStatus()).rejects.toThrow(/does not offer "keyStoreStatus"/);
    await expect(electronHost(null).appInfo()).rejects.toThrow(HostAnswerError);
  });

  test('Result methods turn a broken answer or a thrown call into a failed Result', async () => {
    const host = electronHost({
      sealSecret: async () => 'sealed!',
      unsealSecret: async () => {
        throw new Error('IPC gone');
      },
      saveToSharedDrive: async () => ({ ok: false, error: 'disk-on-fire', message: 'x' }),
    });
    expect(await host.sealSecret(new Uint8Array([1]))).toMatchObject({ ok: false, error: 'unavailable' });
    expect(await host.unsealSecret(new Uint8Array([1]))).toEqual({
      ok: false,
      error: 'unavailable',
      message: 'IPC gone',
    });
    expect(await host.saveToSharedDrive({ relativePath: 'a.pdf', bytes: new Uint8Array([1]) })).toMatchObject(
      { ok: false, error: 'io-error' },
    );
  });

  test('the home’s shared-drive folder (issue 6): handed to the host, whose status is parsed', async () => {
    const given: unknown[] = [];
    const status = { configured: true, folder: 'S:\\Hearth', mode: 'folder', setBy: 'it-department' };
    const host = electronHost({
      setHomeSharedDriveFolder: async (folder: unknown) => {
        given.push(folder);
        return status;
      },
    });
    expect(await host.setHomeSharedDriveFolder('T:\\Larchfield')).toEqual(status);
    expect(given).toEqual(['T:\\Larchfield']);
    // A status Hearth cannot read is an error, not a guess about where files go.
    await expect(
      electronHost({ setHomeSharedDriveFolder: async () => 'S:\\' }).setHomeSharedDriveFolder(null),
    ).rejects.toThrow(/cannot read/);
  });

  test('a failed Result from the host keeps its own error and message', async () => {
    const host = electronHost({
      saveToSharedDrive: async () => ({ ok: false, error: 'exists', message: 'a.pdf is already there' }),
    });
    expect(await host.saveToSharedDrive({ relativePath: 'a.pdf', bytes: new Uint8Array([1]) })).toEqual({
      ok: false,
      error: 'exists',
      message: 'a.pdf is already there',
    });
  });

  test('setQuitWarning hands the words to the host, and refuses an answer it does not expect', async () => {
    const given: unknown[] = [];
    const host = electronHost({ setQuitWarning: async (message: unknown) => void given.push(message) });
    await host.setQuitWarning('1 document is waiting to be sent.');
    await host.setQuitWarning(null);
    expect(given).toEqual(['1 document is waiting to be sent.', null]);
    await expect(electronHost({ setQuitWarning: async () => 'done' }).setQuitWarning(null)).rejects.toThrow(
      /"setQuitWarning"/,
    );
  });

  test('a system lock from the shell reaches Hearth; an unreadable reason still locks', () => {
    let send: (reason: unknown) => void = () => undefined;
    let stopped = false;
    const host = electronHost({
      onSystemLock: (listener: (reason: unknown) => void) => {
        send = listener;
        return () => void (stopped = true);
      },
    });
    const heard: string[] = [];
    const stop = host.onSystemLock((reason) => heard.push(reason));
    send('suspend');
    send({ not: 'a reason' });
    expect(heard).toEqual(['suspend', 'lock-screen']);
    stop();
    expect(stopped).toBe(true);
  });

  test('an older shell without the system-lock event is no error', () => {
    expect(() => electronHost({}).onSystemLock(() => undefined)()).not.toThrow();
  });
});
