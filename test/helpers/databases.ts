import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import { SUBGRAPHS, type SubgraphName } from '../../kit/topology.js';

/**
 * Fresh databases for one test run: SQLite files in a temporary folder, or, for the PostgreSQL
 * backend, one database per subgraph created on the server named by PG_URL (and dropped afterwards).
 */

export type Backend = 'sqlite' | 'postgres';

/** PG_URL names a PostgreSQL server; the suites that can run on it also run there when it is set. */
export const PG_URL = process.env.PG_URL;
/** A Redis server for the gateway replicas' shared state, e.g. redis://127.0.0.1:6379; without it those tests are skipped. */
export const REDIS_URL = process.env.REDIS_URL;
/** A MariaDB (or MySQL) server for the sync test's legacy source, e.g. mysql://root@127.0.0.1:3306/test; without it that test is skipped. */
export const MARIADB_URL = process.env.MARIADB_URL;

/** The backends to run database suites on: SQLite always, PostgreSQL when PG_URL is set. */
export const BACKENDS: Backend[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabases {
  urls: Record<SubgraphName, string>;
  drop(): Promise<void>;
}

/**
 * Databases for `names`, empty, or copies of `templates` (databases of the same backend that nobody is
 * connected to): SQLite files are copied, PostgreSQL databases are created with `TEMPLATE`.
 */
export async function createTestDatabases(
  backend: Backend,
  names: readonly SubgraphName[] = SUBGRAPHS.map((s) => s.name),
  templates: Partial<Record<SubgraphName, string>> = {},
): Promise<TestDatabases> {
  const run = `${process.pid}_${randomBytes(3).toString('hex')}`;
  if (backend === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-'));
    const urls = Object.fromEntries(names.map((n) => [n, path.join(dir, `${n}.sqlite`)])) as Record<SubgraphName, string>;
    for (const n of names) {
      const from = templates[n];
      if (!from) continue;
      // The database file and, should the seeding process have left them, its write-ahead log and index.
      for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(from + suffix)) fs.copyFileSync(from + suffix, urls[n] + suffix);
    }
    return { urls, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  if (!PG_URL) throw new Error('PG_URL is not set');
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const dbNames = Object.fromEntries(names.map((n) => [n, `vg_${run}_${n.replace(/-/g, '_')}`])) as Record<SubgraphName, string>;
  try {
    for (const n of names) {
      const from = templates[n];
      await admin.query(from ? `CREATE DATABASE ${dbNames[n]} TEMPLATE ${databaseName(from)}` : `CREATE DATABASE ${dbNames[n]}`);
    }
  } finally {
    await admin.end();
  }
  const urls = Object.fromEntries(
    names.map((n) => {
      const u = new URL(PG_URL);
      u.pathname = `/${dbNames[n]}`;
      return [n, u.toString()];
    }),
  ) as Record<SubgraphName, string>;
  return {
    urls,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        for (const db of Object.values(dbNames)) await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** The database a PostgreSQL URL names (one of ours: letters, digits and underscores only). */
function databaseName(url: string): string {
  const name = new URL(url).pathname.slice(1);
  if (!/^\w+$/.test(name)) throw new Error(`not a test database: ${url}`);
  return name;
}

/** A separate connection to a test database (SQLite file, PostgreSQL or MariaDB URL), to check or prepare what a test reads. */
export function directDb(url: string): Knex {
  if (/^postgres/.test(url)) return knexFactory({ client: 'pg', connection: url });
  if (/^(mysql|mariadb):/.test(url))
    return knexFactory({ client: 'mysql2', connection: { uri: url.replace(/^mariadb:/, 'mysql:') } as never });
  return knexFactory({ client: 'better-sqlite3', connection: { filename: url }, useNullAsDefault: true });
}
