/**
 * How every records screen gets its data: from the gateway first, and from the device's encrypted
 * saved copy when there is no connection (issue 3: the records of the home's children can be read
 * offline, with their "last updated" time). Each fresh answer replaces the saved copy. Refusals
 * (not in your home, restricted, training incomplete) are never answered from the saved copy: the
 * gateway's "no" stands.
 */
import type { z } from 'zod';
import { apiGet, type ApiFailure } from '../../api/client.ts';
import { cacheRecord, readCachedRecord } from '../../db/record-cache.ts';

/** 'not-saved': offline, and this screen was never opened online on this device. */
export type LoadFailure = ApiFailure | 'not-saved';

export type Shown<T> = {
  state: 'shown';
  value: T;
  /** Read from the device's saved copy, without a connection. */
  offline: boolean;
  /** When the saved copy was fetched (ISO); null for a fresh answer. */
  fetchedAt: string | null;
};

export type Loaded<T> =
  { state: 'loading' } | Shown<T> | { state: 'failed'; error: LoadFailure; message: string };

export interface RecordRequest<T> {
  /** The gateway path, e.g. `/api/v1/children/{id}/case-notes`. */
  path: string;
  schema: z.ZodType<T>;
  /** The saved copy's key (see record-cache.ts); a child's keys are made with `childKey`. */
  cacheKey: string;
  /** False for answers that are a view of a saved one (a search): those are not saved themselves. */
  save: boolean;
  /**
   * What of a fresh answer is kept on the device, when not all of it should be (e.g. a restricted
   * record shown in full by one person's grant is kept as its basic details only, 002 §6.2).
   */
  toSaved?(value: T): T;
  /** Offline, turns the saved copy into this answer (e.g. searches the saved children list). */
  fromSaved?(saved: T): T;
  /** After a fresh answer is saved (e.g. forget the children who have left the home). */
  afterSave?(value: T): Promise<void>;
  /**
   * Offline, reads the saved copy itself, when more than the row under `cacheKey` makes the answer
   * (e.g. a documents list with the copies kept for offline reading since, issue 6).
   */
  readSaved?(): Promise<{ value: T; fetchedAt: string } | null>;
}

const NOT_SAVED =
  'You are offline, and this has not been opened on this device while connected, so there is no saved copy to show. Connect to the network and try again.';

async function save<T>(request: RecordRequest<T>, value: T): Promise<void> {
  try {
    await cacheRecord(request.cacheKey, request.toSaved ? request.toSaved(value) : value);
    await request.afterSave?.(value);
  } catch (error) {
    // The screen still shows the fresh answer; only offline reading of it is lost.
    console.warn('Hearth could not save this record on the device for offline reading', error);
  }
}

export async function loadRecord<T>(request: RecordRequest<T>): Promise<Loaded<T>> {
  const answer = await apiGet(request.path, request.schema);
  if (answer.ok) {
    // Saved in the background: the person does not wait for encryption and IndexedDB.
    if (request.save) void save(request, answer.value);
    return { state: 'shown', value: answer.value, offline: false, fetchedAt: null };
  }
  if (answer.error !== 'offline') return { state: 'failed', error: answer.error, message: answer.message };
  const saved = request.readSaved
    ? await request.readSaved()
    : await readCachedRecord(request.cacheKey, request.schema);
  if (!saved) return { state: 'failed', error: 'not-saved', message: NOT_SAVED };
  const value = request.fromSaved ? request.fromSaved(saved.value) : saved.value;
  return { state: 'shown', value, offline: true, fetchedAt: saved.fetchedAt };
}
