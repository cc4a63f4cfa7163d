/**
 * The page's side of the outbox worker (renderer/workers/outbox-queue.worker.ts): hands it a file,
 * the device key and the checked details, and waits for "saved" (the transaction committed) or
 * the reason it was not. One worker serves the page and stays alive; requests are told apart by
 * id, so two documents queued at once cannot get each other's answer.
 */
import { fail, ok, type Result } from '../../shared/result.ts';
import { QueueAnswer, type QueueFailure } from '../workers/outbox-protocol.ts';
import type { EnqueueMeta } from './outbox-meta.ts';

let worker: Worker | null = null;
const WORKER_STOPPED =
  'Hearth’s encryption worker stopped, or could not start (with no connection, Hearth may not have all its files on this computer yet). Nothing was saved: try again, or connect to the internet and try again.';
let nextRequestId = 1;
const waiting = new Map<number, (answer: QueueAnswer) => void>();

function queueWorker(): Worker {
  if (worker) return worker;
  // Vite bundles the worker as its own file from this exact pattern (served from 'self' under the CSP).
  const made = new Worker(new URL('../workers/outbox-queue.worker.ts', import.meta.url), { type: 'module' });
  made.addEventListener('message', (event: MessageEvent) => {
    const answer = QueueAnswer.safeParse(event.data);
    if (!answer.success) return;
    waiting.get(answer.data.requestId)?.(answer.data);
    waiting.delete(answer.data.requestId);
  });
  made.addEventListener('error', () => {
    // A worker that cannot start (e.g. refused by policy) fails every request instead of hanging it.
    for (const [requestId, settle] of waiting) {
      settle({ kind: 'failed', requestId, error: 'storage', message: WORKER_STOPPED });
    }
    waiting.clear();
    worker = null;
  });
  worker = made;
  return made;
}

/**
 * Starts the worker now, while the screen that will need it opens: its file is fetched while the
 * connection is there, so a document queued after the line drops is still saved (a worker first
 * started offline depends on the service worker having kept its file).
 */
export function prepareQueueWorker(): void {
  try {
    queueWorker();
  } catch {
    // Not fatal here: queueInWorker tries again and says why if it still cannot.
  }
}

export interface QueueJob {
  outboxId: string;
  queuedAt: string;
  file: Blob;
  key: CryptoKey;
  meta: EnqueueMeta;
  signer: { key: CryptoKey; deviceId: string } | null;
}

export function queueInWorker(job: QueueJob): Promise<Result<void, QueueFailure>> {
  const requestId = nextRequestId++;
  return new Promise((resolve) => {
    waiting.set(requestId, (answer) => {
      resolve(answer.kind === 'saved' ? ok(undefined) : fail(answer.error, answer.message));
    });
    try {
      queueWorker().postMessage({ kind: 'queue', requestId, ...job });
    } catch (error) {
      // The worker could not even be made: say so, never throw past enqueue.
      waiting.delete(requestId);
      const reason = error instanceof Error ? error.message : String(error);
      resolve(fail('storage', `Hearth could not start its encryption worker: ${reason}`));
    }
  });
}
