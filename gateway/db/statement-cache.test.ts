import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.ts';

interface Db {
  notes: { id: number; body: string };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function open(size?: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'hearth-stmt-'));
  dirs.push(dir);
  const sqlite = new SQLite(path.join(dir, 'db.sqlite'));
  let prepared = 0;
  const counting = {
    close: () => sqlite.close(),
    prepare: (text: string) => {
      prepared += 1;
      return sqlite.prepare(text);
    },
  };
  const db = new Kysely<Db>({ dialect: new SqliteDialect({ database: withStatementCache(counting, size) }) });
  return { db, prepared: () => prepared };
}

describe('the gateway keeps prepared statements (issue 4: the drain was spending its time preparing)', () => {
  it('prepares a query once however often it runs, and each run sees its own values', async () => {
    const { db, prepared } = open();
    await sql`create table notes (id integer primary key, body text not null)`.execute(db);
    for (let i = 1; i <= 20; i++)
      await db
        .insertInto('notes')
        .values({ id: i, body: `note ${i}` })
        .execute();
    const before = prepared();
    for (let i = 1; i <= 20; i++) {
      const row = await db.selectFrom('notes').select('body').where('id', '=', i).executeTakeFirst();
      expect(row?.body).toBe(`note ${i}`);
    }
    expect(prepared() - before).toBe(1);
    await db.destroy();
  });

  it('still answers after a migration changes the table a kept statement reads', async () => {
    const { db } = open();
    await sql`create table notes (id integer primary key, body text not null)`.execute(db);
    await db.insertInto('notes').values({ id: 1, body: 'first' }).execute();
    const read = () => db.selectFrom('notes').selectAll().where('id', '=', 1).execute();
    expect(await read()).toEqual([{ id: 1, body: 'first' }]);
    await sql`alter table notes add column author text`.execute(db);
    expect(await read()).toEqual([{ id: 1, body: 'first', author: null }]);
    await db.destroy();
  });

  it('holds at most its size, dropping the least recently used', async () => {
    const { db, prepared } = open(2);
    await sql`create table notes (id integer primary key, body text not null)`.execute(db);
    // `in` lists of three lengths: three different texts.
    const byIds = (ids: number[]) => db.selectFrom('notes').selectAll().where('id', 'in', ids).execute();
    await byIds([1]);
    await byIds([1, 2]);
    await byIds([1]); // kept: [1, 2] is now the older
    const before = prepared();
    await byIds([1, 2, 3]); // drops [1, 2]
    await byIds([1]); // still kept
    expect(prepared() - before).toBe(1);
    await byIds([1, 2]); // was dropped: prepared again
    expect(prepared() - before).toBe(2);
    await db.destroy();
  });
});
