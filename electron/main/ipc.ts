/**
 * The main-process end of the bridge: one `ipcMain.handle` per channel in shared/bridge/channels.ts.
 * Every call is checked in the same order before any handler runs (after VS Code's
 * electron-main/ipcMain.ts): the sender must be the top frame of a Hearth window showing Hearth's
 * own origin, and the payload must parse, from `unknown`, with the channel's zod schema. A refusal
 * or a failure comes back as a Result value (shared/result.ts): nothing is thrown across IPC, where
 * Electron would turn it into an opaque "Error invoking remote method".
 */
import { z } from 'zod';
import { CHANNELS, type BridgeMethod } from '../../shared/bridge/channels.ts';
import type { HearthBridge } from '../../shared/bridge/contract.ts';
import { fail } from '../../shared/result.ts';
import { isAppUrl } from './app-protocol.ts';

/** The parts of Electron's IpcMainInvokeEvent this module reads, so a test can pass a fake. */
export interface InvokeEvent {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, payload: unknown) => Promise<unknown>): void;
}

type Payload<M extends BridgeMethod> = z.output<(typeof CHANNELS)[M]['payload']>;
type Answer<M extends BridgeMethod> = Awaited<ReturnType<HearthBridge[M]>>;

/** What the main process does for each bridge method, given an already-validated payload. */
export type BridgeHandlers = {
  [M in BridgeMethod]: (payload: Payload<M>) => Answer<M> | Promise<Answer<M>>;
};

export type IpcRefusal = 'forbidden' | 'invalid-payload' | 'failed';

export interface IpcOptions {
  /** True for the web contents of a window this app created (index.ts keeps the list). */
  isHearthContents(sender: { readonly id: number }): boolean;
  log?(message: string): void;
}

/** Why the sender may not call the bridge, or null when it may. */
export function senderRefusal(
  event: InvokeEvent,
  isHearthContents: IpcOptions['isHearthContents'],
): string | null {
  try {
    return checkSender(event, isHearthContents);
  } catch {
    // Electron throws when a frame is read after it was disposed: a sender that cannot be checked is refused.
    return 'the sending frame could not be checked';
  }
}

function checkSender(event: InvokeEvent, isHearthContents: IpcOptions['isHearthContents']): string | null {
  const frame = event.senderFrame;
  // Null when the frame navigated away or was destroyed while the call was in flight.
  if (!frame) return 'the sending frame is gone';
  if (frame.parent !== null) return 'the sender is a sub-frame, not the page itself';
  if (!isHearthContents(event.sender)) return 'the sender is not a Hearth window';
  if (!isAppUrl(frame.url)) return `the sender is not on Hearth's own origin (${frame.url})`;
  return null;
}

export function registerBridgeHandlers(
  ipcMain: IpcMainLike,
  handlers: BridgeHandlers,
  options: IpcOptions,
): void {
  const log = options.log ?? ((message: string) => console.warn(message));
  for (const method of Object.keys(CHANNELS) as BridgeMethod[]) {
    const { channel, payload: schema } = CHANNELS[method];
    // One signature for all channels: the schema and the handler belong to the same method.
    const handler = handlers[method] as (payload: unknown) => unknown;
    ipcMain.handle(channel, async (event, payload) => {
      const refusal = senderRefusal(event, options.isHearthContents);
      if (refusal) {
        log(`Hearth refused ${channel}: ${refusal}`);
        return fail('forbidden', `${channel} refused: ${refusal}`);
      }
      const parsed = schema.safeParse(payload);
      if (!parsed.success) {
        const why = z.prettifyError(parsed.error);
        log(`Hearth refused ${channel}: invalid payload: ${why}`);
        return fail('invalid-payload', `${channel} refused: invalid payload: ${why}`);
      }
      try {
        return await handler(parsed.data);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        log(`Hearth's ${channel} handler failed: ${why}`);
        return fail('failed', `${channel} failed: ${why}`);
      }
    });
  }
}
