/**
 * Runs a refresh after changes, at most once per interval, and never two at once. The outbox's
 * items are re-read after every change to any of them; a document being sent changes its row
 * several times in a second, and each re-read parses every row on the page's main thread. Reading
 * once per interval shows the same states a moment later and leaves the thread to the sending
 * (bench sync.drain_vs_bare_tus: re-reading on every write cost about a fifth of a drain).
 */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface Coalescer {
  /** Something changed: refresh now if the last refresh was long enough ago, else at the interval's end. */
  changed(): void;
  stop(): void;
}

export function coalesce(
  refresh: () => Promise<void>,
  intervalMs: number,
  clock: Clock = realClock,
): Coalescer {
  let lastStart = -Infinity;
  let running = false;
  let pending = false;
  let timer: unknown = null;
  let stopped = false;

  const start = () => {
    timer = null;
    if (stopped) return;
    pending = false;
    running = true;
    lastStart = clock.now();
    // A failed refresh is the caller's to report; the next change still refreshes.
    void refresh()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (pending) schedule();
      });
  };

  const schedule = () => {
    if (stopped || running || timer !== null) return;
    const wait = lastStart + intervalMs - clock.now();
    if (wait <= 0) start();
    else timer = clock.setTimeout(start, wait);
  };

  return {
    changed() {
      pending = true;
      schedule();
    },
    stop() {
      stopped = true;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
