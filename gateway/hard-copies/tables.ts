/**
 * The table migration 0200-hard-copies adds, as a Kysely type, joined onto the gateway's Database
 * with `withTables` (as uploads/tables.ts does), so hard copies own their part of the schema here.
 */
import type { Kysely } from 'kysely';
import type { HardCopyState } from '../../shared/domain/hard-copy.ts';
import type { UploadDatabase } from '../uploads/tables.ts';
import { withUploadTables } from '../uploads/tables.ts';
import type { Database } from '../db/schema.ts';

export interface HardCopiesTable {
  document_id: string;
  home_id: string;
  state: HardCopyState;
  marked_by_staff_id: string | null;
  marked_by_name: string | null;
  marked_at: string | null;
  created_at: string;
}

// A type alias, not an interface: Kysely's `withTables` wants an object type with an index signature.
export type HardCopyTables = { hard_copies: HardCopiesTable };

export type HardCopyDatabase = UploadDatabase & HardCopyTables;

export const withHardCopyTables = (db: Kysely<Database>): Kysely<HardCopyDatabase> =>
  withUploadTables(db).withTables<HardCopyTables>();
