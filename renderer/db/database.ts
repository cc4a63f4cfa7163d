/**
 * Hearth's IndexedDB database on this device (Dexie). Everything about a child is stored encrypted
 * (003: what a device keeps is encrypted and limited to the home's children); only what is needed
 * to find rows stays readable, and none of it names a child: row ids and child tags are HMACs under
 * the device key, not ids.
 *
 * Rows are typed here for writing, but every read parses them from `unknown` (see the *-rows.ts
 * schemas): another version of Hearth, or a person with the profile folder, may have written them.
 *
 * Rule for every transaction: do the crypto and the network first, then write. IndexedDB commits
 * a transaction as soon as it waits on anything that is not IndexedDB.
 */
import { Dexie, type EntityTable } from 'dexie';

/** The device data key, sealed by the host's key store; never stored in the clear. */
export interface DeviceSecretRow {
  id: string;
  sealed: Uint8Array;
}

/** Which device this is, as the gateway knows it (DeviceInfo in shared/api/session.ts). */
export interface DeviceRow {
  id: string;
  deviceId: string;
  name: string;
}

/** One cached API answer, AES-GCM encrypted under the device key. */
export interface CachedRecordRow {
  /** HMAC of the home and the cache key. */
  rowId: string;
  homeId: string;
  /** HMAC of the home and the child's id, so a child's rows can be removed when they leave; null if not about one child. */
  childTag: string | null;
  iv: Uint8Array;
  data: Uint8Array;
  fetchedAt: string;
}

/** An audit event waiting for the gateway: encrypted under the device key when there is one. */
export interface AuditQueueRow {
  id: string;
  staffId: string;
  at: string;
  /** Its place in the person's chain here (also inside `sealed`); rows from before chains have none. */
  chainId?: string;
  seq?: number;
  sealed: { iv: Uint8Array; data: Uint8Array } | null;
  /** Always null now (an event is never stored in the clear, 003: renderer/audit/unsealed-events.ts); older versions wrote it without a key store. */
  plain: unknown;
  /** The link's HMAC under its person's key here, when held (shared/api/final-audit.ts): no personal data. */
  proof?: string | null;
}

/**
 * The last link of this device's audit chain for one person (shared/domain/audit-chain.ts). Holds
 * only a UUID, a position and a hash: nothing about a child can be read from it.
 */
export interface AuditChainRow {
  staffId: string;
  chainId: string;
  seq: number;
  hash: string;
}

/** What lets a person unlock Hearth here without a connection: the gateway's grant, doubly encrypted. */
export interface OfflineSignInRow {
  /** Lower-cased username, as typed at the unlock screen. */
  username: string;
  staffId: string;
  salt: Uint8Array;
  iterations: number;
  iv: Uint8Array;
  data: Uint8Array;
  savedAt: string;
}

export const DB_NAME = 'hearth';

/** Tables are declared, not initialised: Dexie itself puts them on the instance in `stores()`. */
export class HearthDb extends Dexie {
  declare deviceSecrets: EntityTable<DeviceSecretRow, 'id'>;
  declare device: EntityTable<DeviceRow, 'id'>;
  declare records: EntityTable<CachedRecordRow, 'rowId'>;
  declare auditQueue: EntityTable<AuditQueueRow, 'id'>;
  declare offlineSignIns: EntityTable<OfflineSignInRow, 'username'>;
  declare auditChains: EntityTable<AuditChainRow, 'staffId'>;

  constructor() {
    super(DB_NAME, {
      // Audit events and the offline grant must survive a power cut right after they were written:
      // 'strict' makes Chromium flush to disk before it reports the commit.
      chromeTransactionDurability: 'strict',
    });
    this.version(1).stores({
      deviceSecrets: 'id',
      device: 'id',
      records: 'rowId, homeId, childTag',
      auditQueue: 'id, staffId',
      offlineSignIns: 'username',
    });
    // Issue 7: each queued event is a link of a chain; the queue is shipped in chain order.
    this.version(2).stores({
      auditQueue: 'id, staffId, [chainId+seq]',
      auditChains: 'staffId',
    });
  }
}

let instance: HearthDb | null = null;

/** The database, opened on first use (a page that never signs in never touches IndexedDB). */
export function database(): HearthDb {
  instance ??= new HearthDb();
  return instance;
}
