/**
 * Versioned migrations through a static provider: each migration is imported by name here, so the
 * set is fixed at build time (no folder scanning, which breaks under bundlers and packaging) and
 * Kysely records which have run in its own table. Add the next migration as `0002-<what>.ts`.
 */
import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import * as initial from './migrations/0001-initial.ts';
import * as signIn from './migrations/0002-sign-in.ts';
import * as auditEvents from './migrations/0003-audit-events.ts';
import * as uploads from './migrations/0100-uploads.ts';
import * as hardCopies from './migrations/0200-hard-copies.ts';
import * as downloads from './migrations/0300-downloads.ts';
import * as auditChain from './migrations/0600-audit-chain.ts';
import * as auditReviewIndexes from './migrations/0700-audit-review-indexes.ts';
import * as deviceEnrolment from './migrations/0800-device-enrolment.ts';
import * as siblingGroups from './migrations/0900-sibling-groups.ts';
import * as accessRequests from './migrations/1000-access-requests.ts';
import * as notificationChildren from './migrations/1100-notification-children.ts';
import * as groupMembershipOnly from './migrations/1200-group-membership-only.ts';
import * as uploadKeys from './migrations/1400-upload-keys.ts';
import * as deviceFinalAudits from './migrations/1600-device-final-audits.ts';
import * as homeSharedDriveFolder from './migrations/1700-home-shared-drive-folder.ts';
import * as downloadSavedAs from './migrations/1710-download-saved-as.ts';
import * as outboxItemKey from './migrations/1800-outbox-item-key.ts';
import type { Database } from './schema.ts';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-sign-in': signIn,
  '0003-audit-events': auditEvents,
  // Uploads and notifications, numbered high so they sort after migrations written in parallel.
  '0100-uploads': uploads,
  // Hard copies to mark (issue 5), after the uploads it refers to.
  '0200-hard-copies': hardCopies,
  // Download discussions, the home's shared-drive settings and the download log (issue 6).
  '0300-downloads': downloads,
  // The tamper-evident audit (issue 7): chains every event held so far, then makes the table append-only.
  '0600-audit-chain': auditChain,
  '0700-audit-review-indexes': auditReviewIndexes,
  '0800-device-enrolment': deviceEnrolment,
  '0900-sibling-groups': siblingGroups,
  // Access requests for restricted records (issue 7, 002 §6.2); notices about them join the queue.
  '1000-access-requests': accessRequests,
  // The children each notice tells of, so "notified" is audited per child (issue 7).
  '1100-notification-children': notificationChildren,
  // Dated group memberships as the one source of truth: the children's copy is dropped (issue 8).
  '1200-group-membership-only': groupMembershipOnly,
  // Upload keys: items carried by whoever is signed in, or nobody, keep their uploader (issue 4).
  '1400-upload-keys': uploadKeys,
  // A revoked computer's last audit events, taken once before it wipes (issue 7).
  '1600-device-final-audits': deviceFinalAudits,
  // The home's shared-drive folder, set once by its managers beside the pattern (issue 6).
  '1700-home-shared-drive-folder': homeSharedDriveFolder,
  // The full path and SHA-256 of what the device saved, beside what the gateway sent (issue 6).
  '1710-download-saved-as': downloadSavedAs,
  // The key of a sealed upload body, kept only until the document is on the record (issue 4).
  '1800-outbox-item-key': outboxItemKey,
};

const provider: MigrationProvider = { getMigrations: async () => ({ ...MIGRATIONS }) };

/** Brings the schema up to date; returns the names of the migrations it ran (none when current). */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${String(error)}`, { cause: error });
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
