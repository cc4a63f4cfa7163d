/**
 * Outbox rows as the queue screen shows them: the sealed metadata opened with the device key. A
 * row that does not parse, or whose metadata no longer opens (the key store lost its key), is
 * still listed, as needing attention: nothing in the outbox disappears without a word.
 */
import { z } from 'zod';
import { openJson } from '../db/aes-gcm.ts';
import { deviceKeys } from '../db/device-key.ts';
import { initialStatus, type ItemStatus } from './item-status.ts';
import { metaContext, SealedMeta } from './outbox-meta.ts';
import { parseItemRow, type ParsedItemRow } from './outbox-rows.ts';

export interface OutboxItem extends Omit<ItemStatus, 'failuresInARow' | 'uploadUrl'> {
  outboxId: string;
  uploaderStaffId: string;
  queuedAt: string;
  /** Bytes of the plain file. */
  size: number;
  /** What was queued (title, child, type, file name, SHA-256); null when it cannot be read here. */
  meta: SealedMeta | null;
}

export const UNREADABLE_ITEM =
  'Hearth cannot read this queued document on this computer any more (its encryption key was lost). Queue the document again, and tell IT.';

const Identified = z.object({ outboxId: z.string() });

/** Metadata never changes after queueing, so each item's is opened once per page. */
const opened = new Map<string, SealedMeta | null>();

export async function openMeta(item: ParsedItemRow): Promise<SealedMeta | null> {
  if (opened.has(item.outboxId)) return opened.get(item.outboxId) ?? null;
  const keys = await deviceKeys();
  // No key store now (e.g. it is locked): do not remember the miss, it may open later.
  if (!keys.available) return null;
  const plain = await openJson(keys.keys.aes, item.meta, metaContext(item.outboxId));
  const meta = SealedMeta.safeParse(plain);
  const value = meta.success ? meta.data : null;
  opened.set(item.outboxId, value);
  return value;
}

/** The engine's bookkeeping (backoff level, upload URL) is not for the screen. */
function shownStatus(status: ItemStatus): Omit<ItemStatus, 'failuresInARow' | 'uploadUrl'> {
  const { failuresInARow: _failures, uploadUrl: _url, ...shown } = status;
  return shown;
}

export async function toOutboxItem(item: ParsedItemRow): Promise<OutboxItem> {
  const { outboxId, uploaderStaffId, queuedAt, size } = item;
  const shown = { ...shownStatus(item), outboxId, uploaderStaffId, queuedAt, size };
  const meta = await openMeta(item);
  if (meta === null && shown.state !== 'received' && shown.state !== 'notified') {
    return { ...shown, meta, state: 'needs-attention', attention: shown.attention ?? UNREADABLE_ITEM };
  }
  return { ...shown, meta };
}

/** A row Hearth cannot parse, shown rather than hidden. */
function unreadableRow(row: unknown): OutboxItem | null {
  const id = Identified.safeParse(row);
  if (!id.success) return null;
  return {
    ...shownStatus(initialStatus()),
    outboxId: id.data.outboxId,
    uploaderStaffId: '',
    queuedAt: new Date(0).toISOString(),
    size: 0,
    meta: null,
    state: 'needs-attention',
    attention: UNREADABLE_ITEM,
  };
}

export async function toOutboxItems(rows: unknown[]): Promise<OutboxItem[]> {
  const items = await Promise.all(
    rows.map(async (row) => {
      const item = parseItemRow(row);
      return item ? toOutboxItem(item) : unreadableRow(row);
    }),
  );
  return items.flatMap((item) => (item ? [item] : [])).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}
