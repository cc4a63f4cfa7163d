/**
 * The gateway's own audit rows (source 'gateway'): sign-ins, sign-outs, and every list, search and
 * view it serves (001: "All entries, enquiries and records viewed are digitally logged against each
 * staff member's account"). Written before the answer is sent: no record leaves unlogged.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditAction } from '../../shared/api/audit.ts';
import type { Database } from '../db/schema.ts';

export interface GatewayEvent {
  staffId: string | null;
  homeId: string | null;
  deviceId: string | null;
  action: AuditAction;
  childId?: string | null;
  /** What was asked for or why it was refused; cut to 200 characters. */
  detail?: string | null;
}

export async function recordGatewayEvent(
  db: Kysely<Database>,
  event: GatewayEvent,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('audit_events')
    .values({
      id: randomUUID(),
      staff_id: event.staffId,
      home_id: event.homeId,
      device_id: event.deviceId,
      action: event.action,
      child_id: event.childId ?? null,
      detail: event.detail == null ? null : event.detail.slice(0, 200),
      offline: 0,
      occurred_at: at,
      received_at: at,
      source: 'gateway',
    })
    .execute();
}
