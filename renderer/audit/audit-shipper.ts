/**
 * Sends queued audit events to POST /api/v1/audit/events, in batches, when the gateway can be
 * reached and the person they belong to is signed in online (the gateway accepts a person's events
 * only from that person: no "act for", guidance 000). A row is removed only after the gateway
 * answered for its id (accepted, or refused for good); the gateway ignores ids it already has, so
 * sending again after a lost answer is safe.
 */
import { z } from 'zod';
import { AuditAccepted, DeviceAuditEvent } from '../../shared/api/audit.ts';
import { apiPost } from '../api/client.ts';
import { openJson, StoredBytes } from '../db/aes-gcm.ts';
import { database } from '../db/database.ts';
import { deviceKeys } from '../db/device-key.ts';
import { thisDevice } from '../db/device-identity.ts';
import { useSession } from '../session/session-store.ts';
import { allUnsealed, releaseUnsealed, unsealedOf } from './unsealed-events.ts';

/** The gateway takes at most 500 events per batch (AuditBatch in shared/api/audit.ts). */
const BATCH = 500;
/** Views come in bursts (a list, then a record): wait a moment and send them together. */
const SOON_MS = 1_500;

const QueueRow = z.object({
  id: z.uuid(),
  staffId: z.string(),
  at: z.string(),
  sealed: z.object({ iv: StoredBytes, data: StoredBytes }).nullable(),
  plain: z.unknown(),
  proof: z.string().nullish(),
});

/** Binds an event's ciphertext to its id and person, so rows cannot be swapped between people. */
export const auditContext = (eventId: string, staffId: string) => `hearth/audit/${staffId}/${eventId}`;

/** A queued event as read back, with whose it is and its proof (shared/api/final-audit.ts). */
export interface QueuedEvent {
  staffId: string;
  event: DeviceAuditEvent;
  proof: string | null;
}

/** In chain order: the gateway checks each link against the one before it. */
const chainOrder = (a: QueuedEvent, b: QueuedEvent) =>
  a.event.chainId.localeCompare(b.event.chainId) || a.event.seq - b.event.seq;

/** The queued events of `rows` that can be read; an unreadable one stays queued, never deleted unsent. */
async function readRows(rows: unknown[]): Promise<QueuedEvent[]> {
  const keys = await deviceKeys();
  const events: QueuedEvent[] = [];
  for (const row of rows) {
    const parsed = QueueRow.safeParse(row);
    if (!parsed.success) continue;
    const { sealed, plain, id, staffId } = parsed.data;
    const content = sealed
      ? keys.available
        ? await openJson(keys.keys.aes, sealed, auditContext(id, staffId))
        : null
      : plain; // rows written in the clear by versions before unsealed-events.ts
    const event = DeviceAuditEvent.safeParse(content);
    if (event.success && event.data.id === id)
      events.push({ staffId, event: event.data, proof: parsed.data.proof ?? null });
  }
  return events;
}

async function eventsOf(staffId: string): Promise<DeviceAuditEvent[]> {
  const rows: unknown[] = await database().auditQueue.where('staffId').equals(staffId).toArray();
  const events = await readRows(rows);
  events.push(...unsealedOf(staffId).map((event) => ({ staffId, event, proof: null })));
  return events.sort(chainOrder).map((queued) => queued.event);
}

/** Everyone's unsent events on this computer, in chain order: its last shipment when revoked. */
export async function allQueuedEvents(): Promise<QueuedEvent[]> {
  const rows: unknown[] = await database().auditQueue.toArray();
  return [...(await readRows(rows)), ...allUnsealed()].sort(chainOrder);
}

async function ship(): Promise<void> {
  const { status, mode, staff } = useSession.getState();
  if (status !== 'signed-in' || mode !== 'online' || !staff) return;
  const events = await eventsOf(staff.id);
  if (events.length === 0) return;
  const device = await thisDevice();
  for (let start = 0; start < events.length; start += BATCH) {
    const batch = events.slice(start, start + BATCH);
    const answer = await apiPost(
      '/api/v1/audit/events',
      { deviceId: device.id, staffId: staff.id, events: batch },
      AuditAccepted,
    );
    if (!answer.ok) return; // kept for the next try
    // Accepted ones are held by the gateway; refused ones it will never take (e.g. about a child
    // not placed in the home), so resending them forever would only hide newer events behind them.
    const sent = new Set(batch.map((e) => e.id));
    const done = [...answer.value.accepted, ...answer.value.refused.map((r) => r.id)];
    const answered = done.filter((id) => sent.has(id));
    await database().auditQueue.bulkDelete(answered);
    releaseUnsealed(answered);
  }
}

let running: Promise<void> | null = null;
let again = false;

/** Sends what is queued now; a call while sending makes one more round afterwards. */
export function shipAuditEvents(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = ship()
    .catch(() => undefined)
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        void shipAuditEvents();
      }
    });
  return running;
}

let soon: ReturnType<typeof setTimeout> | undefined;

export function shipSoon(): void {
  clearTimeout(soon);
  soon = setTimeout(() => void shipAuditEvents(), SOON_MS);
}
