/**
 * Keeps better-sqlite3's prepared statements for reuse. Kysely's SQLite driver prepares every query
 * anew; a profile of the upload drain (issue 4's bench) showed preparing cost more of the gateway's
 * one thread than running the queries did. Kysely compiles the same SQL text for the same query
 * shape (values are bound parameters), so a small cache keyed by that text catches nearly all of
 * them. Bounded, least recently used first out, because a query with an `in (?, ?, …)` list makes
 * a new text for each length.
 *
 * Safe because Kysely's driver only calls `all` or `run` on a statement, each synchronously to the
 * end; a statement is never in use twice at once. (Streaming with `iterate` would break that: it
 * is not used, and better-sqlite3 would throw "busy" rather than give a wrong answer.) A statement
 * outlives schema changes: SQLite re-prepares it itself when a migration alters a table.
 */
import type { SqliteDatabase, SqliteStatement } from 'kysely';

export const STATEMENT_CACHE_SIZE = 256;

export function withStatementCache(database: SqliteDatabase, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const kept = statements.get(sql);
      if (kept) {
        // Map keeps insertion order: moving it to the end makes the first key the least recently used.
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const made = database.prepare(sql);
      statements.set(sql, made);
      if (statements.size > size) {
        const oldest = statements.keys().next();
        if (!oldest.done) statements.delete(oldest.value);
      }
      return made;
    },
  };
}
