// Issue 4 "The sync engine": retries with jittered exponential backoff. DOMAIN.md "Uploads":
// uploads wait on the device until they can be sent; a gateway that is down must not be hammered
// by every home at once when it comes back.
import { describe, expect, it } from 'vitest';
import { BASE_DELAY_MS, MAX_DELAY_MS, notificationPollDelayMs, retryDelayMs } from './backoff.ts';

describe('retry backoff', () => {
  it('doubles from one second after each failure in a row', () => {
    const ceilings = [1, 2, 3, 4, 5].map((n) => retryDelayMs(n, 1));
    expect(ceilings).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  it('jitters between half and all of the ceiling', () => {
    expect(retryDelayMs(3, 0)).toBe(2_000);
    expect(retryDelayMs(3, 0.5)).toBe(3_000);
    expect(retryDelayMs(3, 0.999_999)).toBeLessThanOrEqual(4_000);
    const spread = new Set(Array.from({ length: 20 }, (_, i) => retryDelayMs(6, i / 20)));
    expect(spread.size).toBe(20);
  });

  it('never waits longer than five minutes, however many failures', () => {
    expect(retryDelayMs(9, 1)).toBe(256_000);
    expect(retryDelayMs(10, 1)).toBe(MAX_DELAY_MS);
    expect(retryDelayMs(1_000, 1)).toBe(MAX_DELAY_MS);
    expect(retryDelayMs(1_000, 0)).toBe(MAX_DELAY_MS / 2);
  });

  it('treats nonsense input as the first retry, never as no wait at all', () => {
    expect(retryDelayMs(0, 0)).toBe(BASE_DELAY_MS / 2);
    expect(retryDelayMs(-3, 2)).toBe(BASE_DELAY_MS);
  });
});

describe('asking whether the social worker was notified (guidance 001)', () => {
  const recordedAt = '2026-03-02T10:00:00.000Z';
  const after = (ms: number) => new Date(Date.parse(recordedAt) + ms);

  it('asks again soon after the document arrived', () => {
    expect(notificationPollDelayMs(recordedAt, after(0))).toBe(2_000);
    expect(notificationPollDelayMs(recordedAt, after(4_000))).toBe(2_000);
  });

  it('asks less often the longer the email takes, up to every five minutes', () => {
    expect(notificationPollDelayMs(recordedAt, after(60_000))).toBe(15_000);
    expect(notificationPollDelayMs(recordedAt, after(24 * 3_600_000))).toBe(MAX_DELAY_MS);
  });
});
