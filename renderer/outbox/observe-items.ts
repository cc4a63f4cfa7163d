/**
 * The items, again whenever any of them changes, in this tab, another tab or a worker (Dexie's
 * `storagemutated` reaches all of them). Every screen that shows the queue (the status bar, the
 * queue screen, the quit warning) shares ONE reading, re-read at most every REFRESH_MS
 * (coalesce.ts): a document being sent writes its row several times a second, and a re-read per
 * write per screen parsed every row on the main thread the sending needs.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import { coalesce, type Coalescer } from './coalesce.ts';
import { OUTBOX_DB_NAME, outboxDb } from './outbox-db.ts';
import { toOutboxItems, type OutboxItem } from './read-items.ts';

export const REFRESH_MS = 200;

export interface OutboxObservable {
  subscribe(next: (items: OutboxItem[]) => void, error?: (error: unknown) => void): { unsubscribe(): void };
}

interface Subscriber {
  next(items: OutboxItem[]): void;
  error?(error: unknown): void;
}

const ITEMS_PART = `idb://${OUTBOX_DB_NAME}/items/`;
const touchesItems = (parts: ObservabilitySet) =>
  Object.keys(parts).some((part) => part.startsWith(ITEMS_PART));

const subscribers = new Set<Subscriber>();
let latest: OutboxItem[] | null = null;
let watching: { refresher: Coalescer; onMutated(parts: ObservabilitySet): void } | null = null;

async function readAndTell(): Promise<void> {
  try {
    const rows: unknown[] = await outboxDb().items.toArray();
    const items = await toOutboxItems(rows);
    latest = items;
    for (const subscriber of subscribers) subscriber.next(items);
  } catch (failure) {
    for (const subscriber of subscribers) subscriber.error?.(failure);
  }
}

function startWatching(): void {
  const refresher = coalesce(readAndTell, REFRESH_MS);
  const onMutated = (parts: ObservabilitySet) => {
    if (touchesItems(parts)) refresher.changed();
  };
  Dexie.on('storagemutated', onMutated);
  watching = { refresher, onMutated };
  refresher.changed();
}

function stopWatching(): void {
  if (!watching) return;
  Dexie.on('storagemutated').unsubscribe(watching.onMutated);
  watching.refresher.stop();
  watching = null;
  latest = null;
}

export function observeItems(): OutboxObservable {
  return {
    subscribe(next, error) {
      const subscriber: Subscriber = { next, error };
      subscribers.add(subscriber);
      if (!watching) startWatching();
      else if (latest) next(latest);
      return {
        unsubscribe() {
          subscribers.delete(subscriber);
          if (subscribers.size === 0) stopWatching();
        },
      };
    },
  };
}
