/**
 * Results as values at boundaries (after Signal's SQL channel): a failure crosses IPC or HTTP as
 * data the caller must handle, never as a lost exception.
 */
export type Result<T, E extends string = string> =
  { ok: true; value: T } | { ok: false; error: E; message: string };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = <E extends string>(
  error: E,
  message: string,
): { ok: false; error: E; message: string } => ({
  ok: false,
  error,
  message,
});
