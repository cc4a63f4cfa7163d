/**
 * The council's changes to sibling groups (shared/api/groups.ts, issue 8; guidance 004): create a
 * group with its members, rename it, add a member, end a membership, and the suggested name. Names
 * go through the one 004 checker and generator (shared/domain/group-name.ts); members through the
 * one membership rule (membership.ts). Each change and its audit event (the gateway's chain, no
 * staff member or home: the council made it) are written in one transaction, so neither stands
 * without the other.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { CouncilGroup, CreateGroup, NewGroupMember } from '../../shared/api/groups.ts';
import type { AuditAction } from '../../shared/api/audit.ts';
import { checkGroupName, suggestGroupName, type GroupMemberForName } from '../../shared/domain/group-name.ts';
import { appendGatewayEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { addGroupMemberIn, endGroupMembership } from './membership.ts';

/** Why a change was refused, as the route answers it. */
export interface GroupRefusal {
  status: 400 | 404 | 409;
  message: string;
}
export type GroupChange = { ok: true; group: CouncilGroup } | ({ ok: false } & GroupRefusal);

const refused = (status: GroupRefusal['status'], message: string) =>
  ({ ok: false, status, message }) as const;

/** Thrown inside a transaction to roll it back, carrying the refusal out. */
class Refused extends Error {
  readonly refusal: GroupRefusal;
  constructor(refusal: GroupRefusal) {
    super(refusal.message);
    this.refusal = refusal;
  }
}

export const NO_SUCH_GROUP = 'There is no sibling group with this id.';
export const noChildRecord = (id: string) =>
  `There is no child’s record with id ${id}. Parents are never members of a group (004).`;

export async function councilGroup(db: Kysely<Database>, groupId: string): Promise<CouncilGroup | null> {
  const group = await db
    .selectFrom('sibling_groups')
    .select(['id', 'name'])
    .where('id', '=', groupId)
    .executeTakeFirst();
  if (!group) return null;
  const rows = await db
    .selectFrom('sibling_group_members')
    .select(['child_id', 'start_date', 'end_date', 'main_address', 'postcode'])
    .where('group_id', '=', groupId)
    .orderBy('start_date')
    .orderBy('child_id')
    .execute();
  return {
    ...group,
    members: rows.map((r) => ({
      childId: r.child_id,
      startDate: r.start_date,
      endDate: r.end_date,
      mainAddress: r.main_address,
      postcode: r.postcode,
    })),
  };
}

/**
 * The children's surnames and dates of birth with the postcodes given (or, where none is given, the
 * one recorded with their latest membership), in the generator's terms; the ids with no child record.
 */
export async function membersForName(
  db: Kysely<Database>,
  members: readonly { childId: string; postcode?: string | undefined }[],
): Promise<{ named: GroupMemberForName[]; unknown: string[] }> {
  const named: GroupMemberForName[] = [];
  const unknown: string[] = [];
  for (const { childId, postcode } of members) {
    const child = await db
      .selectFrom('children')
      .select(['last_name', 'date_of_birth'])
      .where('id', '=', childId)
      .executeTakeFirst();
    if (!child) {
      unknown.push(childId);
      continue;
    }
    const latest = await db
      .selectFrom('sibling_group_members')
      .select('postcode')
      .where('child_id', '=', childId)
      .orderBy('start_date', 'desc')
      .executeTakeFirst();
    const given = postcode === undefined || postcode === '' ? undefined : postcode;
    named.push({
      lastName: child.last_name,
      dateOfBirth: child.date_of_birth,
      postcode: given ?? latest?.postcode ?? null,
    });
  }
  return { named, unknown };
}

const audit = (trx: Transaction<Database>, action: AuditAction, detail: string, now: Date) =>
  appendGatewayEvent(trx, { staffId: null, homeId: null, deviceId: null, action, detail }, now);

async function addIn(trx: Transaction<Database>, groupId: string, member: NewGroupMember, now: Date) {
  const added = await addGroupMemberIn(
    trx,
    {
      groupId,
      personId: member.childId,
      startDate: member.startDate,
      mainAddress: member.mainAddress,
      postcode: member.postcode,
    },
    now,
  );
  if (!added.ok) {
    const status = added.error === 'already-member' || added.error === 'in-another-group' ? 409 : 400;
    throw new Refused({ status, message: added.message });
  }
  await audit(trx, 'group-member-added', `${groupId}: ${member.childId} from ${member.startDate}`, now);
}

