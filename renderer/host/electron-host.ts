/**
 * The bridge inside Electron: wraps what the preload put on `window.hearth`. The renderer does not
 * trust that object's shape or its answers (a stale preload, a main-process bug): every answer is
 * parsed with the zod schemas in shared/bridge/schemas.ts, and a malformed one becomes a clear
 * error (or a failed Result) instead of a crash somewhere deep in a screen.
 */
import { z } from 'zod';
import { BRIDGE_GLOBAL, type HearthBridge } from '../../shared/bridge/contract.ts';
import type { BridgeMethod } from '../../shared/bridge/channels.ts';
import { fail, type Result } from '../../shared/result.ts';
import {
  AppInfo,
  KeyStoreStatus,
  SaveFileError,
  SavedFile,
  SharedDriveStatus,
  SystemLockReason,
  resultOf,
} from '../../shared/bridge/schemas.ts';

/** The desktop shell answered something Hearth cannot use. */
export class HostAnswerError extends Error {
  override name = 'HostAnswerError';
}

const GatewayUrl = z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, ''));
const SealResult = resultOf(z.instanceof(Uint8Array), z.enum(['unavailable', 'invalid']));
const SaveResult = resultOf(SavedFile, SaveFileError);

/** Calls one method of the raw bridge and parses its answer; throws HostAnswerError otherwise. */
async function call<T extends z.ZodType>(
  raw: unknown,
  method: BridgeMethod,
  schema: T,
  ...args: unknown[]
): Promise<z.output<T>> {
  const fn: unknown = typeof raw === 'object' && raw !== null ? Reflect.get(raw, method) : undefined;
  if (typeof fn !== 'function') {
    throw new HostAnswerError(
      `Hearth's desktop shell does not offer "${method}". Reinstall Hearth or tell IT.`,
    );
  }
  const answer: unknown = await Reflect.apply(fn, raw, args);
  const parsed = schema.safeParse(answer);
  if (!parsed.success) {
    throw new HostAnswerError(
      `Hearth's desktop shell gave an answer to "${method}" that Hearth cannot read: ${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

/** For methods that answer a Result: any failure to call or parse becomes a failed Result. */
async function callResult<T, E extends string>(
  attempt: () => Promise<Result<T, E>>,
  onBroken: E,
): Promise<Result<T, E>> {
  try {
    return await attempt();
  } catch (error) {
    return fail(onBroken, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Subscribes to the preload's system-lock event. Any reason that does not parse still locks (as
 * 'lock-screen'): when in doubt, hide the records. A preload without the event (an older shell)
 * simply never sends one; the idle timer still locks.
 */
function onSystemLock(raw: unknown, listener: (reason: SystemLockReason) => void): () => void {
  const subscribe: unknown =
    typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'onSystemLock') : undefined;
  if (typeof subscribe !== 'function') return () => undefined;
  const stop: unknown = Reflect.apply(subscribe, raw, [
    (reason: unknown) => listener(SystemLockReason.catch('lock-screen').parse(reason)),
  ]);
  return () => {
    if (typeof stop === 'function') Reflect.apply(stop, undefined, []);
  };
}

export function electronHost(raw: unknown): HearthBridge {
  return {
    appInfo: () => call(raw, 'appInfo', AppInfo),
    gatewayUrl: () => call(raw, 'gatewayUrl', GatewayUrl),
    keyStoreStatus: () => call(raw, 'keyStoreStatus', KeyStoreStatus),
    sealSecret: (secret) => callResult(() => call(raw, 'sealSecret', SealResult, secret), 'unavailable'),
    unsealSecret: (sealed) => callResult(() => call(raw, 'unsealSecret', SealResult, sealed), 'unavailable'),
    notify: async (notification) => {
      await call(raw, 'notify', z.undefined(), notification);
    },
    sharedDriveStatus: () => call(raw, 'sharedDriveStatus', SharedDriveStatus),
    setHomeSharedDriveFolder: (folder) => call(raw, 'setHomeSharedDriveFolder', SharedDriveStatus, folder),
    saveToSharedDrive: (request) =>
      callResult(() => call(raw, 'saveToSharedDrive', SaveResult, request), 'io-error'),
    setQuitWarning: async (message) => {
      await call(raw, 'setQuitWarning', z.undefined(), message);
    },
    onSystemLock: (listener) => onSystemLock(raw, listener),
  };
}

/** The preload's object, read as unknown: its type is whatever actually arrived. */
export function rawElectronBridge(): unknown {
  return Reflect.get(window, BRIDGE_GLOBAL);
}
