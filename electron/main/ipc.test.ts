import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/bridge/channels.ts';
import type { AppInfo, SharedDriveStatus } from '../../shared/bridge/schemas.ts';
import { ok } from '../../shared/result.ts';
import { registerBridgeHandlers, type BridgeHandlers, type InvokeEvent, type IpcMainLike } from './ipc.ts';

const HEARTH_CONTENTS_ID = 7;

function handlerSpies() {
  return {
    appInfo: vi.fn((): AppInfo => ({
      name: 'Hearth',
      version: '0.1.0',
      build: 'test',
      host: 'electron',
      platform: 'linux-x64',
    })),
    gatewayUrl: vi.fn(() => 'http://127.0.0.1:8787'),
    keyStoreStatus: vi.fn(() => ({ available: true, backend: 'gnome_libsecret' })),
    sealSecret: vi.fn(async (secret: Uint8Array) => ok(secret)),
    unsealSecret: vi.fn(async (sealed: Uint8Array) => ok(sealed)),
    notify: vi.fn(() => undefined),
    sharedDriveStatus: vi.fn((): SharedDriveStatus => ({ configured: false, mode: 'folder' })),
    setHomeSharedDriveFolder: vi.fn((): SharedDriveStatus => ({
      configured: true,
      folder: '/share',
      mode: 'folder',
      setBy: 'home',
    })),
    saveToSharedDrive: vi.fn(async () => ok({ savedAs: '/share/x.pdf' })),
    setQuitWarning: vi.fn(() => undefined),
  } satisfies BridgeHandlers;
}

function setUp() {
  const registered = new Map<string, (event: InvokeEvent, payload: unknown) => Promise<unknown>>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void registered.set(channel, listener) };
  const handlers = handlerSpies();
  const log = vi.fn();
  registerBridgeHandlers(ipcMain, handlers, {
    isHearthContents: (sender) => sender.id === HEARTH_CONTENTS_ID,
    log,
  });
  const invoke = (channel: string, payload: unknown, event: InvokeEvent = trusted) => {
    const listener = registered.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, payload);
  };
  return { registered, handlers, invoke, log };
}

const trusted: InvokeEvent = {
  sender: { id: HEARTH_CONTENTS_ID },
  senderFrame: { url: 'app://hearth/index.html', parent: null },
};

