/**
 * Loads the fictional demo data into an empty database (HEARTH_DEMO_SEED=true). It never touches a
 * database that already holds data, so a restart or a real deployment with the flag left on cannot
 * duplicate or mix demo records into real ones. All rows go in one transaction: all or nothing.
 */
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { FileStore } from '../files/store.ts';
import { hashPassword } from '../auth/passwords.ts';
import { CHILDREN, SIBLING_GROUPS } from './children.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, HOMES, SOCIAL_WORKERS, TEAMS } from './people.ts';
import { demoPdf, type DemoPdf } from './pdf.ts';
import { withGroupTables } from '../groups/tables.ts';
import { GROUP_MEMBERS, GROUP_PROFESSIONALS, planGroupCaseNotes, planGroupDocuments } from './groups.ts';
import { planCaseNotes, planDocuments } from './records.ts';

/** Readable ids for demo staff, e.g. `staff-priya-shah`. */
export const staffId = (username: string): string => `staff-${username.replace(/\./g, '-')}`;

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './people.ts';

export type SeedOutcome = { seeded: true; durationMs: number } | { seeded: false; reason: string };

/** Rows per INSERT: well inside SQLite's and PostgreSQL's bound-parameter limits. */
const BATCH = 200;

/** Inserts `rows` into `table` in batches, inside the caller's transaction. */
async function insertAll<T extends keyof Database>(
  trx: Transaction<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + BATCH))
      .execute();
  }
}

async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  for (const table of ['homes', 'staff', 'children'] as const) {
    if (await db.selectFrom(table).select('id').limit(1).executeTakeFirst()) return false;
  }
  return true;
}

/** Makes each distinct PDF once (a sibling-group document serves several children) and stores it. */
async function storeFiles(files: FileStore, pdfs: DemoPdf[]) {
  const made = new Map<string, { sha256: string; size: number }>();
  for (const pdf of pdfs) {
    const key = JSON.stringify(pdf);
    if (!made.has(key)) made.set(key, files.put(await demoPdf(pdf)));
  }
  return (pdf: DemoPdf) => {
    const stored = made.get(JSON.stringify(pdf));
    if (!stored) throw new Error(`demo file not made: ${pdf.title}`);
    return stored;
  };
}

export async function seedDemoData(db: Kysely<Database>, files: FileStore): Promise<SeedOutcome> {
  const started = performance.now();
  if (!(await isEmpty(db))) return { seeded: false, reason: 'the database already holds data' };

  // The slow parts (hashing, PDFs, files) happen before the transaction, which then only inserts.
  const now = new Date().toISOString();
  // scrypt runs on libuv's thread pool, so the hashes are made while this thread makes the PDFs.
  const hashing = Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  const groupDocuments = planGroupDocuments();
  const groupNotes = planGroupCaseNotes();
  const documents = [...planDocuments(), ...groupDocuments.map(({ group: _marker, ...d }) => d)];
  const fileOf = await storeFiles(
    files,
    documents.map((d) => d.pdf),
  );
  const hashes = await hashing;

  const outcome = await db.transaction().execute(async (trx): Promise<SeedOutcome> => {
    // Checked again inside the transaction, so two gateways starting at once cannot both seed
    // (and the unique Ofsted URNs and usernames would refuse a second copy anyway).
    if (!(await isEmpty(trx))) return { seeded: false, reason: 'the database already holds data' };
    const stamp = { created_at: now };
    await insertAll(
      trx,
      'homes',
      HOMES.map((h) => ({ ...h, ...stamp })),
    );
    await insertAll(
      trx,
      'teams',
      TEAMS.map((t) => ({ ...t, ...stamp })),
    );
    await insertAll(
      trx,
      'social_workers',
      SOCIAL_WORKERS.map((w) => ({ ...w, ...stamp })),
    );
    await insertAll(
      trx,
      'staff',
      DEMO_ACCOUNTS.map((a, i) => ({
        id: staffId(a.username),
        home_id: a.homeId,
        role: a.role,
        username: a.username,
        display_name: a.name,
        password_hash: hashes[i] ?? '',
        ...stamp,
      })),
    );
    await insertAll(
      trx,
      'staff_training',
      DEMO_ACCOUNTS.flatMap((a) =>
        a.training.map((module) => ({
          staff_id: staffId(a.username),
          module_id: module,
          completed_on: '2026-01-15',
        })),
      ),
    );
    await insertAll(
      trx,
      'sibling_groups',
      SIBLING_GROUPS.map((g) => ({ ...g, ...stamp })),
    );
    await insertAll(
      trx,
      'children',
      CHILDREN.map((c) => ({ ...c, ...stamp })),
    );
    await insertAll(
      trx,
      'documents',
      documents.map(({ pdf, ...row }) => {
        const stored = fileOf(pdf);
        return { ...row, file_sha256: stored.sha256, file_size: stored.size, mime_type: 'application/pdf' };
      }),
    );
    await insertAll(trx, 'case_notes', [
      ...planCaseNotes(),
      ...groupNotes.map(({ group: _marker, ...n }) => n),
    ]);
    await insertAll(
      trx,
      'sibling_group_members',
      GROUP_MEMBERS.map((m) => ({ ...m, ...stamp })),
    );
    await insertAll(
      trx,
      'group_professional_relationships',
      GROUP_PROFESSIONALS.map((r) => ({ ...r, ...stamp })),
    );
    // 004: each member's copy of a group entry carries the group marker.
    const marked = withGroupTables(trx);
    for (const [table, rows] of [
      ['documents', groupDocuments],
      ['case_notes', groupNotes],
    ] as const) {
      for (const row of rows) {
        await marked.updateTable(table).set(row.group).where('id', '=', row.id).execute();
      }
    }
    return { seeded: true, durationMs: 0 };
  });
  return outcome.seeded ? { seeded: true, durationMs: Math.round(performance.now() - started) } : outcome;
}
