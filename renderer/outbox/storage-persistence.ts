/**
 * Asks the browser to keep Hearth's storage under pressure (StorageManager.persist): without it,
 * Chromium may evict the whole origin's IndexedDB when the disk runs low, outbox included. The
 * answer is remembered so settings can say whether queued documents are protected from that.
 */
let answer: Promise<boolean | null> | null = null;

async function ask(): Promise<boolean | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist || !storage.persisted) return null;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return null;
  }
}

/** Requests persistence once per page; true granted, false refused, null when the browser cannot say. */
export function persistenceGranted(): Promise<boolean | null> {
  answer ??= ask();
  return answer;
}
