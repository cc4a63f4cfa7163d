/**
 * Reading a home's audit for its managers (shared/api/audit-review.ts; 001: "can be reviewed by
 * management"). Only events recorded against the home are read, so another home's manager can never
 * see them. Newest first by keyset pages, (occurred_at, rowid) descending (events of the same
 * instant in the order they were written): a home gathers 100k+ events
 * and an OFFSET would walk every skipped row; the index on (home_id, occurred_at) serves both.
 */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { AuditFilters, AuditRow } from '../../shared/api/audit-review.ts';
import { auditActionLabel } from '../../shared/domain/audit-action-labels.ts';
import { englandDayEnd, englandDayStart } from '../../shared/domain/england-day.ts';
import { ROLE_LABELS, Role } from '../../shared/domain/roles.ts';
import type { Database } from '../db/schema.ts';

/** Where a page ended: the last event's time and its rowid (the order the gateway wrote events in). */
export interface Cursor {
  at: string;
  rowid: number;
}

export const encodeCursor = (c: Cursor): string =>
  Buffer.from(JSON.stringify([c.at, c.rowid]), 'utf8').toString('base64url');

/** The cursor a page handed out, or null when it is not one (a 400 for the caller). */
export function decodeCursor(text: string): Cursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2) {
      const [at, rowid]: unknown[] = value;
      if (typeof at === 'string' && typeof rowid === 'number' && Number.isSafeInteger(rowid))
        return { at, rowid };
    }
  } catch {
    // Not base64 JSON: answered as null below.
  }
  return null;
}

type EventsQuery<O> = SelectQueryBuilder<Database, 'audit_events', O>;

function filtered<O>(query: EventsQuery<O>, homeId: string, f: AuditFilters): EventsQuery<O> {
  let q = query.where('audit_events.home_id', '=', homeId);
  if (f.staffId !== undefined) q = q.where('audit_events.staff_id', '=', f.staffId);
  if (f.childId !== undefined) q = q.where('audit_events.child_id', '=', f.childId);
  if (f.action !== undefined) q = q.where('audit_events.action', '=', f.action);
  if (f.from !== undefined) q = q.where('audit_events.occurred_at', '>=', englandDayStart(f.from));
  if (f.to !== undefined) q = q.where('audit_events.occurred_at', '<', englandDayEnd(f.to));
  return q;
}

export const NOT_THIS_HOME = 'Not a child placed in this home';

const roleLabel = (role: string): string => {
  const known = Role.safeParse(role);
  return known.success ? ROLE_LABELS[known.data] : role;
};

const ROWID = sql<number>`audit_events.rowid`;

/** Up to `limit` events matching `filters` after `after`, newest first, with names joined. */
export type AuditRowAt = AuditRow & { rowid: number };

export async function auditRows(
  db: Kysely<Database>,
  homeId: string,
  filters: AuditFilters,
  limit: number,
  after: Cursor | null = null,
): Promise<AuditRowAt[]> {
  let q = filtered(db.selectFrom('audit_events'), homeId, filters)
    .leftJoin('staff', 'staff.id', 'audit_events.staff_id')
    // Only this home's children are named: an event about another home's child (a refused device
    // event, a guessed id) must not tell this home's manager who that child is (DOMAIN.md).
    .leftJoin('children', (join) =>
      join.onRef('children.id', '=', 'audit_events.child_id').on('children.home_id', '=', homeId),
    )
    .leftJoin('devices', (join) =>
      join
        .onRef('devices.id', '=', 'audit_events.device_id')
        .onRef('devices.staff_id', '=', 'audit_events.staff_id'),
    )
    .select([
      'audit_events.id',
      'audit_events.occurred_at',
      'audit_events.staff_id',
      'audit_events.child_id',
      'audit_events.action',
      'audit_events.detail',
      'audit_events.offline',
      'audit_events.refused_reason',
      'staff.display_name',
      'staff.role',
      'children.first_name',
      'children.last_name',
      'devices.name as device_name',
      ROWID.as('rowid'),
    ]);
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('audit_events.occurred_at', '<', after.at),
        eb.and([eb('audit_events.occurred_at', '=', after.at), eb(ROWID, '<', after.rowid)]),
      ]),
    );
  }
  const rows = await q
    .orderBy('audit_events.occurred_at', 'desc')
    .orderBy(ROWID, 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.occurred_at,
    person:
      r.staff_id === null
        ? null
        : { id: r.staff_id, name: r.display_name ?? r.staff_id, role: r.role ? roleLabel(r.role) : '' },
    child:
      r.child_id === null
        ? null
        : {
            id: r.child_id,
            name: r.first_name === null ? NOT_THIS_HOME : `${r.first_name} ${r.last_name ?? ''}`.trim(),
          },
    action: r.action,
    actionLabel: auditActionLabel(r.action),
    detail: r.detail,
    device: r.device_name,
    offline: r.offline === 1,
    refusedReason: r.refused_reason,
    rowid: r.rowid,
  }));
}

export async function auditCount(db: Kysely<Database>, homeId: string, filters: AuditFilters) {
  const row = await filtered(db.selectFrom('audit_events'), homeId, filters)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The people and children a manager may filter by: the home's staff and every child placed there. */
export async function filterChoices(db: Kysely<Database>, homeId: string) {
  const people = await db
    .selectFrom('staff')
    .select(['id', 'display_name', 'role'])
    .where('home_id', '=', homeId)
    .orderBy('display_name')
    .execute();
  const children = await db
    .selectFrom('children')
    .select(['id', 'first_name', 'last_name'])
    .where('home_id', '=', homeId)
    .orderBy('first_name')
    .orderBy('last_name')
    .execute();
  return {
    people: people.map((p) => ({ id: p.id, name: p.display_name, role: roleLabel(p.role) })),
    children: children.map((c) => ({ id: c.id, name: `${c.first_name} ${c.last_name}` })),
  };
}
