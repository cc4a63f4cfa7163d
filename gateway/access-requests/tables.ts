/**
 * The access-request table of migration 1000, added to the gateway's Database type with `withTables`
 * (as uploads/tables.ts does), with the upload tables, whose notification queue it also writes to.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { withUploadTables, type UploadTables } from '../uploads/tables.ts';

export interface AccessRequestsTable {
  id: string;
  staff_id: string;
  home_id: string;
  child_id: string;
  device_id: string;
  /** The written reason (002 §6.2), as the requester gave it. */
  reason: string;
  requested_at: string;
  decision: 'pending' | 'granted' | 'refused';
  decided_at: string | null;
  /** The council officer named in the decision. */
  decided_by: string | null;
  note: string | null;
  /** A grant's end (GRANT_DAYS after the decision); null unless granted. */
  expires_at: string | null;
}

// A type alias, not an interface: Kysely's `withTables` wants an object type with an index signature.
export type AccessRequestTables = UploadTables & { access_requests: AccessRequestsTable };
export type AccessRequestDatabase = Database & AccessRequestTables;

export const withAccessRequestTables = (db: Kysely<Database>): Kysely<AccessRequestDatabase> =>
  withUploadTables(db).withTables<{ access_requests: AccessRequestsTable }>();
