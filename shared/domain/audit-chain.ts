/**
 * The tamper-evident audit (issue 7; DOMAIN.md "Audit": nobody can edit or delete it, and a tampered
 * log must be detectable). Every event is a link in a chain: its hash is SHA-256 over the previous
 * link's hash and the event in one canonical form, and it carries its position (`seq`) and the hash
 * before it. Editing an event changes its hash; removing, inserting or reordering events breaks a
 * `prevHash` or a `seq`. Each device keeps one chain per person signed in on it (the person's events
 * are sent only in their own session, guidance 000), and the gateway keeps one for its own events.
 *
 * The hash function is passed in (WebCrypto on the device, node:crypto on the gateway): shared/ has
 * neither, and the chain must be the same on both.
 */

/** The hash before the first link of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The gateway's own chain (sign-ins, the lists and views it served, uploads, refusals...). */
export const GATEWAY_CHAIN_ID = 'gateway';

/** Everything an audit event says, as it is hashed. */
export interface AuditChainEntry {
  chainId: string;
  /** 1 for the first link, then one more for each. */
  seq: number;
  prevHash: string;
  id: string;
  /** ISO 8601, hashed exactly as written. */
  at: string;
  action: string;
  staffId: string | null;
  homeId: string | null;
  deviceId: string | null;
  childId: string | null;
  detail: string | null;
  offline: boolean;
}

export interface ChainedEntry extends AuditChainEntry {
  hash: string;
}

export type Sha256Hex = (text: string) => Promise<string> | string;

/** One fixed order, one version tag: the same event always serialises to the same text. */
export function canonicalAuditEntry(e: AuditChainEntry): string {
  return JSON.stringify([
    'hearth-audit-v1',
    e.chainId,
    e.seq,
    e.prevHash,
    e.id,
    e.at,
    e.action,
    e.staffId,
    e.homeId,
    e.deviceId,
    e.childId,
    e.detail,
    e.offline,
  ]);
}

export async function linkHash(sha256Hex: Sha256Hex, entry: AuditChainEntry): Promise<string> {
  return sha256Hex(`${entry.prevHash}\n${canonicalAuditEntry(entry)}`);
}

/** The next link after `head` (null: the chain's first). */
export async function chainNext(
  sha256Hex: Sha256Hex,
  head: { seq: number; hash: string } | null,
  fields: Omit<AuditChainEntry, 'seq' | 'prevHash'>,
): Promise<ChainedEntry> {
  const entry: AuditChainEntry = {
    ...fields,
    seq: (head?.seq ?? 0) + 1,
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  return { ...entry, hash: await linkHash(sha256Hex, entry) };
}

export type ChainProblem = 'edited' | 'missing' | 'out-of-order' | 'broken-link' | 'wrong-chain';

export type ChainVerdict =
  | { ok: true; chainId: string; length: number; head: { seq: number; hash: string } | null }
  | {
      ok: false;
      chainId: string;
      /** The first link that does not hold, as stored (its id and position). */
      firstBroken: { id: string; seq: number; index: number };
      problem: ChainProblem;
      message: string;
    };

const PROBLEM_WORDS: Record<ChainProblem, string> = {
  edited: 'its content does not match its hash: it was changed after it was recorded',
  missing: 'events before it are missing: they were removed',
  'out-of-order': 'it is out of order: events were moved',
  'broken-link': 'it does not follow the event before it: an event was removed, inserted or moved',
  'wrong-chain': 'it belongs to another chain',
};

/**
 * Walks `entries` in the order they are stored and reports the first link that does not hold.
 * `from` is where a partial walk starts (a chain verified up to a point); the default is its start.
 */
export async function verifyChain(
  sha256Hex: Sha256Hex,
  chainId: string,
  entries: readonly ChainedEntry[],
  from: { seq: number; hash: string } | null = null,
): Promise<ChainVerdict> {
  let prev = from;
  for (const [index, e] of entries.entries()) {
    const expectedSeq = (prev?.seq ?? 0) + 1;
    const broken = (problem: ChainProblem): ChainVerdict => ({
      ok: false,
      chainId,
      firstBroken: { id: e.id, seq: e.seq, index },
      problem,
      message: `Audit chain ${chainId}, event ${e.seq} (${e.id}): ${PROBLEM_WORDS[problem]}.`,
    });
    if (e.chainId !== chainId) return broken('wrong-chain');
    if ((await linkHash(sha256Hex, e)) !== e.hash) return broken('edited');
    if (e.seq < expectedSeq) return broken('out-of-order');
    if (e.seq > expectedSeq) {
      // The one expected here comes later: moved, not removed.
      const later = entries.slice(index + 1).some((x) => x.seq === expectedSeq);
      return broken(later ? 'out-of-order' : 'missing');
    }
    if (e.prevHash !== (prev?.hash ?? GENESIS_HASH)) return broken('broken-link');
    prev = { seq: e.seq, hash: e.hash };
  }
  return { ok: true, chainId, length: entries.length, head: prev };
}
