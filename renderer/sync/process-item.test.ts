// Issue 4 "needs attention with the reason ... nothing is ever dropped silently": an error none of a
// try's steps foresaw is written on the item as a failed try (its backoff and reason), never left
// for the engine to retry unseen. Pure logic with stand-ins for this computer's key and outbox
// stores: a store that throws on demand is the only way to reach this path (the e2e suites drive
// every foreseen one through the real gateway).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initialStatus, type StatusEvent } from '../outbox/item-status.ts';
import type { ParsedItemRow } from '../outbox/outbox-rows.ts';

const stores = vi.hoisted(() => ({
  keysError: null as Error | null,
  writeError: null as Error | null,
  written: [] as { outboxId: string; event: StatusEvent }[],
}));

vi.mock('../db/device-key.ts', () => ({
  deviceKeys: () =>
    stores.keysError ? Promise.reject(stores.keysError) : Promise.resolve({ available: false, reason: 'x' }),
}));

vi.mock('../outbox/item-store.ts', () => ({
  applyEvent: (outboxId: string, event: StatusEvent) => {
    if (stores.writeError) return Promise.reject(stores.writeError);
    stores.written.push({ outboxId, event });
    return Promise.resolve({ ok: true });
  },
  applyEvents: () => Promise.reject(new Error('not used here')),
}));

const { processItem } = await import('./process-item.ts');

const item: ParsedItemRow = {
  ...initialStatus(),
  outboxId: '6f9a2c1e-3b4d-4e5f-8a7b-9c0d1e2f3a4b',
  uploaderStaffId: 'staff-1',
  queuedAt: '2026-12-01T10:00:00.000Z',
  size: 1000,
  chunkCount: 1,
  meta: { iv: new Uint8Array(12), data: new Uint8Array(16) },
};

const deps = {
  gatewayUrl: 'http://127.0.0.1:1',
  random: () => 0.5,
  onSending: () => undefined,
  sealed: undefined,
  accessToken: () => Promise.resolve(null),
  refreshAccess: () => Promise.resolve(false),
  signedInStaffId: () => null,
};

beforeEach(() => {
  stores.keysError = null;
  stores.writeError = null;
  stores.written.length = 0;
});

describe('an error no step of a try foresaw', () => {
  it('is written on the item as a failed try, with the reason, and the try ends there', async () => {
    stores.keysError = new Error('the database could not be opened');
    await expect(processItem(item, deps)).resolves.toBe('done');
    expect(stores.written).toHaveLength(1);
    const [written] = stores.written;
    expect(written?.outboxId).toBe(item.outboxId);
    if (written?.event.type !== 'failed')
      throw new Error(`written: ${written?.event.type}, not a failed try`);
    expect(written.event.reason).toContain('the database could not be opened');
    expect(written.event.reason).toContain('It will try again');
  });

  it('when even that cannot be written, goes to the engine (this computer’s storage is failing)', async () => {
    stores.keysError = new Error('the database could not be opened');
    stores.writeError = new Error('QuotaExceededError');
    await expect(processItem(item, deps)).rejects.toThrow('QuotaExceededError');
  });

  it('leaves a foreseen outcome alone: no key store now is "needs attention", not a failed try', async () => {
    await expect(processItem(item, deps)).resolves.toBe('done');
    expect(stores.written.map((w) => w.event.type)).toEqual(['needs-attention']);
  });
});
