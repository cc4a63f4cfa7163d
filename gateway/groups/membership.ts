/**
 * Adding and ending sibling group memberships (shared/domain/sibling-groups.ts; guidance 004).
 * Each change runs in one transaction that reads the child's memberships, applies the shared rule
 * and writes the membership row. The rows are the one source of truth: who is in a group on a day
 * is derived from their dates (groups/current.ts; migration 1200 dropped the children's copy), so
 * an end date in the future takes effect on that day, not before. The partial unique index of
 * migration 0900 refuses a second open membership even if two changes race past the rule.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Result } from '../../shared/result.ts';
import {
  NOT_A_CHILD_MESSAGE,
  checkNewMember,
  type MembershipProblem,
} from '../../shared/domain/sibling-groups.ts';
import type { Database } from '../db/schema.ts';

export interface NewMember {
  groupId: string;
  /** The person's record: only a child's record can be found here (parents never join, 004). */
  personId: string;
  startDate: string;
  mainAddress: string;
  postcode: string;
}

export function addGroupMember(
  db: Kysely<Database>,
  member: NewMember,
  now: Date,
): Promise<Result<{ membershipId: string }, MembershipProblem>> {
  return db.transaction().execute((trx) => addGroupMemberIn(trx, member, now));
}

/** As addGroupMember, inside the caller's transaction (a new group adds all its members in one). */
export async function addGroupMemberIn(
  trx: Transaction<Database>,
  member: NewMember,
  now: Date,
): Promise<Result<{ membershipId: string }, MembershipProblem>> {
  const child = await trx
    .selectFrom('children')
    .select('id')
    .where('id', '=', member.personId)
    .executeTakeFirst();
  // A person with no child record is a parent, carer or other adult in Mosaic's terms.
  if (!child) return { ok: false, error: 'not-a-child', message: NOT_A_CHILD_MESSAGE };
  const memberships = (
    await trx
      .selectFrom('sibling_group_members')
      .select(['group_id', 'start_date', 'end_date'])
      .where('child_id', '=', child.id)
      .execute()
  ).map((m) => ({ groupId: m.group_id, startDate: m.start_date, endDate: m.end_date }));
  const verdict = checkNewMember({ kind: 'child' }, memberships, member.groupId, member.startDate);
  if (!verdict.ok) return verdict;
  const membershipId = randomUUID();
  await trx
    .insertInto('sibling_group_members')
    .values({
      id: membershipId,
      group_id: member.groupId,
      child_id: child.id,
      start_date: member.startDate,
      end_date: null,
      main_address: member.mainAddress,
      postcode: member.postcode,
      created_at: now.toISOString(),
    })
    .execute();
  return { ok: true, value: { membershipId } };
}

/** Ends a child's current membership on `endDate` (exclusive); false when they had none in the group. */
export async function endGroupMembership(
  db: Kysely<Database>,
  groupId: string,
  childId: string,
  endDate: string,
): Promise<boolean> {
  const result = await db
    .updateTable('sibling_group_members')
    .set({ end_date: endDate })
    .where('group_id', '=', groupId)
    .where('child_id', '=', childId)
    .where('end_date', 'is', null)
    .where('start_date', '<', endDate)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
