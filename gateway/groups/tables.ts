/**
 * The group marker columns migration 0900 adds to `documents` and `case_notes`, joined onto the
 * gateway's Database type with `withTables` (as uploads/tables.ts does for its columns), so the
 * seed's and the records' row types stay as they were for entries that are not group entries.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Null on an entry recorded for one child only. */
export interface GroupEntryColumns {
  /** The group the entry was recorded through (004: the group icon on each member's record). */
  sibling_group_id: string | null;
  /** Shared by the entry's copies on each selected member's record: the group page lists it once. */
  group_entry_id: string | null;
}

export type GroupTables = {
  documents: GroupEntryColumns;
  case_notes: GroupEntryColumns;
};

export type GroupDatabase = Database & GroupTables;

export const withGroupTables = (db: Kysely<Database>): Kysely<GroupDatabase> => db.withTables<GroupTables>();
