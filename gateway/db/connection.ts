/**
 * Opens the gateway's SQLite database through Kysely. The SQLite-specific settings live here and
 * only here, so moving to PostgreSQL means replacing this file's dialect.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';
import { withStatementCache } from './statement-cache.ts';

export const DATABASE_FILE = 'hearth.sqlite';

export function openDatabase(dataDir: string): Kysely<Database> {
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new SQLite(path.join(dataDir, DATABASE_FILE));
  // WAL: readers do not block the writer, and a crash mid-write leaves the file consistent.
  sqlite.pragma('journal_mode = WAL');
  // SQLite leaves foreign keys off unless asked, per connection.
  sqlite.pragma('foreign_keys = ON');
  // Wait rather than fail when another connection (e.g. a backup) holds the lock briefly.
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}
