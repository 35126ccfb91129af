import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { CancellingPostgresClient, SqliteWorkerClient } from './db-clients.js';
import { sqlStatementSeconds, sqlStatements } from './metrics.js';
import { endFailed, isTracing, SERVICE_ATTRIBUTE, tracer } from './tracing.js';
import { type Span, SpanKind } from '@opentelemetry/api';
import { redactUrl } from './redact.js';

export type { Knex };

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  /** Every statement of a request, migrations and scripts. */
  knex: Knex;
  /**
   * The statements whose cost grows with the data (a search over a region's subtree, a month's
   * utilisation, an analyst's aggregate): a pool of their own, a few connections, so that they queue
   * among themselves and never hold the connections a lookup or a booking needs. Reads only.
   */
  scans: Knex;
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

export interface OpenOptions {
  subgraph: string;
  /**
   * A read (outside a transaction) that runs longer fails with STATEMENT_TIMEOUT: stopped by the server
   * on PostgreSQL (SQLSTATE 57014), given up on at once on SQLite (its worker is terminated; see
   * kit/db-clients.ts). None by default: migrations and scripts run unlimited.
   */
  statementTimeoutMs?: number;
  /** Connections of `scans` (default 2 on SQLite, 3 on PostgreSQL). */
  scanConnections?: number;
}

const SQLITE_PRAGMAS = ['busy_timeout = 5000', 'foreign_keys = ON'];

/** knex's warnings, less the one its pool logs on dropping a worker we retired on purpose (kit/db-clients.ts). */
const knexLog = {
  warn(message: string) {
    if (!/^Connection Error: (statement over|the request was abandoned)/.test(String(message))) console.warn(message);
  },
};

/**
 * Opens a database from a URL: `postgres://…` for PostgreSQL, anything else is a SQLite file path
 * (created with its folder if missing; ':memory:' for one held in memory). On SQLite every connection
 * runs in a worker thread of its own (kit/sqlite-worker.mjs), so no statement blocks the event loop: one
 * read-write connection for `knex` (better-sqlite3 is synchronous: more writers would only contend for
 * the file lock) and read-only ones for `scans`, beside it in WAL mode.
 */
export function openDatabase(url: string, opts: OpenOptions): Database {
  const dialect: Dialect = isPostgresUrl(url) ? 'postgres' : 'sqlite';
  const serving = { statementTimeoutMs: opts.statementTimeoutMs };
  let knex: Knex;
  let scans: Knex;
  if (dialect === 'postgres') {
    // node-postgres sets statement_timeout on each connection: the server cancels a statement that runs longer.
    const connection = opts.statementTimeoutMs ? { connectionString: url, statement_timeout: opts.statementTimeoutMs } : url;
    const pg = (max: number) =>
      knexFactory({
        client: CancellingPostgresClient as unknown as typeof Knex.Client,
        connection,
        pool: { min: 0, max },
        serving,
        log: knexLog,
      } as Knex.Config);
    knex = pg(10);
    scans = pg(opts.scanConnections ?? 3);
  } else {
    const memory = url === ':memory:';
    if (!memory) fs.mkdirSync(path.dirname(path.resolve(url)), { recursive: true });
    const sqlite = (readonly: boolean, max: number, pragmas: readonly string[]) =>
      knexFactory({
        client: SqliteWorkerClient as unknown as typeof Knex.Client,
        connection: { filename: url, options: { readonly } },
        useNullAsDefault: true,
        log: knexLog,
        pool: { min: readonly ? 0 : 1, max },
        // ':memory:' is one database per connection: its one worker must not be replaced.
        serving: { ...serving, pragmas, retireWorkers: !memory },
      } as Knex.Config);
    // WAL lets the read-only connections read while the writer writes; set by the writer, which opens first.
    knex = sqlite(false, 1, ['journal_mode = WAL', ...SQLITE_PRAGMAS]);
    scans = memory ? knex : sqlite(true, opts.scanConnections ?? 2, SQLITE_PRAGMAS);
  }
  // Counted per subgraph and served at /metrics (the tests read the count to prove no query runs per
  // row), and timed from sending to the answer.
  const pools: [Knex, string][] =
    scans === knex
      ? [[knex, 'knex']]
      : [
          [knex, 'knex'],
          [scans, 'scans'],
        ];
  // While tracing, each statement is a span of the request it serves (kit/tracing.ts): its kind of
  // statement and the first 300 characters of its SQL, never its bound values.
  for (const [k, pool] of pools) {
    const sent = new Map<string, { t: number; span: Span | null }>();
    const timed = (outcome: 'ok' | 'error') => (err: unknown, q: { __knexQueryUid?: string }) => {
      const started = q.__knexQueryUid === undefined ? undefined : sent.get(q.__knexQueryUid);
      if (started === undefined) return;
      sent.delete(q.__knexQueryUid!);
      sqlStatementSeconds.observe({ subgraph: opts.subgraph, pool, outcome }, (performance.now() - started.t) / 1000);
      if (!started.span) return;
      if (outcome === 'ok') started.span.end();
      else endFailed(started.span, err);
    };
    k.on('query', (q: { __knexQueryUid?: string; sql?: string; method?: string }) => {
      sqlStatements.inc({ subgraph: opts.subgraph });
      if (q.__knexQueryUid === undefined) return;
      const span = !isTracing()
        ? null
        : tracer.startSpan(`sql ${q.method ?? 'raw'}`, {
            kind: SpanKind.CLIENT,
            attributes: {
              [SERVICE_ATTRIBUTE]: opts.subgraph,
              'db.system': dialect === 'postgres' ? 'postgresql' : 'sqlite',
              'db.statement': (q.sql ?? '').slice(0, 300),
              'venue_graph.pool': pool,
            },
          });
      sent.set(q.__knexQueryUid, { t: performance.now(), span });
    });
    k.on('query-response', timed('ok'));
    k.on('query-error', timed('error'));
  }
  return {
    knex,
    scans,
    dialect,
    safeUrl: redactUrl(url),
    close: async () => {
      await Promise.all([...new Set([knex, scans])].map((k) => k.destroy()));
    },
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

/** The PostgreSQL advisory lock replicas migrating one database take in turn (any fixed 64-bit number: "venue-gr"). */
export const MIGRATION_LOCK = 0x76656e75652d6772n;

/**
 * Brings the schema up to date with the given migrations, in order. Returns the names applied.
 *
 * Several replicas of a subgraph may start at once on one PostgreSQL database. knex's own lock does not
 * make them wait: the second fails ("Migration table is already locked", or creating knex_migrations
 * twice on an empty database). So on PostgreSQL each first takes a transaction-scoped advisory lock on a
 * connection of its own and migrates while it holds it: the others wait, then find nothing to apply.
 * SQLite is one process's file (one writer).
 */
export async function migrate(db: Database, migrations: readonly Migration[]): Promise<string[]> {
  const latest = async () => {
    const [, applied] = (await db.knex.migrate.latest({ migrationSource: migrationSource(migrations) })) as [number, string[]];
    return applied;
  };
  if (db.dialect !== 'postgres') return latest();
  return db.knex.transaction(async (lock) => {
    await lock.raw('SELECT pg_advisory_xact_lock(?::bigint)', [MIGRATION_LOCK.toString()]);
    return latest();
  });
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
