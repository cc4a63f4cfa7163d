/**
 * The page's side of the range worker (workers/outbox-range.worker.ts): asks it for a plain range of
 * a queued document and waits for the Blob. One worker, kept alive while the engine sends; requests
 * are told apart by id. Where the worker cannot start (or stopped), the page reads the range itself:
 * slower for the screen, but the document still goes.
 */
import { plainRange, UnreadableChunkError, type SourceItem } from '../outbox/plain-range.ts';
import { RangeAnswer } from '../workers/range-protocol.ts';

let worker: Worker | null = null;
let broken = false;
let nextRequestId = 1;
const waiting = new Map<number, { resolve(bytes: Blob): void; reject(error: Error): void }>();
const EMPTY = new Blob([]);

function rangeWorker(): Worker | null {
  if (worker || broken || typeof Worker === 'undefined') return worker;
  try {
    // Vite bundles the worker as its own file from this exact pattern (served from 'self' under the CSP).
    worker = new Worker(new URL('../workers/outbox-range.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    broken = true;
    return null;
  }
  worker.addEventListener('message', (event: MessageEvent) => {
    const parsed = RangeAnswer.safeParse(event.data);
    if (!parsed.success) return;
    const answer = parsed.data;
    const settle = waiting.get(answer.requestId);
    waiting.delete(answer.requestId);
    if (answer.kind === 'range') settle?.resolve(answer.bytes);
    else if (answer.kind === 'pong') settle?.resolve(EMPTY);
    else
      settle?.reject(
        answer.unreadable ? new UnreadableChunkError(answer.message) : new Error(answer.message),
      );
  });
  worker.addEventListener('error', () => {
    // A worker that cannot start fails what it was asked, and the page reads ranges itself from now on.
    broken = true;
    worker = null;
    for (const settle of waiting.values()) settle.reject(new Error('Hearth’s sending worker stopped.'));
    waiting.clear();
  });
  return worker;
}

export function rangeInWorker(key: CryptoKey, item: SourceItem, start: number, end: number): Promise<Blob> {
  const target = rangeWorker();
  if (!target) return plainRange(key, item, start, end);
  const requestId = nextRequestId++;
  return new Promise((resolve, reject) => {
    waiting.set(requestId, { resolve, reject });
    const { outboxId, size, chunkCount } = item;
    target.postMessage({ kind: 'range', requestId, key, item: { outboxId, size, chunkCount }, start, end });
  });
}

/** Starts the worker and waits until it answers: false where the page will read ranges itself. */
export function warmRangeWorker(): Promise<boolean> {
  const target = rangeWorker();
  if (!target) return Promise.resolve(false);
  const requestId = nextRequestId++;
  return new Promise((resolve) => {
    waiting.set(requestId, { resolve: () => resolve(true), reject: () => resolve(false) });
    target.postMessage({ kind: 'ping', requestId });
  });
}
