import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL_NAMES } from '../../shared/bridge/channel-names.ts';
import { CHANNELS, type BridgeMethod } from '../../shared/bridge/channels.ts';

// The real `electron` package cannot load outside Electron: stand-ins record what the preload does.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (channel: string) => `answer from ${channel}`),
    send: vi.fn(),
    sendSync: vi.fn(),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

let exposed: Record<string, unknown>;

beforeAll(async () => {
  await import('./index.ts');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(name).toBe('hearth');
  exposed = api;
});

const samplePayloads: Record<BridgeMethod, unknown> = {
  appInfo: undefined,
  gatewayUrl: undefined,
  keyStoreStatus: undefined,
  sealSecret: new Uint8Array([1]),
  unsealSecret: new Uint8Array([2]),
  notify: { title: 'Hearth', body: 'Sent' },
  sharedDriveStatus: undefined,
  setHomeSharedDriveFolder: 'S:\\Hearth',
  saveToSharedDrive: { relativePath: 'a.pdf', bytes: new Uint8Array(1) },
  setQuitWarning: '1 document is waiting to be sent.',
};

describe('the preload (issue 2: exposes only the bridge contract’s domain methods)', () => {
  it('exposes exactly the contract’s methods on window.hearth, and nothing else', () => {
    expect(Object.keys(exposed).sort()).toEqual([...Object.keys(CHANNELS), 'onSystemLock'].sort());
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
  });

  it.each(Object.keys(CHANNELS) as BridgeMethod[])(
    '%s is one invoke on its own channel, and hands back only the answer',
    async (method) => {
      electron.ipcRenderer.invoke.mockClear();
      const call = exposed[method] as (payload?: unknown) => Promise<unknown>;
      const payload = samplePayloads[method];
      const answer = await (payload === undefined ? call() : call(payload));
      expect(answer).toBe(`answer from ${CHANNELS[method].channel}`);
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledOnce();
      expect(electron.ipcRenderer.invoke.mock.calls[0]).toEqual(
        payload === undefined ? [CHANNELS[method].channel] : [CHANNELS[method].channel, payload],
      );
    },
  );

  it('never leaks ipcRenderer or its methods to the page', () => {
    const leaks = new Set<unknown>([electron.ipcRenderer, ...Object.values(electron.ipcRenderer)]);
    for (const value of Object.values(exposed)) expect(leaks.has(value)).toBe(false);
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });

  it('onSystemLock hands the page only the reason, never the IPC event, and can stop listening', () => {
    const heard: unknown[] = [];
    const stop = (exposed.onSystemLock as (l: (r: unknown) => void) => () => void)((reason) =>
      heard.push(reason),
    );
    expect(electron.ipcRenderer.on).toHaveBeenCalledOnce();
    const [channel, forward] = electron.ipcRenderer.on.mock.calls[0] ?? [];
    expect(channel).toBe(EVENT_CHANNEL_NAMES.systemLocked);
    (forward as (event: unknown, reason: unknown) => void)({ sender: electron.ipcRenderer }, 'suspend');
    expect(heard).toEqual(['suspend']);
    stop();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(
      EVENT_CHANNEL_NAMES.systemLocked,
      forward,
    );
  });
});
