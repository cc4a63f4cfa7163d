// Issue 7 "Tamper-evident audit" (DOMAIN.md "Audit": nobody can edit or delete it, and a tampered log
// must be detectable): the chain finds an edited, a removed and a reordered event, and names the first.
import { describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  canonicalAuditEntry,
  chainNext,
  verifyChain,
  type ChainedEntry,
} from './audit-chain.ts';

const sha256Hex = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

async function chainOf(count: number, chainId = 'device-chain-1'): Promise<ChainedEntry[]> {
  const entries: ChainedEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const head = entries.at(-1) ?? null;
    entries.push(
      await chainNext(sha256Hex, head, {
        chainId,
        id: `00000000-0000-4000-8000-00000000000${i}`,
        at: `2026-11-25T10:0${i}:00.000Z`,
        action: i % 2 ? 'view-summary' : 'search-children',
        staffId: 'staff-priya-shah',
        homeId: 'home-larchfield',
        deviceId: 'device-1',
        childId: i % 2 ? 'child-leo-hartley' : null,
        detail: i % 2 ? null : 'Hartley',
        offline: false,
      }),
    );
  }
  return entries;
}

describe('the audit chain', () => {
  it('holds for events as recorded, and starts from the genesis hash', async () => {
    const entries = await chainOf(5);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    const verdict = await verifyChain(sha256Hex, 'device-chain-1', entries);
    expect(verdict).toEqual({
      ok: true,
      chainId: 'device-chain-1',
      length: 5,
      head: { seq: 5, hash: entries[4]?.hash },
    });
  });

  it('finds an edited event: a search’s words changed afterwards', async () => {
    const entries = await chainOf(5);
    const edited = entries.map((e) => (e.seq === 3 ? { ...e, detail: 'Someone else' } : e));
    const verdict = await verifyChain(sha256Hex, 'device-chain-1', edited);
    expect(verdict).toMatchObject({ ok: false, problem: 'edited', firstBroken: { seq: 3, index: 2 } });
  });

  it('finds an edited event whose hash was recomputed too: the next link no longer follows', async () => {
    const entries = await chainOf(5);
    const forged = await chainNext(sha256Hex, entries[1] ?? null, {
      ...(entries[2] as ChainedEntry),
      childId: 'child-someone-else',
    });
    const verdict = await verifyChain(
      sha256Hex,
      'device-chain-1',
      entries.map((e) => (e.seq === 3 ? forged : e)),
    );
    expect(verdict).toMatchObject({ ok: false, problem: 'broken-link', firstBroken: { seq: 4 } });
  });

  it('finds a removed event', async () => {
    const entries = await chainOf(5);
    const verdict = await verifyChain(
      sha256Hex,
      'device-chain-1',
      entries.filter((e) => e.seq !== 2),
    );
    expect(verdict).toMatchObject({ ok: false, problem: 'missing', firstBroken: { seq: 3, index: 1 } });
    if (!verdict.ok) expect(verdict.message).toMatch(/removed/);
  });

  it('finds reordered events', async () => {
    const entries = await chainOf(5);
    const [a, b, c, d, e] = entries as [ChainedEntry, ChainedEntry, ChainedEntry, ChainedEntry, ChainedEntry];
    const verdict = await verifyChain(sha256Hex, 'device-chain-1', [a, c, b, d, e]);
    expect(verdict).toMatchObject({ ok: false, problem: 'out-of-order', firstBroken: { seq: 3, index: 1 } });
  });

  it('finds an event carried over from another chain', async () => {
    const mine = await chainOf(3);
    const theirs = await chainOf(3, 'device-chain-2');
    const verdict = await verifyChain(sha256Hex, 'device-chain-1', [...mine, theirs[0] as ChainedEntry]);
    expect(verdict).toMatchObject({ ok: false, problem: 'wrong-chain', firstBroken: { index: 3 } });
  });

  it('continues a walk from a verified head', async () => {
    const entries = await chainOf(4);
    const head = { seq: 2, hash: (entries[1] as ChainedEntry).hash };
    expect(await verifyChain(sha256Hex, 'device-chain-1', entries.slice(2), head)).toMatchObject({
      ok: true,
      length: 2,
    });
  });

  it('serialises every field, so changing any one changes the hash', async () => {
    const [first] = (await chainOf(1)) as [ChainedEntry];
    const fields = ['id', 'at', 'action', 'staffId', 'homeId', 'deviceId', 'childId', 'detail'] as const;
    for (const field of fields) {
      expect(canonicalAuditEntry({ ...first, [field]: 'changed' })).not.toBe(canonicalAuditEntry(first));
    }
    expect(canonicalAuditEntry({ ...first, offline: true })).not.toBe(canonicalAuditEntry(first));
    // A null and the text "null" are different answers.
    expect(canonicalAuditEntry({ ...first, childId: 'null' })).not.toBe(
      canonicalAuditEntry({ ...first, childId: null }),
    );
  });
});
