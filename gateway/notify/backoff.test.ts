/** Guidance 001: the social worker must hear of every upload, so a notice is retried for ever, ever more patiently. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, retryDelay } from './backoff.ts';

describe('001 notification retries back off without giving up', () => {
  const policy = { firstMs: 1_000, maxMs: 8_000 };

  it('001: doubles from the first wait up to the longest, then stays there', () => {
    expect([1, 2, 3, 4, 5, 50].map((n) => retryDelay(policy, n, 0.5))).toEqual([
      1_000, 2_000, 4_000, 8_000, 8_000, 8_000,
    ]);
  });

  it('001: spreads each wait over 75% to 125% so a mail server coming back is not hit all at once', () => {
    expect(retryDelay(policy, 2, 0)).toBe(1_500);
    expect(retryDelay(policy, 2, 1)).toBe(2_500);
  });

  it('001: by default tries again within a minute, and at least every 40 minutes however long the outage', () => {
    expect(retryDelay(DEFAULT_RETRY, 1, 1)).toBeLessThanOrEqual(60_000);
    expect(retryDelay(DEFAULT_RETRY, 1_000, 1)).toBeLessThanOrEqual(40 * 60_000);
  });
});