/** Runs `change` in one transaction; a Refused thrown inside rolls it back and is answered. */
async function inTransaction(
  db: Kysely<Database>,
  groupId: string,
  change: (trx: Transaction<Database>) => Promise<void>,
): Promise<GroupChange> {
  try {
    await db.transaction().execute(change);
  } catch (error) {
    if (error instanceof Refused) return { ok: false, ...error.refusal };
    throw error;
  }
  const group = await councilGroup(db, groupId);
  return group ? { ok: true, group } : refused(404, NO_SUCH_GROUP);
}

/** A new group: the name given (checked, 004) or the suggested one; every member or none. */
export async function createGroup(db: Kysely<Database>, input: CreateGroup, now: Date): Promise<GroupChange> {
  const ids = input.members.map((m) => m.childId);
  if (new Set(ids).size !== ids.length) return refused(400, 'Each child can be listed once only.');
  const { named, unknown } = await membersForName(db, input.members);
  const [firstUnknown] = unknown;
  if (firstUnknown !== undefined) return refused(400, noChildRecord(firstUnknown));
  let name: string;
  if (input.name === undefined) {
    const suggested = suggestGroupName(named);
    if (!suggested.ok) return refused(400, suggested.message);
    name = suggested.value;
  } else {
    const checked = checkGroupName(input.name, named);
    if (!checked.ok) return refused(400, checked.message);
    name = input.name;
  }
  const groupId = `group-${randomUUID()}`;
  return inTransaction(db, groupId, async (trx) => {
    await trx
      .insertInto('sibling_groups')
      .values({ id: groupId, name, created_at: now.toISOString() })
      .execute();
    await audit(trx, 'group-created', `${groupId}: ${name}`, now);
    for (const member of input.members) await addIn(trx, groupId, member, now);
  });
}

/** The members a name is checked against: all who are or will be members on or after `today`. */
async function membersFrom(db: Kysely<Database>, groupId: string, today: string) {
  const rows = await db
    .selectFrom('sibling_group_members')
    .select(['child_id', 'postcode'])
    .where('group_id', '=', groupId)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', today)]))
    .execute();
  return membersForName(
    db,
    rows.map((r) => ({ childId: r.child_id, postcode: r.postcode })),
  );
}

export async function renameGroup(
  db: Kysely<Database>,
  groupId: string,
  name: string,
  today: string,
  now: Date,
): Promise<GroupChange> {
  if (!(await councilGroup(db, groupId))) return refused(404, NO_SUCH_GROUP);
  const { named } = await membersFrom(db, groupId, today);
  const checked = checkGroupName(name, named.length > 0 ? named : undefined);
  if (!checked.ok) return refused(400, checked.message);
  return inTransaction(db, groupId, async (trx) => {
    await trx.updateTable('sibling_groups').set({ name }).where('id', '=', groupId).execute();
    await audit(trx, 'group-renamed', `${groupId}: ${name}`, now);
  });
}

export async function addMember(
  db: Kysely<Database>,
  groupId: string,
  member: NewGroupMember,
  now: Date,
): Promise<GroupChange> {
  if (!(await councilGroup(db, groupId))) return refused(404, NO_SUCH_GROUP);
  return inTransaction(db, groupId, (trx) => addIn(trx, groupId, member, now));
}

/** Ends the child's open membership of the group on `endDate` (exclusive; may be in the future). */
export async function endMembership(
  db: Kysely<Database>,
  groupId: string,
  childId: string,
  endDate: string,
  now: Date,
): Promise<GroupChange> {
  if (!(await councilGroup(db, groupId))) return refused(404, NO_SUCH_GROUP);
  return inTransaction(db, groupId, async (trx) => {
    if (!(await endGroupMembership(trx, groupId, childId, endDate))) {
      throw new Refused({
        status: 404,
        message: 'This child has no open membership of this group that started before that date.',
      });
    }
    await audit(trx, 'group-membership-ended', `${groupId}: ${childId} until ${endDate}`, now);
  });
}
