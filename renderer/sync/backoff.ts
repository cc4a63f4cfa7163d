/**
 * How long to wait before trying an item again: exponential from 1 s, doubling each failure, capped
 * at 5 minutes, with "equal jitter" (a random wait between half and all of it) so many devices that
 * come back online together after a gateway outage do not all knock at once (AWS Architecture Blog,
 * "Exponential Backoff And Jitter"). `random` is passed in so the schedule is unit-tested.
 */
export const BASE_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 5 * 60_000;

/** The wait after the `attempts`-th failure (1-based); `random` is in [0, 1). */
export function retryDelayMs(attempts: number, random: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** exponent);
  const clamped = Math.min(Math.max(random, 0), 1);
  // Half fixed, half random: never hammers (at least half the ceiling), still spreads devices out.
  return Math.round(ceiling / 2 + (ceiling / 2) * clamped);
}

/**
 * How soon to ask again whether the social worker's email has gone: often just after the document
 * arrived (it usually goes within seconds), then less and less often, up to every 5 minutes while
 * the mail server is down. Derived from how long ago the document was recorded, so nothing extra is stored.
 */
export function notificationPollDelayMs(recordedAt: string, now: Date): number {
  const age = Math.max(0, now.getTime() - Date.parse(recordedAt));
  return Math.round(Math.min(MAX_DELAY_MS, Math.max(2_000, age / 4)));
}
