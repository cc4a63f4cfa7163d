/**
 * Which credentials carry an item to the gateway (issue 4: sent "whoever is signed in, or none (items
 * keep their uploader)"). An item signed at queue time (outbox/item-proof.ts) carries itself, with
 * its own credential, whoever is signed in or nobody; the gateway files it in its uploader's name.
 * An item queued without a signature (before upload keys) goes only in its uploader's own online
 * session, as it always did (000: nobody sends in another's name). null: it waits.
 */
import type { ParsedItemRow } from '../outbox/outbox-rows.ts';
import type { SealedMeta } from '../outbox/outbox-meta.ts';
import { itemAuthorization } from '../outbox/item-proof.ts';

export interface Credentials {
  /** The whole `Authorization` header value, or null when none can be had now. */
  header(): Promise<string | null>;
  /** After a 401: true when fresh credentials are now available. */
  refresh(): Promise<boolean>;
  /** 'item': the item's own credential; a 401 says the gateway does not know it, not a lapsed session. */
  kind: 'item' | 'session';
}

export interface SessionAccess {
  accessToken(): Promise<string | null>;
  refreshAccess(): Promise<boolean>;
  signedInStaffId(): string | null;
}

export function credentialsFor(
  item: Pick<ParsedItemRow, 'outboxId' | 'uploaderStaffId'>,
  meta: SealedMeta | null,
  session: SessionAccess,
): Credentials | null {
  if (meta?.itemMac && meta.deviceId && meta.uploaderStaffId === item.uploaderStaffId) {
    const header = itemAuthorization({
      staffId: item.uploaderStaffId,
      deviceId: meta.deviceId,
      outboxId: item.outboxId,
      mac: meta.itemMac,
    });
    return { kind: 'item', header: () => Promise.resolve(header), refresh: () => Promise.resolve(false) };
  }
  if (session.signedInStaffId() !== item.uploaderStaffId) return null;
  return {
    kind: 'session',
    header: async () => {
      const token = await session.accessToken();
      return token ? `Bearer ${token}` : null;
    },
    refresh: session.refreshAccess,
  };
}
