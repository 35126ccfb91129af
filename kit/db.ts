import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { sqlStatements } from './metrics.js';

export type { Knex };

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  knex: Knex;
  dialect: Dialect;
  /** The URL as configured, with any password removed: safe to log. */
  safeUrl: string;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * Opens a database from a URL: `postgres://…` for PostgreSQL, anything else is a SQLite file path
 * (created with its folder if missing).
 */
export function openDatabase(url: string, opts: { subgraph: string }): Database {
  const dialect: Dialect = isPostgresUrl(url) ? 'postgres' : 'sqlite';
  let knex: Knex;
  if (dialect === 'postgres') {
    knex = knexFactory({
      client: 'pg',
      connection: url,
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
    safeUrl: url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
    close: () => knex.destroy(),
  };
}

/** A migration: plain functions, so they run the same from TypeScript sources and compiled code. */
export interface Migration {
  name: string;
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

/** Brings the schema up to date with the given migrations, in order. Returns the names applied. */
export async function migrate(db: Database, migrations: readonly Migration[]): Promise<string[]> {
  const source: Knex.MigrationSource<Migration> = {
    getMigrations: async () => [...migrations],
    getMigrationName: (m) => m.name,
    getMigration: async (m) => ({ up: m.up, down: m.down }),
  };
  const [, applied] = (await db.knex.migrate.latest({ migrationSource: source })) as [number, string[]];
  return applied;
}

/** Splits a list into chunks, to stay far below the bound-parameter limits of both databases. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Inserts many rows in chunks inside one transaction. */
export async function insertAll(knex: Knex, table: string, rows: readonly object[], chunkSize = 200): Promise<void> {
  if (rows.length === 0) return;
  await knex.transaction(async (trx) => {
    for (const part of chunks(rows, chunkSize)) await trx(table).insert(part);
  });
}
