import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { sqlStatements } from './metrics.js';
import { redactUrl } from './redact.js';

export type { Knex };

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  knex: Knex;
  dialect: Dialect;
  /** The URL as configured, with any password removed: safe to log. */
  safeUrl: string;
  close(): Promise<void>;
}

/** A database URL fit for a log line: password and query parameters removed (see kit/redact.ts). */
export { redactUrl };

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * Opens a database from a URL: `postgres://…` for PostgreSQL, anything else is a SQLite file path
 * (created with its folder if missing). `statementTimeoutMs`: on PostgreSQL, each statement longer is
 * cancelled by the server (SQLSTATE 57014); SQLite has no such limit (better-sqlite3 cannot interrupt one).
 */
export function openDatabase(url: string, opts: { subgraph: string; statementTimeoutMs?: number }): Database {
  const dialect: Dialect = isPostgresUrl(url) ? 'postgres' : 'sqlite';
  let knex: Knex;
  if (dialect === 'postgres') {
    knex = knexFactory({
      client: 'pg',
      // node-postgres sets it on each connection: the server cancels a statement that runs longer.
      connection: opts.statementTimeoutMs ? { connectionString: url, statement_timeout: opts.statementTimeoutMs } : url,
      pool: { min: 0, max: 10 },
    });
  } else {
    if (url !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(url)), { recursive: true });
    knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: url },
      useNullAsDefault: true,
      // One connection: better-sqlite3 is synchronous, so more would only contend for the file lock
      // (and with ':memory:' each connection would see its own empty database).
      pool: {
        min: 1,
        max: 1,
        afterCreate(conn: { pragma(sql: string): unknown }, done: (err: Error | null, conn: unknown) => void) {
          conn.pragma('journal_mode = WAL');
          conn.pragma('busy_timeout = 5000');
          conn.pragma('foreign_keys = ON');
          done(null, conn);
        },
      },
    });
  }
  // Counted per subgraph and served at /metrics; the tests read it to prove no query runs per row.
  knex.on('query', () => sqlStatements.inc({ subgraph: opts.subgraph }));
  return {
    knex,
    dialect,
    safeUrl: redactUrl(url),
    close: () => knex.destroy(),
  };
}

/** A migration: plain functions, so they run the same from TypeScript sources and compiled code. */
export interface Migration {
  name: string;
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

function migrationSource(migrations: readonly Migration[]): Knex.MigrationSource<Migration> {
  return {
    getMigrations: async () => [...migrations],
    getMigrationName: (m) => m.name,
    getMigration: async (m) => ({ up: m.up, down: m.down }),
  };
}

/** Brings the schema up to date with the given migrations, in order. Returns the names applied. */
export async function migrate(db: Database, migrations: readonly Migration[]): Promise<string[]> {
  const [, applied] = (await db.knex.migrate.latest({ migrationSource: migrationSource(migrations) })) as [number, string[]];
  return applied;
}

/** Undoes every applied migration (their `down`s drop the tables and the data in them). */
export async function rollbackAll(db: Database, migrations: readonly Migration[]): Promise<void> {
  // SQLite rebuilds a table to change it (drop, recreate): a down migration doing so over a seeded
  // database (005's sites) would trip the foreign keys of the rows that point at it, which are all
  // being dropped anyway. The pragma holds for the one connection, outside a transaction.
  const sqlite = db.dialect === 'sqlite';
  if (sqlite) await db.knex.raw('PRAGMA foreign_keys = OFF');
  try {
    await db.knex.migrate.rollback({ migrationSource: migrationSource(migrations) }, true);
  } finally {
    if (sqlite) await db.knex.raw('PRAGMA foreign_keys = ON');
  }
}

/** Splits a list into chunks, to stay far below the bound-parameter limits of both databases. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Inserts many rows in one transaction, in multi-row statements sized to stay under SQLite's and
 * PostgreSQL's bound-parameter limits. Reports progress after each statement.
 */
export async function insertAll(
  knex: Knex,
  table: string,
  rows: readonly object[],
  progress?: (table: string, done: number, total: number) => void,
): Promise<number> {
  if (rows.length === 0) return 0;
  // SQLite caps a compound SELECT (knex's multi-row INSERT there) at 500 terms; both databases cap
  // bound parameters (SQLite 32,766, PostgreSQL 65,535).
  const columns = Object.keys(rows[0]!).length || 1;
  const chunkSize = Math.max(1, Math.min(400, Math.floor(30_000 / columns)));
  let done = 0;
  await knex.transaction(async (trx) => {
    for (const part of chunks(rows, chunkSize)) {
      await trx(table).insert(part);
      done += part.length;
      progress?.(table, done, rows.length);
    }
  });
  return rows.length;
}
