/**
 * The demo data for test gateways: seeded once, then copied into each test's data folder before its
 * gateway starts (the gateway then finds data and does not seed again). Seeding makes an scrypt
 * hash for every demo account and some 600 PDFs, about 2.5 s; a copy takes a tenth of that, and
 * some hundred test gateways start in one `npm test`. The seed itself is tested on its own
 * (seed/seed.test.ts), and `npm start` always seeds for real.
 *
 * Test files run in separate workers, so the copy to copy from lives in the OS temp folder, named
 * by a hash of every gateway and shared source file and today's date: a change to a migration or
 * to the demo data makes a new one, and its relative dates ("placed last month") stay right. It is
 * built in a folder of its own and renamed into place, so two workers building at once both end
 * with a whole one. Copies more than a day old are deleted.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, copyFile, link, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATABASE_FILE, openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openFileStore } from '../files/store.ts';
import { seedDemoData } from '../seed/seed.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PREFIX = 'hearth-demo-data-';
const DAY_MS = 24 * 60 * 60 * 1000;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Names the demo data this checkout seeds today. */
async function versionOfDemoData(): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of ['gateway', 'shared']) {
    for (const file of await sourceFiles(path.join(ROOT, dir))) {
      hash
        .update(path.relative(ROOT, file))
        .update('\0')
        .update(await readFile(file))
        .update('\0');
    }
  }
  hash.update(new Date().toISOString().slice(0, 10));
  return hash.digest('hex').slice(0, 16);
}

async function build(target: string): Promise<void> {
  const building = `${target}.${randomUUID()}.building`;
  const db = openDatabase(building);
  try {
    await migrateToLatest(db);
    const outcome = await seedDemoData(db, openFileStore(building));
    if (!outcome.seeded) throw new Error(`the demo data was not seeded: ${outcome.reason}`);
  } finally {
    // Closing checkpoints the write-ahead log into the file, so the copy is the one file.
    await db.destroy();
  }
  for (const file of await readdir(path.join(building, 'files'), { recursive: true, withFileTypes: true })) {
    if (file.isFile()) await chmod(path.join(file.parentPath, file.name), 0o444);
  }
  try {
    await rename(building, target);
  } catch (error) {
    // Another worker's finished first: theirs is the same data.
    await rm(building, { recursive: true, force: true });
    if (!existsSync(target)) throw error;
  }
}

async function removeOldCopies(keep: string): Promise<void> {
  for (const name of await readdir(tmpdir())) {
    const dir = path.join(tmpdir(), name);
    if (!name.startsWith(PREFIX) || dir === keep) continue;
    const { mtimeMs } = await stat(dir).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > DAY_MS) await rm(dir, { recursive: true, force: true });
  }
}

let ready: Promise<string> | null = null;

/**
 * Fills `dataDir` (made if missing) with a migrated database holding the demo data, and its files.
 * A folder that has a database already is left as it is (a test starting its gateway again), just
 * as the gateway's own seed leaves one alone.
 */
export async function copyDemoData(dataDir: string): Promise<void> {
  if (existsSync(path.join(dataDir, DATABASE_FILE))) return;
  ready ??= (async () => {
    const template = path.join(tmpdir(), `${PREFIX}${await versionOfDemoData()}`);
    if (!existsSync(template)) {
      await build(template);
      await removeOldCopies(template);
    }
    return template;
  })();
  const template = await ready.catch((error: unknown) => {
    ready = null; // the next test gateway tries again
    throw error;
  });
  await mkdir(dataDir, { recursive: true });
  await copyFile(path.join(template, DATABASE_FILE), path.join(dataDir, DATABASE_FILE));
  // The stored files are linked, not copied: the store never writes into a stored file (a new one
  // is written beside it and renamed), and the template's are read-only, so a test that tried would fail.
  for (const file of await readdir(path.join(template, 'files'), { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const from = path.join(file.parentPath, file.name);
    const to = path.join(dataDir, path.relative(template, from));
    await mkdir(path.dirname(to), { recursive: true });
    await link(from, to);
  }
}
