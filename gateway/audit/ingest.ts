/**
 * Takes a batch of a device's audit events (POST /api/v1/audit/events). Each event is inserted once
 * by its id (a resend after a lost answer records nothing twice). An event about a child is taken
 * only when that child exists for the person: placed in their home now, or on the day the event
 * happened (a view made offline just before the child left is still a true record). Anything else
 * is refused, with the same reason for an unknown id and another home's child.
 */
import type { Insertable, Kysely } from 'kysely';
import type { AuditAccepted, DeviceAuditEvent } from '../../shared/api/audit.ts';
import { englandDate, isPlacedInHome } from '../../shared/domain/access.ts';
import type { AuditEventsTable, Database } from '../db/schema.ts';

export interface Author {
  staffId: string;
  homeId: string;
  deviceId: string;
}

/** Rows per INSERT, well inside SQLite's and PostgreSQL's bound-parameter limits. */
const BATCH = 200;

export const NOT_YOUR_CHILD = 'not a child placed in your home';
export const ID_TAKEN = 'this event id is already held for another person or device';

async function placementsOf(db: Kysely<Database>, homeId: string, childIds: string[]) {
  const rows =
    childIds.length === 0
      ? []
      : await db
          .selectFrom('children')
          .select(['id', 'home_id', 'placement_start', 'placement_end'])
          .where('id', 'in', childIds)
          .where('home_id', '=', homeId)
          .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { homeId: r.home_id, placementStart: r.placement_start, placementEnd: r.placement_end },
    ]),
  );
}

export async function ingestDeviceEvents(
  db: Kysely<Database>,
  author: Author,
  events: readonly DeviceAuditEvent[],
  now: Date,
): Promise<AuditAccepted> {
  const today = englandDate(now);
  const childIds = [...new Set(events.flatMap((e) => (e.childId === null ? [] : [e.childId])))];
  const placements = await placementsOf(db, author.homeId, childIds);
  const refused: AuditAccepted['refused'] = [];
  const wanted = events.filter((event) => {
    if (event.childId === null) return true;
    const placement = placements.get(event.childId);
    const seen = [today, englandDate(new Date(event.at))];
    const ok = placement !== undefined && seen.some((day) => isPlacedInHome(placement, author.homeId, day));
    if (!ok) refused.push({ id: event.id, reason: NOT_YOUR_CHILD });
    return ok;
  });
  const receivedAt = now.toISOString();
  // The same id twice in one batch is one event.
  const unique = [...new Map(wanted.map((e) => [e.id, e])).values()];
  const rows: Insertable<AuditEventsTable>[] = unique.map((e) => ({
    id: e.id,
    staff_id: author.staffId,
    home_id: author.homeId,
    device_id: author.deviceId,
    action: e.action,
    child_id: e.childId,
    detail: e.detail,
    offline: e.offline ? 1 : 0,
    occurred_at: new Date(e.at).toISOString(),
    received_at: receivedAt,
    source: 'device',
  }));
  const ids = rows.map((r) => r.id);
  const held = await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      await trx
        .insertInto('audit_events')
        .values(rows.slice(i, i + BATCH))
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    if (ids.length === 0) return [];
    return trx
      .selectFrom('audit_events')
      .select(['id', 'staff_id', 'device_id', 'source'])
      .where('id', 'in', ids)
      .execute();
  });
  // An id already held for someone else is not this person's event: say so rather than claim it.
  const mine = new Set(
    held
      .filter(
        (r) => r.source === 'device' && r.staff_id === author.staffId && r.device_id === author.deviceId,
      )
      .map((r) => r.id),
  );
  for (const id of ids) if (!mine.has(id)) refused.push({ id, reason: ID_TAKEN });
  return { accepted: ids.filter((id) => mine.has(id)), refused };
}
