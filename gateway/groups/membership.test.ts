// Guidance 004 "Who is included in the group?": children only (never parents), one group at a time;
// checked against a real SQLite database with the demo data and migration 0900's constraints.
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGroupName } from '../../shared/domain/group-name.ts';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Database } from '../db/schema.ts';
import { openFileStore } from '../files/store.ts';
import { seedDemoData } from '../seed/seed.ts';
import { tempFolder } from '../testing/temp.ts';
import { currentGroupIdOf } from './current.ts';
import { addGroupMember, endGroupMembership } from './membership.ts';

const temp = tempFolder('group-membership');
let db: Kysely<Database>;
const now = new Date('2026-11-25T10:00:00.000Z');

beforeAll(async () => {
  db = openDatabase(temp.dir);
  await migrateToLatest(db);
  await seedDemoData(db, openFileStore(temp.dir));
  await db
    .insertInto('sibling_groups')
    .values({ id: 'group-hartley', name: 'Hartley BN12 6RD', created_at: now.toISOString() })
    .execute();
}, 60_000);

afterAll(async () => {
  await db.destroy();
  temp.remove();
});

const join = (groupId: string, personId: string, startDate = '2026-11-25') =>
  addGroupMember(
    db,
    { groupId, personId, startDate, mainAddress: '3 Tern Close, Sandmere', postcode: 'BN12 6RD' },
    now,
  );

/** The child's current group on `day`, derived from the dated memberships (groups/current.ts). */
const currentGroup = async (childId: string, day = '2026-11-25') =>
  (
    await db
      .selectFrom('children')
      .select((eb) => currentGroupIdOf(eb, day).as('group_id'))
      .where('children.id', '=', childId)
      .executeTakeFirstOrThrow()
  ).group_id;

describe('sibling group membership (004)', () => {
  it('the seeded group is named by the standard from its current members', async () => {
    const members = await db
      .selectFrom('sibling_group_members')
      .innerJoin('children', 'children.id', 'sibling_group_members.child_id')
      .select(['children.last_name', 'children.date_of_birth', 'sibling_group_members.postcode'])
      .where('group_id', '=', 'group-mensah')
      .where('end_date', 'is', null)
      .execute();
    expect(members).toHaveLength(4);
    const named = members.map((m) => ({
      lastName: m.last_name,
      dateOfBirth: m.date_of_birth,
      postcode: m.postcode,
    }));
    expect(checkGroupName('Mensah, Mensah-Clarke BN12 6RD', named)).toMatchObject({ ok: true });
  });

  it('a child with no group joins, and becomes that child’s current group', async () => {
    expect(await join('group-hartley', 'child-leo-hartley')).toMatchObject({ ok: true });
    expect(await currentGroup('child-leo-hartley')).toBe('group-hartley');
  });

  it('"Children will only be a part of one Group": joining a second group is refused', async () => {
    expect(await join('group-hartley', 'child-kofi-mensah')).toMatchObject({
      ok: false,
      error: 'in-another-group',
    });
    expect(await currentGroup('child-kofi-mensah')).toBe('group-mensah');
    expect(await join('group-mensah', 'child-kofi-mensah')).toMatchObject({
      ok: false,
      error: 'already-member',
    });
  });

  it('the database itself refuses a second current membership, whatever the code does', async () => {
    await expect(
      db
        .insertInto('sibling_group_members')
        .values({
          id: 'member-race',
          group_id: 'group-hartley',
          child_id: 'child-ama-mensah-clarke',
          start_date: '2026-11-25',
          end_date: null,
          main_address: 'x',
          postcode: 'BN12 6RD',
          created_at: now.toISOString(),
        })
        .execute(),
    ).rejects.toThrow(/UNIQUE/);
  });

  it('"We do not include parents in a Group": a person without a child record never joins', async () => {
    const refused = await join('group-mensah', 'parent-akosua-mensah');
    expect(refused).toMatchObject({ ok: false, error: 'not-a-child' });
    if (!refused.ok) expect(refused.message).toContain('Parents');
    const rows = await db
      .selectFrom('sibling_group_members')
      .select('id')
      .where('child_id', '=', 'parent-akosua-mensah')
      .execute();
    expect(rows).toEqual([]);
  });

  it('an end date in the future takes effect on that day, not before (one source of truth)', async () => {
    expect(await endGroupMembership(db, 'group-hartley', 'child-leo-hartley', '2026-12-01')).toBe(true);
    expect(await currentGroup('child-leo-hartley', '2026-11-25')).toBe('group-hartley');
    expect(await currentGroup('child-leo-hartley', '2026-11-30')).toBe('group-hartley');
    expect(await currentGroup('child-leo-hartley', '2026-12-01')).toBeNull();
  });

  it('after the membership ends (its date kept) the child may join another group', async () => {
    const history = await db
      .selectFrom('sibling_group_members')
      .select(['start_date', 'end_date'])
      .where('child_id', '=', 'child-leo-hartley')
      .execute();
    expect(history).toEqual([{ start_date: '2026-11-25', end_date: '2026-12-01' }]);
    expect(await join('group-mensah', 'child-leo-hartley', '2026-11-30')).toMatchObject({
      ok: false,
      error: 'dates',
    });
    expect(await join('group-mensah', 'child-leo-hartley', '2026-12-01')).toMatchObject({ ok: true });
  });
});
