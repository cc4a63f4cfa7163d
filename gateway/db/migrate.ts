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
import * as auditChain from './migrations/0600-audit-chain.ts';
import * as deviceEnrolment from './migrations/0800-device-enrolment.ts';
import type { Database } from './schema.ts';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-sign-in': signIn,
  '0003-audit-events': auditEvents,
  // Uploads and notifications, numbered high so they sort after migrations written in parallel.
  '0100-uploads': uploads,
  '0600-audit-chain': auditChain,
  '0800-device-enrolment': deviceEnrolment,
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
