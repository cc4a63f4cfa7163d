/**
 * Whether IndexedDB refused for lack of space. Chromium aborts the transaction with a
 * QuotaExceededError; Dexie may wrap it (an AbortError whose `inner` is the real one), so the
 * chain is followed.
 */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth += 1) {
    if (Reflect.get(current, 'name') === 'QuotaExceededError') return true;
    current = Reflect.get(current, 'inner') ?? Reflect.get(current, 'cause');
  }
  return false;
}
