/**
 * How the outbox tells the sync engine that there is work (an item queued, "retry now"), and how
 * the engine takes part in a cancel, without the outbox importing the engine (which would pull
 * tus-js-client into every page that only queues). Other tabs of Hearth hear the wake-up through a
 * BroadcastChannel: whichever tab holds the sync lock does the sending.
 */
type Listener = () => void;

/**
 * The engine's answer to "may this item go?": it stops sending the item and holds it (sends none of
 * it) until `release` is called, then asks the gateway whether the council already has it.
 */
export type CancelCheck = (
  outboxId: string,
) => Promise<{ answer: 'may-cancel' | 'received' | 'cannot-check'; release(): void }>;

const CHANNEL = 'hearth-outbox';
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;
let cancelCheck: CancelCheck | null = null;

function broadcast(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listeners.forEach((listener) => listener());
  return channel;
}

/** Something changed that the engine should look at now. */
export function outboxChanged(): void {
  listeners.forEach((listener) => listener());
  broadcast()?.postMessage('changed');
}

export function onOutboxChanged(listener: Listener): () => void {
  broadcast();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setCancelCheck(check: CancelCheck | null): void {
  cancelCheck = check;
}

export function currentCancelCheck(): CancelCheck | null {
  return cancelCheck;
}
