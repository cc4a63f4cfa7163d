/**
 * The database's tables as Kysely types. Written so PostgreSQL can follow SQLite later: ids are
 * text, times are ISO-8601 text (`2026-10-31T14:05:00.000Z`), dates are `YYYY-MM-DD` text, and
 * yes/no columns are integers 0/1 (SQLite has no boolean and better-sqlite3 cannot bind one).
 */
import type { AuditAction } from '../../shared/api/audit.ts';
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

/** Migration 0900: who is in which group when (004), with the main address the name is made from. */
export interface SiblingGroupMembersTable {
  id: string;
  group_id: string;
  /** Always a child's record: parents are never members (004). */
  child_id: string;
  start_date: string;
  /** Exclusive (no longer a member that day); null while a member. One current group per child. */
  end_date: string | null;
  main_address: string;
  /** As recorded; only valid UK postcodes go into a suggested name (shared/domain/group-name.ts). */
  postcode: string;
  created_at: string;
}

/** Migration 0900: workers involved with a group, with every member (child_id null) or one (004). */
export interface GroupProfessionalRelationshipsTable {
  id: string;
  group_id: string;
  child_id: string | null;
  name: string;
  role: string;
  organisation: string;
  phone: string;
  start_date: string;
  end_date: string | null;
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
  // No group column: a child's current group is derived from their dated memberships
  // (sibling_group_members; gateway/groups/current.ts, migration 1200).
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

/** A computer someone signed in on: one row per device and person (an office laptop is shared). */
export interface DevicesTable {
  /** The random UUID the device made once and keeps. */
  id: string;
  staff_id: string;
  name: string;
  first_seen_at: string;
  last_seen_at: string;
}

/** One online sign-in on one device; it ends at `expires_at` (a shift) or when revoked. */
export interface SessionsTable {
  id: string;
  staff_id: string;
  device_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  /** 'signed-out', 'refresh-token-reused' or 'device-revoked'. */
  revoked_reason: string | null;
}

/** Only SHA-256 hashes of tokens are stored, so a copy of the database cannot be used to sign in. */
export interface AccessTokensTable {
  token_hash: string;
  session_id: string;
  expires_at: string;
}

export interface RefreshTokensTable {
  token_hash: string;
  session_id: string;
  expires_at: string;
  /** Set when swapped for new tokens: presenting it again means it was copied, and ends the session. */
  used_at: string | null;
}

/** Failed sign-ins per username typed (known or not, so lockout cannot reveal which usernames exist). */
export interface SignInThrottleTable {
  username: string;
  failures: number;
  last_failed_at: string;
  locked_until: string | null;
}

/** Each offline grant handed out, so a manager can see which devices may open offline until when. */
export interface OfflineGrantsTable {
  id: string;
  staff_id: string;
  device_id: string;
  session_id: string;
  issued_at: string;
  expires_at: string;
}

/** The gateway's copy of the audit (001: every entry, enquiry and view is logged against the person). */
export interface AuditEventsTable {
  /** The device's UUID for its events (the dedupe key); a new UUID for the gateway's own. */
  id: string;
  /** Null only for a failed sign-in with a username that matches nobody. */
  staff_id: string | null;
  home_id: string | null;
  device_id: string | null;
  action: AuditAction;
  child_id: string | null;
  detail: string | null;
  /** Read from the device's cache without a connection. */
  offline: Flag;
  occurred_at: string;
  received_at: string;
  source: 'device' | 'gateway';
  /** Its chain (shared/domain/audit-chain.ts): 'gateway', or the device's chain for one person. */
  chain_id: string;
  seq: number;
  prev_hash: string;
  hash: string;
  /** Set on a device's event the gateway holds as a link but does not stand behind, and why. */
  refused_reason: string | null;
}

export interface AuditChainHeadsTable {
  chain_id: string;
  kind: 'gateway' | 'device';
  staff_id: string | null;
  device_id: string | null;
  seq: number;
  hash: string;
  updated_at: string;
}

/** A discussion with the allocated social worker, recorded before a non-permitted download (001). */
export interface DownloadDiscussionsTable {
  id: string;
  staff_id: string;
  home_id: string;
  device_id: string;
  child_id: string;
  document_id: string;
  consulted_name: string;
  consulted_role: string;
  /** When it took place, as entered (ISO 8601 with offset). */
  discussed_at: string;
  reason: string;
  recorded_at: string;
}

/** The home's shared-drive file-name pattern and download roles; no row means the defaults. */
export interface HomeDownloadSettingsTable {
  home_id: string;
  pattern: string;
  /** JSON array of roles, parsed with DownloadRoles when read. */
  download_roles: string;
  updated_by_staff_id: string;
  updated_by_name: string;
  updated_at: string;
  /** The home's shared-drive folder (migration 1700), and who set it when; null until set. */
  shared_drive_folder: string | null;
  folder_set_by_staff_id: string | null;
  folder_set_by_name: string | null;
  folder_set_at: string | null;
}

/** Every download answered: the file name and the SHA-256 of exactly the bytes sent. */
export interface DownloadsTable {
  id: string;
  staff_id: string;
  home_id: string;
  device_id: string;
  child_id: string;
  document_id: string;
  file_name: string;
  sha256: string;
  size: number;
  basis: 'permitted-type' | 'discussed-with-social-worker';
  discussion_id: string | null;
  downloaded_at: string;
  /** What the device reported saving (migration 1710): the full path, its SHA-256, when; null until then. */
  saved_as: string | null;
  saved_sha256: string | null;
  saved_at: string | null;
}

/** A computer enrolled to one home (issue 7); revoked by a manager, its tokens stop working at once. */
export interface EnrolledDevicesTable {
  id: string;
  home_id: string;
  name: string;
  enrolled_at: string;
  /** The manager whose code enrolled it; null when the demo gateway enrolled it at first sign-in. */
  enrolled_by: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
}

/** A one-time enrolment code, as its SHA-256 only; used once, before it expires. */
export interface EnrolmentCodesTable {
  code_hash: string;
  home_id: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by_device: string | null;
}

export interface Database {
  homes: HomesTable;
  teams: TeamsTable;
  social_workers: SocialWorkersTable;
  staff: StaffTable;
  staff_training: StaffTrainingTable;
  sibling_groups: SiblingGroupsTable;
  sibling_group_members: SiblingGroupMembersTable;
  group_professional_relationships: GroupProfessionalRelationshipsTable;
  children: ChildrenTable;
  documents: DocumentsTable;
  case_notes: CaseNotesTable;
  devices: DevicesTable;
  sessions: SessionsTable;
  access_tokens: AccessTokensTable;
  refresh_tokens: RefreshTokensTable;
  sign_in_throttle: SignInThrottleTable;
  offline_grants: OfflineGrantsTable;
  audit_events: AuditEventsTable;
  audit_chain_heads: AuditChainHeadsTable;
  download_discussions: DownloadDiscussionsTable;
  home_download_settings: HomeDownloadSettingsTable;
  downloads: DownloadsTable;
  enrolled_devices: EnrolledDevicesTable;
  enrolment_codes: EnrolmentCodesTable;
}
