// When the app asks the gateway again (issue 4 "An always-visible sync status (online or offline)";
// DOMAIN.md: homes with poor connectivity). The hook itself is exercised in Chromium by
// test/e2e/uploads-offline.e2e.ts and records-offline.e2e.ts, where the line comes back with no
// "online" event.
import { describe, expect, it } from 'vitest';
import { RECHECK_MS, UNREACHABLE_RECHECK_MS, nextCheckMs } from './use-connection-watch.ts';

describe('nextCheckMs', () => {
  it('looks again every half minute while the gateway answers', () => {
    expect(nextCheckMs(true)).toBe(30_000);
  });

  it('looks again within seconds while the gateway does not answer, whatever the browser says', () => {
    expect(nextCheckMs(false)).toBe(UNREACHABLE_RECHECK_MS);
    expect(UNREACHABLE_RECHECK_MS).toBeLessThanOrEqual(5_000);
    expect(UNREACHABLE_RECHECK_MS).toBeLessThan(RECHECK_MS);
  });
});
