import { describe, expect, it } from 'vitest';
import { pastRetention, SETTLED_RETENTION_DAYS } from './retention.ts';

const recordedAt = '2026-11-01T10:00:00.000Z';
const after = (days: number) => new Date(Date.parse(recordedAt) + days * 24 * 60 * 60 * 1000);

describe('003: a received and notified item’s details are kept 30 days, then deleted', () => {
  it('003: notified, recorded 30 days ago: past retention; a day earlier: kept', () => {
    expect(SETTLED_RETENTION_DAYS).toBe(30);
    expect(pastRetention({ state: 'notified', recordedAt }, after(30))).toBe(true);
    expect(pastRetention({ state: 'notified', recordedAt }, after(29))).toBe(false);
  });

  it('003: never an item the social worker has not yet been told of, or one still on its way', () => {
    for (const state of ['queued', 'sending', 'received', 'needs-attention'] as const) {
      expect(pastRetention({ state, recordedAt }, after(365)), state).toBe(false);
    }
    expect(pastRetention({ state: 'notified', recordedAt: null }, after(365))).toBe(false);
  });
});
