/**
 * How long to wait before trying a notification again after the SMTP server did not accept it:
 * doubling from `firstMs` up to `maxMs`, never giving up (001: the social worker must hear of
 * every upload), with jitter so a mail server coming back is not hit by every notice at once.
 */
export interface RetryPolicy {
  /** Wait after the first failure. */
  firstMs: number;
  /** The longest wait between two attempts. */
  maxMs: number;
}

/** A mail server that is down for a minute is retried within a minute; one down for a day, every 30 minutes. */
export const DEFAULT_RETRY: RetryPolicy = { firstMs: 30_000, maxMs: 30 * 60_000 };

/**
 * The wait after `attempts` failed attempts (1 or more). `random` (0 to 1) spreads the wait over
 * 75% to 125% of the nominal delay; it is passed in so the policy tests without chance.
 */
export function retryDelay(policy: RetryPolicy, attempts: number, random: number = Math.random()): number {
  const exponent = Math.min(Math.max(attempts, 1) - 1, 30);
  const nominal = Math.min(policy.maxMs, policy.firstMs * 2 ** exponent);
  return Math.round(nominal * (0.75 + 0.5 * Math.min(Math.max(random, 0), 1)));
}