describe('registerBridgeHandlers (issue 2: every IPC handler checks the sender frame and parses its payload)', () => {
  it('registers exactly one handler per bridge channel', () => {
    const { registered } = setUp();
    expect([...registered.keys()].sort()).toEqual(
      Object.values(CHANNELS)
        .map((c) => c.channel)
        .sort(),
    );
  });

  it('answers a trusted call with the handler’s value', async () => {
    const { invoke, handlers } = setUp();
    expect(await invoke('hearth:gateway-url', undefined)).toBe('http://127.0.0.1:8787');
    expect(handlers.gatewayUrl).toHaveBeenCalledOnce();
  });

  it.each<[string, InvokeEvent]>([
    ['a frame that has gone', { sender: { id: HEARTH_CONTENTS_ID }, senderFrame: null }],
    [
      'a sub-frame',
      { sender: { id: HEARTH_CONTENTS_ID }, senderFrame: { url: 'app://hearth/x.html', parent: {} } },
    ],
    [
      'another origin',
      { sender: { id: HEARTH_CONTENTS_ID }, senderFrame: { url: 'https://evil.example/', parent: null } },
    ],
    [
      'a file:// page',
      { sender: { id: HEARTH_CONTENTS_ID }, senderFrame: { url: 'file:///tmp/x.html', parent: null } },
    ],
    [
      'a lookalike app origin',
      { sender: { id: HEARTH_CONTENTS_ID }, senderFrame: { url: 'app://evil/', parent: null } },
    ],
    [
      'a window Hearth did not create',
      { sender: { id: 99 }, senderFrame: { url: 'app://hearth/index.html', parent: null } },
    ],
  ])('refuses %s, without calling the handler', async (_who, event) => {
    const { invoke, handlers, log } = setUp();
    const answer = await invoke(
      'hearth:save-to-shared-drive',
      { relativePath: 'a.pdf', bytes: new Uint8Array(1) },
      event,
    );
    expect(answer).toMatchObject({ ok: false, error: 'forbidden' });
    expect(handlers.saveToSharedDrive).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('refused hearth:save-to-shared-drive'));
  });

  it('refuses a sender whose frame cannot be read (disposed while the call was in flight)', async () => {
    const { invoke, handlers } = setUp();
    const disposed = {
      sender: { id: HEARTH_CONTENTS_ID },
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    await expect(invoke('hearth:app-info', undefined, disposed)).resolves.toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(handlers.appInfo).not.toHaveBeenCalled();
  });

  it('checks the sender on every channel', async () => {
    const { invoke, handlers } = setUp();
    const stranger: InvokeEvent = {
      sender: { id: 99 },
      senderFrame: { url: 'https://evil.example/', parent: null },
    };
    for (const { channel } of Object.values(CHANNELS)) {
      expect(await invoke(channel, undefined, stranger)).toMatchObject({ ok: false, error: 'forbidden' });
    }
    for (const spy of Object.values(handlers)) expect(spy).not.toHaveBeenCalled();
  });

  it.each([
    ['hearth:save-to-shared-drive', { relativePath: 42, bytes: new Uint8Array(1) }, 'relativePath'],
    ['hearth:save-to-shared-drive', { relativePath: 'a.pdf', bytes: 'not bytes' }, 'bytes'],
    [
      'hearth:save-to-shared-drive',
      { relativePath: 'a.pdf', bytes: new Uint8Array(1), ifExists: 'overwrite' },
      'ifExists',
    ],
    ['hearth:save-to-shared-drive', 'a.pdf', 'object'],
    ['hearth:seal-secret', new Uint8Array(0), 'a secret is 1 to 4096 bytes'],
    ['hearth:seal-secret', [1, 2, 3], 'Invalid input'],
    ['hearth:notify', { title: '', body: 'x' }, 'title'],
    ['hearth:app-info', { sneaky: true }, 'undefined'],
    ['hearth:set-quit-warning', 'x'.repeat(501), '500'],
    ['hearth:set-quit-warning', undefined, 'string'],
    // Issue 6: the home's folder crosses from the page, so the shared rule is applied here too.
    ['hearth:set-home-shared-drive-folder', 'Hearth/Downloads', 'full path'],
    ['hearth:set-home-shared-drive-folder', '/mnt/share/../../etc', '“..”'],
    ['hearth:set-home-shared-drive-folder', 'S:\\Hearth\u0000', 'control character'],
    ['hearth:set-home-shared-drive-folder', undefined, 'Invalid input'],
  ])(
    'refuses a bad payload on %s with a clear error, without calling the handler',
    async (channel, payload, mention) => {
      const { invoke, handlers } = setUp();
      const answer = await invoke(channel, payload);
      expect(answer).toMatchObject({ ok: false, error: 'invalid-payload' });
      expect((answer as { message: string }).message).toContain(mention);
      for (const spy of Object.values(handlers)) expect(spy).not.toHaveBeenCalled();
    },
  );

  it('passes the parsed payload, with the schema’s defaults, to the handler', async () => {
    const { invoke, handlers } = setUp();
    const bytes = new Uint8Array([1, 2, 3]);
    await invoke('hearth:save-to-shared-drive', { relativePath: 'Care plans/plan.pdf', bytes });
    expect(handlers.saveToSharedDrive).toHaveBeenCalledWith({
      relativePath: 'Care plans/plan.pdf',
      bytes,
      mimeType: 'application/octet-stream',
      ifExists: 'fail',
    });
  });

  it('turns a handler that throws into a failure value instead of an exception across IPC', async () => {
    const { invoke, handlers } = setUp();
    handlers.keyStoreStatus.mockImplementation(() => {
      throw new Error('keyring locked');
    });
    await expect(invoke('hearth:key-store-status', undefined)).resolves.toEqual({
      ok: false,
      error: 'failed',
      message: 'hearth:key-store-status failed: keyring locked',
    });
  });
});
