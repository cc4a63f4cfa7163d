import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/connection.ts';
import { MIGRATIONS } from './db/migrate.ts';
import { startGateway } from './server.ts';
import { tempFolder, testConfig } from './testing/temp.ts';

const temp = tempFolder('restart');
const config = testConfig(temp.dir, { demoSeed: true, logLevel: 'info' });

interface Run {
  logs: string[];
  migrations: { name: string; timestamp: string }[];
  counts: Record<string, number>;
  health: number;
}

async function snapshot(): Promise<Pick<Run, 'migrations' | 'counts'>> {
  const db = openDatabase(config.dataDir);
  try {
    const migrations = await sql<{
      name: string;
      timestamp: string;
    }>`select name, timestamp from kysely_migration order by name`.execute(db);
    const counts: Record<string, number> = {};
    for (const table of ['homes', 'staff', 'children', 'documents', 'case_notes'] as const) {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      counts[table] = Number(row.n);
    }
    return { migrations: migrations.rows, counts };
  } finally {
    await db.destroy();
  }
}

/** Starts a gateway on the shared data folder, checks it answers, and stops it. */
async function run(): Promise<Run> {
  const logs: string[] = [];
  const gateway = await startGateway(config, { logStream: { write: (line) => void logs.push(line) } });
  const health = (await fetch(`${gateway.url}/health`)).status;
  await gateway.close();
  return { logs, health, ...(await snapshot()) };
}

let first: Run;
let second: Run;

beforeAll(async () => {
  first = await run();
  // Data a person added between runs must survive the restart.
  const db = openDatabase(config.dataDir);
  await db
    .updateTable('homes')
    .set({ name: 'Larchfield House (renamed)' })
    .where('id', '=', 'home-larchfield')
    .execute();
  await db.destroy();
  second = await run();
}, 30_000);
afterAll(() => temp.remove());

describe('restarting on the same data folder', () => {
  it('runs each migration once, on the first start only', () => {
    expect(first.migrations.map((m) => m.name)).toEqual(Object.keys(MIGRATIONS));
    expect(second.migrations).toEqual(first.migrations);
    expect(first.logs.join('')).toContain('database migrated: 0001-initial');
    expect(second.logs.join('')).toContain('database up to date');
  });

  it('loads the demo data on the first start and never again', () => {
    expect(first.logs.join('')).toMatch(/demo data loaded in \d+ ms/);
    expect(second.logs.join('')).toContain('demo data not loaded: the database already holds data');
    expect(second.counts).toEqual(first.counts);
    expect(first.counts['case_notes']).toBeGreaterThanOrEqual(2000);
  });

  it('keeps the data changed between runs', async () => {
    const db = openDatabase(config.dataDir);
    const home = await db
      .selectFrom('homes')
      .select('name')
      .where('id', '=', 'home-larchfield')
      .executeTakeFirst();
    await db.destroy();
    expect(home?.name).toBe('Larchfield House (renamed)');
  });

  it('answers /health on both runs', () => {
    expect([first.health, second.health]).toEqual([200, 200]);
  });
});
