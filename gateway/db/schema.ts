/**
 * The database's tables as Kysely types. Written so PostgreSQL can follow SQLite later: ids are
 * text, times are ISO-8601 text (`2026-10-31T14:05:00.000Z`), dates are `YYYY-MM-DD` text, and
 * yes/no columns are integers 0/1 (SQLite has no boolean and better-sqlite3 cannot bind one).
 */
import type { DocumentTypeId } from '../../shared/domain/catalogue.ts';
import type { Role } from '../../shared/domain/roles.ts';

type Flag = 0 | 1;

export interface HomesTable {
  id: string;
  name: string;
  /** Ofsted's unique reference number for the home, e.g. SC123456. */
  ofsted_urn: string;
  address: string;
  postcode: string;
  created_at: string;
}

export interface TeamsTable {
  id: string;
  name: string;
  /** Where upload notifications go when a child has no allocated worker (001). */
  duty_inbox_email: string;
  created_at: string;
}

export interface SocialWorkersTable {
  id: string;
  name: string;
  team_id: string;
  email: string;
  phone: string;
  created_at: string;
}

export interface StaffTable {
  id: string;
  home_id: string;
  role: Role;
  username: string;
  display_name: string;
  /** scrypt, see gateway/auth/passwords.ts. */
  password_hash: string;
  created_at: string;
}

export interface StaffTrainingTable {
  staff_id: string;
  /** 1 to 9, see shared/domain/training.ts. */
  module_id: number;
  completed_on: string;
}

export interface SiblingGroupsTable {
  id: string;
  /** Named per guidance 004, e.g. `Jones, Jones-Smith BN13 2PQ`; at most 64 characters. */
  name: string;
  created_at: string;
}

export interface ChildrenTable {
  id: string;
  mosaic_id: string;
  first_name: string;
  last_name: string;
  date_of_birth: string;
  /** e.g. `C2 Full care order`. */
  legal_status: string;
  home_id: string;
  placement_start: string;
  placement_end: string | null;
  social_worker_id: string | null;
  team_id: string;
  /** Shielded record (002 §6.2): staff see only basic details. */
  restricted: Flag;
  sibling_group_id: string | null;
  created_at: string;
}

export interface DocumentsTable {
  id: string;
  child_id: string;
  type: DocumentTypeId;
  /** Following the 004 naming standard: `{child} - {description} - {dd/mm/yyyy}`. */
  title: string;
  completed_on: string;
  /** 002 §4.3; set from the catalogue when recorded and kept, so a later catalogue change cannot expose it. */
  confidential: Flag;
  /** The file body lives on disk under the data folder, named by its SHA-256 (gateway/files/store.ts). */
  file_sha256: string;
  file_size: number;
  mime_type: string;
  recorded_at: string;
}

export interface CaseNotesTable {
  id: string;
  child_id: string;
  /** An id from shared/domain/case-note-types.ts (002 Appendix 1). */
  type: string;
  occurred_at: string;
  author_name: string;
  author_role: string;
  body: string;
  recorded_at: string;
}

export interface Database {
  homes: HomesTable;
  teams: TeamsTable;
  social_workers: SocialWorkersTable;
  staff: StaffTable;
  staff_training: StaffTrainingTable;
  sibling_groups: SiblingGroupsTable;
  children: ChildrenTable;
  documents: DocumentsTable;
  case_notes: CaseNotesTable;
}
