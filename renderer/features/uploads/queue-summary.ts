/**
 * What the always-visible sync status says about the outbox (issue 4 "The app"): how many
 * documents wait, and while sending, "Sending 2 of 3". A batch is every item seen waiting since the
 * queue was last empty, so the count does not restart when one item is received mid-way. Pure.
 */
import type { OutboxState } from '../../outbox/outbox.ts';
import { isWaiting } from './item-words.ts';

export interface SummaryItem {
  outboxId: string;
  state: OutboxState;
}

/** outboxId → whether the council has it now. Empty when nothing waits. */
export type Batch = ReadonlyMap<string, boolean>;

export const EMPTY_BATCH: Batch = new Map();

export function nextBatch(batch: Batch, items: readonly SummaryItem[]): Batch {
  if (!items.some(isWaiting)) return EMPTY_BATCH;
  const now = new Map(items.map((item) => [item.outboxId, item]));
  const next = new Map<string, boolean>();
  // A cancelled item leaves the batch: it was never sent, so it does not count as one of "m".
  for (const [id] of batch) {
    const item = now.get(id);
    if (item) next.set(id, !isWaiting(item));
  }
  for (const item of items) if (isWaiting(item) && !next.has(item.outboxId)) next.set(item.outboxId, false);
  return next;
}

export interface QueueSummary {
  waiting: number;
  /** While an item is being sent: which one of the batch, e.g. 2 of 3. */
  sending: { n: number; m: number } | null;
}

export function summarise(items: readonly SummaryItem[], batch: Batch, sendingNow: boolean): QueueSummary {
  const waiting = items.filter(isWaiting).length;
  if (!sendingNow || waiting === 0) return { waiting, sending: null };
  const done = [...batch.values()].filter(Boolean).length;
  return { waiting, sending: { n: Math.min(done + 1, batch.size), m: batch.size } };
}

const documents = (n: number): string => (n === 1 ? '1 document' : `${n.toLocaleString('en-GB')} documents`);

export function summaryWords(summary: QueueSummary): string {
  if (summary.waiting === 0) return 'No documents waiting to send';
  const waiting = `${documents(summary.waiting)} waiting to send`;
  return summary.sending ? `${waiting}. Sending ${summary.sending.n} of ${summary.sending.m}` : waiting;
}
