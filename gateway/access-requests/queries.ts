/**
 * Access requests at the gateway (002 §6.2): recording one with its audit row and the social
 * worker's notice in ONE transaction (the request, its audit and its notice stand or fall together,
 * EXAMPLES.md #6), reading a person's latest request and a grant in force, and the council's
 * decision. The state a request is in is worked out with the shared `requestStateAt`, so a grant
 * ends at its expiry without any job running.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AccessRequestView } from '../../shared/api/access-requests.ts';
import { grantExpiry, requestStateAt } from '../../shared/domain/access-requests.ts';
import { ROLE_LABELS } from '../../shared/domain/roles.ts';
import { appendGatewayEvent } from '../audit/chain.ts';
import type { SignedInPerson } from '../auth/bearer.ts';
import { insertPendingNotice } from '../notify/queue.ts';
import { composeAccessNotice } from './notice.ts';
import type { AccessRequestDatabase, AccessRequestsTable } from './tables.ts';

type Db = Kysely<AccessRequestDatabase>;

export function toView(row: AccessRequestsTable, now: Date): AccessRequestView {
  return {
    id: row.id,
    staffId: row.staff_id,
    state: requestStateAt({ decision: row.decision, expiresAt: row.expires_at }, now),
    requestedAt: row.requested_at,
    reason: row.reason,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    note: row.note,
    expiresAt: row.expires_at,
  };
}

/** The person's most recent request for the child, or undefined when they never asked. */
export function latestRequest(db: Db, staffId: string, childId: string) {
  return db
    .selectFrom('access_requests')
    .selectAll()
    .where('staff_id', '=', staffId)
    .where('child_id', '=', childId)
    .orderBy('requested_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/**
 * The grant in force for this person and child at `now`, if any: what lets the records routes
 * serve them the full record. Another person's grant never counts (the request is personal).
 */
export async function grantInForce(db: Db, staffId: string, childId: string, now: Date) {
  return db
    .selectFrom('access_requests')
    .selectAll()
    .where('staff_id', '=', staffId)
    .where('child_id', '=', childId)
    .where('decision', '=', 'granted')
    .where('expires_at', '>', now.toISOString())
    .orderBy('expires_at', 'desc')
    .executeTakeFirst();
}

export type CreateOutcome = { existing: boolean; row: AccessRequestsTable };

/**
 * Records the request, its audit event and the notice to the allocated worker (or the team's duty
 * inbox), or returns the person's open request or grant in force instead: one at a time.
 */
export async function createAccessRequest(
  db: Db,
  person: SignedInPerson,
  childId: string,
  reason: string,
  now: Date,
): Promise<CreateOutcome> {
  return db.transaction().execute(async (trx) => {
    const open = await latestRequest(trx, person.staffId, childId);
    if (open && ['pending', 'granted'].includes(toView(open, now).state))
      return { existing: true, row: open };
    const row: AccessRequestsTable = {
      id: randomUUID(),
      staff_id: person.staffId,
      home_id: person.homeId,
      child_id: childId,
      device_id: person.deviceId,
      reason,
      requested_at: now.toISOString(),
      decision: 'pending',
      decided_at: null,
      decided_by: null,
      note: null,
      expires_at: null,
    };
    await trx.insertInto('access_requests').values(row).execute();
    await appendGatewayEvent(
      trx,
      {
        staffId: person.staffId,
        homeId: person.homeId,
        deviceId: person.deviceId,
        action: 'access-request',
        childId,
        // The purpose is part of the audit (DOMAIN.md "Audit"); cut to 200 characters by the chain.
        detail: `request ${row.id}: ${reason}`,
      },
      now,
    );
    const child = await trx
      .selectFrom('children')
      .innerJoin('teams', 'teams.id', 'children.team_id')
      .leftJoin('social_workers', 'social_workers.id', 'children.social_worker_id')
      .select(['children.first_name', 'children.last_name', 'children.mosaic_id', 'children.team_id'])
      .select(['teams.name as team_name', 'teams.duty_inbox_email'])
      .select([
        'social_workers.id as sw_id',
        'social_workers.name as sw_name',
        'social_workers.email as sw_email',
      ])
      .where('children.id', '=', childId)
      .executeTakeFirstOrThrow();
    const worker =
      child.sw_id !== null && child.sw_name !== null && child.sw_email !== null
        ? { id: child.sw_id, name: child.sw_name, email: child.sw_email }
        : null;
    const notice = composeAccessNotice({
      recipient: worker
        ? { kind: 'social-worker', name: worker.name }
        : { kind: 'duty-inbox', teamName: child.team_name },
      child: { firstName: child.first_name, lastName: child.last_name, mosaicId: child.mosaic_id },
      requester: {
        name: person.profile.name,
        role: ROLE_LABELS[person.role],
        homeName: person.profile.home.name,
      },
      reason,
      requestedAt: now,
    });
    await insertPendingNotice(trx, {
      documentId: null,
      accessRequestId: row.id,
      childId,
      worker,
      team: { id: child.team_id, name: child.team_name, dutyInboxEmail: child.duty_inbox_email },
      notice,
      at: now,
    });
    return { existing: false, row };
  });
}

const councilBase = (db: Db) =>
  db
    .selectFrom('access_requests')
    .innerJoin('children', 'children.id', 'access_requests.child_id')
    .innerJoin('staff', 'staff.id', 'access_requests.staff_id')
    .innerJoin('homes', 'homes.id', 'access_requests.home_id')
    .selectAll('access_requests')
    .select(['children.first_name', 'children.last_name', 'children.mosaic_id'])
    .select(['staff.display_name', 'staff.role', 'homes.name as home_name'])
    .orderBy('access_requests.requested_at')
    .orderBy('access_requests.id');

type CouncilRow = Awaited<ReturnType<ReturnType<typeof councilBase>['execute']>>[number];

export function toCouncilView(row: CouncilRow, now: Date) {
  const { staffId: _staffId, ...view } = toView(row, now);
  return {
    ...view,
    child: { id: row.child_id, firstName: row.first_name, lastName: row.last_name, mosaicId: row.mosaic_id },
    requester: {
      staffId: row.staff_id,
      name: row.display_name,
      role: ROLE_LABELS[row.role],
      home: row.home_name,
      deviceId: row.device_id,
    },
  };
}

export const councilRequest = (db: Db, id: string) =>
  councilBase(db).where('access_requests.id', '=', id).executeTakeFirst();

/** Requests whose stored decision matches; 'granted' and 'expired' are told apart by the time. */
export async function councilRequests(db: Db, state: AccessRequestView['state'], now: Date) {
  const stored = state === 'expired' ? 'granted' : state;
  const rows = await councilBase(db).where('access_requests.decision', '=', stored).execute();
  return rows.map((row) => toCouncilView(row, now)).filter((view) => view.state === state);
}

export type DecideOutcome = 'decided' | 'not-found' | 'already-decided';

/**
 * The council's decision on a pending request, audited against the requester's account (it is
 * about their access; the council officer is named in the detail). Compare-and-set on 'pending',
 * so two decisions racing cannot both win.
 */
export async function decideAccessRequest(
  db: Db,
  id: string,
  decision: { decision: 'granted' | 'refused'; decidedBy: string; note?: string | undefined },
  now: Date,
): Promise<DecideOutcome> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('access_requests').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return 'not-found';
    const updated = await trx
      .updateTable('access_requests')
      .set({
        decision: decision.decision,
        decided_at: now.toISOString(),
        decided_by: decision.decidedBy,
        note: decision.note === undefined || decision.note === '' ? null : decision.note,
        expires_at: decision.decision === 'granted' ? grantExpiry(now).toISOString() : null,
      })
      .where('id', '=', id)
      .where('decision', '=', 'pending')
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) return 'already-decided';
    await appendGatewayEvent(
      trx,
      {
        staffId: row.staff_id,
        homeId: row.home_id,
        deviceId: null,
        action: 'access-request-decided',
        childId: row.child_id,
        detail: `request ${row.id} ${decision.decision} by ${decision.decidedBy}`,
      },
      now,
    );
    return 'decided';
  });
}
