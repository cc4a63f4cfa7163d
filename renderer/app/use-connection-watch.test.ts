// When the app asks the gateway again (issue 4 "An always-visible sync status (online or offline)";
// DOMAIN.md: homes with poor connectivity). The hook itself is exercised in Chromium by
// test/e2e/uploads-offline.e2e.ts, where the line comes back with no "online" event.
import { describe, expect, it } from 'vitest';
import { RECHECK_MS, UNREACHABLE_RECHECK_MS, nextCheckMs } from './use-connection-watch.ts';

describe('nextCheckMs', () => {
  it('looks again every half minute while the gateway answers', () => {
    expect(nextCheckMs(true, true)).toBe(RECHECK_MS);
    expect(RECHECK_MS).toBe(30_000);
  });

  it('looks again within seconds while a network is up but the gateway does not answer', () => {
    expect(nextCheckMs(false, true)).toBe(UNREACHABLE_RECHECK_MS);
    expect(UNREACHABLE_RECHECK_MS).toBeLessThan(RECHECK_MS);
  });

  it('waits for the browser\u2019s "online" event when there is no network at all', () => {
    expect(nextCheckMs(false, false)).toBeNull();
  });
});
