/**
 * The sibling group page's data (shared/api/groups.ts). The scope rule first: the members shown are
 * those who are current members AND placed in the reader's home today (the SQL mirror of
 * `isPlacedInHome`) AND not restricted (002 §6.2). Everything else on the page (addresses,
 * relationships, group documents and case notes) is then limited to those members, so a sibling
 * placed elsewhere leaves no trace: not their name, not their address, not their copies.
 */
import type { Kysely } from 'kysely';
import type { GroupPage } from '../../shared/api/groups.ts';
import {
  VISIBLE_CASE_NOTE_TYPE_IDS,
  VISIBLE_DOCUMENT_TYPE_IDS,
  isCaseNoteVisibleToHomeStaff,
  isDocumentVisibleToHomeStaff,
} from '../../shared/domain/access.ts';
import { caseNoteType } from '../../shared/domain/case-note-types.ts';
import { DocumentTypeId, documentType } from '../../shared/domain/catalogue.ts';
import type { Database } from '../db/schema.ts';
import { placedInHome } from '../records/children.ts';
import { withGroupTables } from './tables.ts';

/** The child's group on `today` (their current membership), or undefined when they are in none. */
export function currentGroupOf(db: Kysely<Database>, childId: string, today: string) {
  return db
    .selectFrom('sibling_group_members')
    .innerJoin('sibling_groups', 'sibling_groups.id', 'sibling_group_members.group_id')
    .select(['sibling_groups.id', 'sibling_groups.name'])
    .where('sibling_group_members.child_id', '=', childId)
    .where('sibling_group_members.start_date', '<=', today)
    .where((eb) =>
      eb.or([
        eb('sibling_group_members.end_date', 'is', null),
        eb('sibling_group_members.end_date', '>', today),
      ]),
    )
    .executeTakeFirst();
}

/** The group's current members placed in `homeId` today and not restricted, oldest first. */
export function visibleMembers(db: Kysely<Database>, groupId: string, homeId: string, today: string) {
  return db
    .selectFrom('sibling_group_members')
    .innerJoin('children', 'children.id', 'sibling_group_members.child_id')
    .select([
      'children.id',
      'children.mosaic_id',
      'children.first_name',
      'children.last_name',
      'children.date_of_birth',
      'sibling_group_members.start_date',
      'sibling_group_members.main_address',
      'sibling_group_members.postcode',
    ])
    .where('sibling_group_members.group_id', '=', groupId)
    .where('sibling_group_members.start_date', '<=', today)
    .where((eb) =>
      eb.or([
        eb('sibling_group_members.end_date', 'is', null),
        eb('sibling_group_members.end_date', '>', today),
      ]),
    )
    .where(placedInHome(homeId, today))
    .where('children.restricted', '=', 0)
    .orderBy('children.date_of_birth')
    .orderBy('children.id')
    .execute();
}

type MemberRow = Awaited<ReturnType<typeof visibleMembers>>[number];

/** 004 "Addresses Pane": an address shared by several members is listed once, saying who lives there. */
function addressesOf(members: readonly MemberRow[]): GroupPage['addresses'] {
  const byAddress = new Map<string, GroupPage['addresses'][number]>();
  for (const m of members) {
    const key = `${m.main_address}\n${m.postcode}`;
    const entry = byAddress.get(key) ?? { address: m.main_address, postcode: m.postcode, memberIds: [] };
    entry.memberIds.push(m.id);
    byAddress.set(key, entry);
  }
  return [...byAddress.values()];
}

async function professionalsOf(db: Kysely<Database>, groupId: string, memberIds: string[], today: string) {
  const rows = await db
    .selectFrom('group_professional_relationships')
    .select(['id', 'name', 'role', 'organisation', 'phone', 'start_date', 'child_id'])
    .where('group_id', '=', groupId)
    .where('start_date', '<=', today)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', today)]))
    .where((eb) => eb.or([eb('child_id', 'is', null), eb('child_id', 'in', memberIds)]))
    .orderBy('role')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    organisation: r.organisation,
    phone: r.phone,
    since: r.start_date,
    memberId: r.child_id,
  }));
}

async function documentsOf(db: Kysely<Database>, groupId: string, memberIds: string[]) {
  const rows = await withGroupTables(db)
    .selectFrom('documents')
    .select([
      'id',
      'child_id',
      'group_entry_id',
      'type',
      'title',
      'completed_on',
      'confidential',
      'recorded_at',
    ])
    .where('sibling_group_id', '=', groupId)
    .where('child_id', 'in', memberIds)
    .where('confidential', '=', 0)
    .where('type', 'in', VISIBLE_DOCUMENT_TYPE_IDS)
    .orderBy('completed_on', 'desc')
    .orderBy('recorded_at', 'desc')
    .orderBy('id')
    .execute();
  const entries = new Map<string, GroupPage['documents'][number]>();
  for (const row of rows) {
    const type = DocumentTypeId.safeParse(row.type);
    if (
      !type.success ||
      !isDocumentVisibleToHomeStaff({ type: row.type, confidential: row.confidential === 1 })
    )
      continue;
    const entryId = row.group_entry_id ?? row.id;
    const entry = entries.get(entryId) ?? {
      entryId,
      type: type.data,
      typeLabel: documentType(type.data).label,
      title: row.title,
      completedOn: row.completed_on,
      recordedAt: row.recorded_at,
      copies: [],
    };
    entry.copies.push({ memberId: row.child_id, documentId: row.id });
    entries.set(entryId, entry);
  }
  return [...entries.values()];
}

async function caseNotesOf(db: Kysely<Database>, groupId: string, memberIds: string[]) {
  const rows = await withGroupTables(db)
    .selectFrom('case_notes')
    .select(['id', 'child_id', 'group_entry_id', 'type', 'occurred_at', 'author_name', 'author_role', 'body'])
    .where('sibling_group_id', '=', groupId)
    .where('child_id', 'in', memberIds)
    .where('type', 'in', VISIBLE_CASE_NOTE_TYPE_IDS)
    .orderBy('occurred_at', 'desc')
    .orderBy('id')
    .execute();
  const entries = new Map<string, GroupPage['caseNotes'][number]>();
  for (const row of rows) {
    const type = caseNoteType(row.type);
    if (!type || !isCaseNoteVisibleToHomeStaff(row.type)) continue;
    const entryId = row.group_entry_id ?? row.id;
    const entry = entries.get(entryId) ?? {
      entryId,
      type: row.type,
      typeLabel: type.label,
      occurredAt: row.occurred_at,
      authorName: row.author_name,
      authorRole: row.author_role,
      body: row.body,
      memberIds: [],
    };
    entry.memberIds.push(row.child_id);
    entries.set(entryId, entry);
  }
  return [...entries.values()];
}

/** The page for `group` as a reader in `homeId` sees it on `today`; null when no member is visible. */
export async function groupPage(
  db: Kysely<Database>,
  group: { id: string; name: string },
  homeId: string,
  today: string,
): Promise<GroupPage | null> {
  const members = await visibleMembers(db, group.id, homeId, today);
  const ids = members.map((m) => m.id);
  if (ids.length === 0) return null;
  return {
    id: group.id,
    name: group.name,
    members: members.map((m) => ({
      id: m.id,
      mosaicId: m.mosaic_id,
      firstName: m.first_name,
      lastName: m.last_name,
      dateOfBirth: m.date_of_birth,
      memberSince: m.start_date,
    })),
    addresses: addressesOf(members),
    professionals: await professionalsOf(db, group.id, ids, today),
    documents: await documentsOf(db, group.id, ids),
    caseNotes: await caseNotesOf(db, group.id, ids),
  };
}
