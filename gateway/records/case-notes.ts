/**
 * A child's case notes as home staff see them: open-access types only (002 Appendix 1). The SQL
 * filter mirrors `isCaseNoteVisibleToHomeStaff` in shared/domain/access.ts (an allow-list, so an
 * unknown type stays hidden); the rule is applied again to the result. One query for all of a
 * child's notes (2,000 for the long-record child), using the (child_id, occurred_at) index.
 */
import type { Kysely } from 'kysely';
import type { CaseNote } from '../../shared/api/records.ts';
import { VISIBLE_CASE_NOTE_TYPE_IDS, isCaseNoteVisibleToHomeStaff } from '../../shared/domain/access.ts';
import { caseNoteType } from '../../shared/domain/case-note-types.ts';
import type { Database } from '../db/schema.ts';

/** The rows the SQL filter lets through, newest first (exported so a test can check the SQL alone). */
export function visibleCaseNoteRows(db: Kysely<Database>, childId: string) {
  return db
    .selectFrom('case_notes')
    .select(['id', 'type', 'occurred_at', 'author_name', 'author_role', 'body'])
    .where('child_id', '=', childId)
    .where('type', 'in', VISIBLE_CASE_NOTE_TYPE_IDS)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function caseNotesForHomeStaff(db: Kysely<Database>, childId: string): Promise<CaseNote[]> {
  const rows = await visibleCaseNoteRows(db, childId);
  return rows.flatMap((row) => {
    const type = caseNoteType(row.type);
    if (!type || !isCaseNoteVisibleToHomeStaff(row.type)) return [];
    return [
      {
        id: row.id,
        type: row.type,
        typeLabel: type.label,
        occurredAt: row.occurred_at,
        authorName: row.author_name,
        authorRole: row.author_role,
        body: row.body,
      },
    ];
  });
}
