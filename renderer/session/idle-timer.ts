/**
 * The idle timer behind auto-lock (issue 7 "Sessions": "auto-lock after a set idle time, default 5
 * minutes"; 003: what a device shows is locked when staff step away). Activity only notes the time:
 * the one timer, when it fires, checks how long it has really been quiet and waits again for the
 * rest. So a moving mouse costs no timer churn, and a computer that slept past the deadline locks
 * at once on waking, because the check uses the clock and not the count of timer ticks.
 */

export interface IdleTimer {
  /** The person did something: the quiet time starts again. */
  activity(): void;
  /** A new idle time (from settings), counted from the last activity. */
  setIdleMs(ms: number): void;
  stop(): void;
}

export interface IdleTimerOptions {
  idleMs: number;
  onIdle(): void;
  /** Injected so a test can use fake timers; the app uses Date.now. */
  now?: () => number;
}

export function startIdleTimer({ idleMs, onIdle, now = () => Date.now() }: IdleTimerOptions): IdleTimer {
  let limit = idleMs;
  let lastActivity = now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const wait = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(check, Math.max(0, ms));
  };
  function check() {
    if (stopped) return;
    const quiet = now() - lastActivity;
    if (quiet >= limit) {
      stopped = true;
      onIdle();
    } else {
      wait(limit - quiet);
    }
  }
  wait(limit);

  return {
    activity: () => {
      if (stopped) return;
      lastActivity = now();
    },
    setIdleMs: (ms) => {
      if (stopped) return;
      limit = ms;
      // A shorter time must take effect now, not after the longer wait already set.
      check();
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
