import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_NOTE_TYPES } from '../../shared/domain/case-note-types.ts';
import { DOCUMENT_TYPE_IDS, documentType } from '../../shared/domain/catalogue.ts';
import { MosaicId } from '../../shared/domain/mosaic.ts';
import { ROLES, UPLOAD_ROLES } from '../../shared/domain/roles.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Database } from '../db/schema.ts';
import { openFileStore, type FileStore } from '../files/store.ts';
import { tempFolder } from '../testing/temp.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, HOMES } from './people.ts';
import { seedDemoData, type SeedOutcome } from './seed.ts';

const temp = tempFolder('seed');
let db: Kysely<Database>;
let files: FileStore;
let outcome: SeedOutcome;

beforeAll(async () => {
  db = openDatabase(temp.dir);
  files = openFileStore(temp.dir);
  await migrateToLatest(db);
  outcome = await seedDemoData(db, files);
}, 30_000);

afterAll(async () => {
  await db.destroy();
  temp.remove();
});

const count = async (table: keyof Database) =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

// pdf.js reads the standard fonts' metrics from its own package when run in Node.
const standardFontDataUrl = `${path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

async function pdfText(bytes: Uint8Array): Promise<string> {
  const task = getDocument({ data: bytes, standardFontDataUrl });
  const content = await (await (await task.promise).getPage(1)).getTextContent();
  await task.destroy();
  return content.items.map((item) => ('str' in item ? item.str : '')).join('\n');
}

describe('demo seed', () => {
  // How long the seed takes is a speed goal for `npm run bench`, never a timed assertion here.
  it('loads into an empty database in one go', () => {
    expect(outcome.seeded).toBe(true);
  });

  it('has at least two homes, each with an Ofsted URN', async () => {
    const homes = await db.selectFrom('homes').selectAll().execute();
    expect(homes.length).toBeGreaterThanOrEqual(2);
    for (const home of homes) expect(home.ofsted_urn).toMatch(/^SC\d{6}$/);
  });

  it('001: both homes have staff in every role', async () => {
    for (const home of HOMES) {
      const rows = await db.selectFrom('staff').select('role').where('home_id', '=', home.id).execute();
      expect(new Set(rows.map((r) => r.role)), home.name).toEqual(new Set(ROLES));
    }
  });

  it('001: both homes have every training state (9 modules; upload role with 2–8; read-only with 2; fewer than 2)', async () => {
    const rows = await db
      .selectFrom('staff')
      .leftJoin('staff_training', 'staff_training.staff_id', 'staff.id')
      .select([
        'staff.home_id',
        'staff.role',
        'staff.id',
        (eb) => eb.fn.count('staff_training.module_id').as('modules'),
      ])
      .groupBy(['staff.home_id', 'staff.role', 'staff.id'])
      .execute();
    for (const home of HOMES) {
      const staff = rows
        .filter((r) => r.home_id === home.id)
        .map((r) => ({ ...r, modules: Number(r.modules) }));
      const upload = staff.filter((s) => UPLOAD_ROLES.has(s.role));
      const readOnly = staff.filter((s) => !UPLOAD_ROLES.has(s.role));
      expect(
        upload.some((s) => s.modules === 9),
        `${home.name}: upload role, all 9`,
      ).toBe(true);
      expect(
        upload.some((s) => s.modules >= 2 && s.modules <= 8),
        `${home.name}: upload role, 2–8`,
      ).toBe(true);
      expect(
        readOnly.some((s) => s.modules === 2),
        `${home.name}: read-only staff, 2`,
      ).toBe(true);
      expect(
        staff.some((s) => s.modules < 2),
        `${home.name}: fewer than 2`,
      ).toBe(true);
    }
  });

  it('stores exactly the accounts DEMO_ACCOUNTS lists, which the README shows', async () => {
    const staff = await db
      .selectFrom('staff')
      .select(['id', 'username', 'display_name', 'role', 'home_id'])
      .execute();
    const training = await db.selectFrom('staff_training').select(['staff_id', 'module_id']).execute();
    const modulesOf = (id: string) =>
      training
        .filter((t) => t.staff_id === id)
        .map((t) => t.module_id)
        .sort((a, b) => a - b);
    expect(
      staff
        .map((s) => ({
          username: s.username,
          name: s.display_name,
          role: s.role,
          homeId: s.home_id,
          training: modulesOf(s.id),
        }))
        .sort((a, b) => a.username.localeCompare(b.username)),
    ).toEqual(
      DEMO_ACCOUNTS.map(({ username, name, role, homeId, training }) => ({
        username,
        name,
        role,
        homeId,
        training,
      })).sort((a, b) => a.username.localeCompare(b.username)),
    );
  });

  it('000: every demo account has its own scrypt hash of the demo password', async () => {
    const rows = await db.selectFrom('staff').select(['username', 'password_hash']).execute();
    expect(new Set(rows.map((r) => r.password_hash)).size).toBe(rows.length);
    const first = rows[0];
    expect(first && (await verifyPassword(DEMO_PASSWORD, first.password_hash))).toBe(true);
    expect(first && (await verifyPassword('wrong', first.password_hash))).toBe(false);
  });

  it('001: every child has a Mosaic reference number, a home and a team', async () => {
    const children = await db.selectFrom('children').selectAll().execute();
    expect(children.length).toBeGreaterThanOrEqual(8);
    for (const child of children) expect(MosaicId.safeParse(child.mosaic_id).success, child.id).toBe(true);
    expect(new Set(children.map((c) => c.home_id))).toEqual(new Set(HOMES.map((h) => h.id)));
  });

  it('001: teams have duty inboxes, and a placed child with no allocated worker exists', async () => {
    const teams = await db.selectFrom('teams').selectAll().execute();
    for (const team of teams) expect(team.duty_inbox_email).toMatch(/^[^@\s]+@[^@\s]+\.example$/);
    expect(await count('social_workers')).toBeGreaterThanOrEqual(2);
    const unallocated = await db
      .selectFrom('children')
      .select('id')
      .where('social_worker_id', 'is', null)
      .where('placement_end', 'is', null)
      .execute();
    expect(unallocated.length).toBeGreaterThanOrEqual(1);
  });

  it('002 §6.2: a restricted child exists', async () => {
    const restricted = await db.selectFrom('children').select('id').where('restricted', '=', 1).execute();
    expect(restricted.length).toBeGreaterThanOrEqual(1);
  });

  it('004: the sibling group is named by surnames (oldest child first) then postcode, within 64 characters', async () => {
    const groups = await db.selectFrom('sibling_groups').selectAll().execute();
    expect(groups.length).toBeGreaterThanOrEqual(1);
    const postcode = '[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}';
    const standard = new RegExp(`^[A-Z][A-Za-z'-]*(, [A-Z][A-Za-z'-]*)* ${postcode}(, ${postcode})?$`);
    for (const group of groups) {
      expect(group.name).toMatch(standard);
      expect(group.name.length).toBeLessThanOrEqual(64);
      const members = await db
        .selectFrom('sibling_group_members')
        .innerJoin('children', 'children.id', 'sibling_group_members.child_id')
        .select(['children.last_name', 'children.date_of_birth'])
        .where('sibling_group_members.group_id', '=', group.id)
        .where('sibling_group_members.end_date', 'is', null)
        .orderBy('children.date_of_birth')
        .execute();
      expect(members.length).toBeGreaterThanOrEqual(2);
      const surnames = [...new Set(members.map((m) => m.last_name))];
      expect(group.name.startsWith(`${surnames.join(', ')} `)).toBe(true);
    }
  });

  it('has documents of every catalogue type, confidential ones flagged as the catalogue says (002 §4.3)', async () => {
    const rows = await db.selectFrom('documents').select(['type', 'confidential']).distinct().execute();
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(DOCUMENT_TYPE_IDS));
    for (const row of rows)
      expect(row.confidential, row.type).toBe(documentType(row.type).confidential ? 1 : 0);
  });

  it('has case notes of every type in 002 Appendix 1, confidential and restricted included', async () => {
    const rows = await db.selectFrom('case_notes').select('type').distinct().execute();
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(CASE_NOTE_TYPES.map((t) => t.id)));
  });

  it('has one child with exactly 2,000 case notes and 300 documents', async () => {
    const notes = await db
      .selectFrom('case_notes')
      .select(['child_id', (eb) => eb.fn.countAll().as('n')])
      .groupBy('child_id')
      .execute();
    const docs = await db
      .selectFrom('documents')
      .select(['child_id', (eb) => eb.fn.countAll().as('n')])
      .groupBy('child_id')
      .execute();
    const long = notes.filter((n) => Number(n.n) === 2000).map((n) => n.child_id);
    expect(long).toHaveLength(1);
    expect(Number(docs.find((d) => d.child_id === long[0])?.n)).toBe(300);
  });

  it('004: document titles follow "Name of the child/family - Brief description - Date completed"', async () => {
    const rows = await db
      .selectFrom('documents')
      .innerJoin('children', 'children.id', 'documents.child_id')
      .select(['documents.title', 'documents.completed_on', 'children.first_name', 'children.last_name'])
      .execute();
    for (const row of rows) {
      const [y, m, d] = row.completed_on.split('-');
      expect(row.title).toMatch(new RegExp(` - .+ - ${d}/${m}/${y}$`));
      expect(
        row.title.startsWith(`${row.first_name} ${row.last_name} - `) || row.title.includes(' family - '),
      ).toBe(true);
    }
  });

  it('stores each document file by SHA-256 with its size and type, identical bodies once', async () => {
    const rows = await db.selectFrom('documents').select(['file_sha256', 'file_size', 'mime_type']).execute();
    const distinct = new Map(rows.map((r) => [r.file_sha256, r]));
    expect(distinct.size).toBeLessThan(rows.length); // the sibling-group document serves two children
    for (const row of distinct.values()) {
      const bytes = readFileSync(files.pathOf(row.file_sha256));
      expect(bytes.byteLength).toBe(row.file_size);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(row.file_sha256);
      expect(row.mime_type).toBe('application/pdf');
    }
  });

  it("001: a document's PDF carries its title and the child's Mosaic reference number", async () => {
    const row = await db
      .selectFrom('documents')
      .innerJoin('children', 'children.id', 'documents.child_id')
      .select(['documents.title', 'documents.file_sha256', 'children.mosaic_id'])
      .where('documents.type', '=', 'cla-care-plan')
      .orderBy('documents.completed_on')
      .executeTakeFirstOrThrow();
    const text = await pdfText(await files.read(row.file_sha256));
    expect(text).toContain(row.title);
    expect(text).toContain(`Mosaic reference number: ${row.mosaic_id}`);
  });

  it('runs only into an empty database: a second run changes nothing', async () => {
    const before = await Promise.all([
      count('staff'),
      count('children'),
      count('case_notes'),
      count('documents'),
    ]);
    expect(await seedDemoData(db, files)).toEqual({
      seeded: false,
      reason: 'the database already holds data',
    });
    expect(
      await Promise.all([count('staff'), count('children'), count('case_notes'), count('documents')]),
    ).toEqual(before);
  });
});
