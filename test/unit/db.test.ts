import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLogMigration, createAuditLog } from '../../kit/audit.js';
import { chunks, type Database, insertAll, isPostgresUrl, type Migration, migrate, openDatabase, rollbackAll } from '../../kit/db.js';
import { registry } from '../../kit/metrics.js';

/**
 * kit's database layer over an embedded SQLite file in a temporary folder (no server): how a database
 * is opened, migrated, rolled back and bulk-written, and the audit log's one INSERT per request. Each
 * test opens its own file, so what it asserts is made inside it.
 */

const opened: Database[] = [];
const dirs: string[] = [];

function tempFile(name = 'test.sqlite'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-db-'));
  dirs.push(dir);
  return path.join(dir, 'nested', 'folder', name);
}

function open(url = tempFile(), subgraph = 'unit-db'): Database {
  const db = openDatabase(url, { subgraph });
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const parents: Migration = {
  name: '001-parents',
  up: (knex) => knex.schema.createTable('parents', (t) => t.string('id').primary()),
  down: (knex) => knex.schema.dropTable('parents'),
};
const children: Migration = {
  name: '002-children',
  up: (knex) =>
    knex.schema.createTable('children', (t) => {
      t.string('id').primary();
      t.string('parent_id').notNullable().references('id').inTable('parents');
    }),
  down: (knex) => knex.schema.dropTable('children'),
};

async function tables(db: Database): Promise<string[]> {
  const rows: { name: string }[] = await db
    .knex('sqlite_master')
    .where('type', 'table')
    .whereNot('name', 'like', 'sqlite_%')
    .select('name');
  return rows.map((r) => r.name).sort();
}

async function pragma(db: Database, name: string): Promise<unknown> {
  const rows = (await db.knex.raw(`PRAGMA ${name}`)) as Record<string, unknown>[];
  return Object.values(rows[0]!)[0];
}

describe('openDatabase', () => {
  it('tells a PostgreSQL URL from a SQLite path by its scheme', () => {
    expect(isPostgresUrl('postgres://u@h/db')).toBe(true);
    expect(isPostgresUrl('postgresql://u@h/db')).toBe(true);
    expect(isPostgresUrl('POSTGRES://u@h/db')).toBe(true);
    expect(isPostgresUrl('data/postgres.sqlite')).toBe(false);
    expect(isPostgresUrl('mysql://root@h/db')).toBe(false);
    expect(isPostgresUrl('x-postgres://h/db')).toBe(false);
  });

  it('a SQLite path: creates its folders, and the one connection has WAL, a busy timeout and foreign keys on', async () => {
    const file = tempFile();
    const db = open(file);
    expect(db.dialect).toBe('sqlite');
    expect(db.safeUrl).toBe(file);
    expect(fs.existsSync(path.dirname(file))).toBe(true);
    expect(await pragma(db, 'journal_mode')).toBe('wal');
    expect(await pragma(db, 'busy_timeout')).toBe(5000);
    expect(await pragma(db, 'foreign_keys')).toBe(1);
    expect(db.knex.client.pool.max).toBe(1);
    expect(db.scans.client.pool.max).toBe(2);
    expect(fs.existsSync(file)).toBe(true);
  });

  it(':memory: makes no folder and keeps one database across statements (one connection)', async () => {
    const before = fs.readdirSync('.');
    const db = open(':memory:');
    await db.knex.schema.createTable('t', (t) => t.integer('n'));
    await db.knex('t').insert({ n: 1 });
    expect(await db.knex('t').count({ c: '*' })).toEqual([{ c: 1 }]);
    expect(fs.readdirSync('.')).toEqual(before);
  });

  it('a PostgreSQL URL: the pg client, a pool of up to 10, and a safe URL without the password or the query', async () => {
    const db = open('postgres://venue:s3cret@127.0.0.1:1/none?sslpassword=x');
    expect(db.dialect).toBe('postgres');
    expect(db.knex.client.dialect).toBe('postgresql');
    expect(db.knex.client.driverName).toBe('pg');
    expect(db.knex.client.pool.max).toBe(10);
    expect(db.knex.client.pool.min).toBe(0);
    expect(db.scans.client.pool.max).toBe(3); // the scans' own pool
    expect(db.scans).not.toBe(db.knex);
    expect(db.safeUrl).not.toContain('s3cret');
    expect(db.safeUrl).not.toContain('sslpassword');
    expect(db.safeUrl).toContain('127.0.0.1:1/none');
  });

  it('counts each statement under its subgraph in the metrics registry', async () => {
    const db = open(undefined, 'counted-subgraph');
    const count = async () => {
      const metric = (await registry.getMetricsAsJSON()).find((m) => m.name === 'venue_graph_sql_statements_total');
      return metric?.values.find((v) => v.labels.subgraph === 'counted-subgraph')?.value ?? 0;
    };
    const before = await count();
    await db.knex.raw('select 1');
    await db.knex.raw('select 2');
    expect((await count()) - before).toBe(2);
  });

  it('times each statement by subgraph, pool and outcome', async () => {
    const db = open(undefined, 'timed-subgraph');
    const observed = async () => {
      const metric = (await registry.getMetricsAsJSON()).find((m) => m.name === 'venue_graph_sql_statement_duration_seconds');
      const counts = (metric?.values ?? []).filter(
        (v) => v.labels.subgraph === 'timed-subgraph' && (v as { metricName?: string }).metricName?.endsWith('_count'),
      );
      return Object.fromEntries(counts.map((v) => [`${v.labels.pool}/${v.labels.outcome}`, v.value]));
    };
    await db.knex.raw('select 1');
    await db.knex.raw('select 2');
    await db.scans.raw('select 3');
    await expect(db.knex.raw('select * from nowhere')).rejects.toThrow();
    expect(await observed()).toEqual({ 'knex/ok': 2, 'scans/ok': 1, 'knex/error': 1 });
    const slow = (await registry.getMetricsAsJSON()).find((m) => m.name === 'venue_graph_sql_statement_duration_seconds');
    const sum = slow?.values.find(
      (v) => v.labels.subgraph === 'timed-subgraph' && (v as { metricName?: string }).metricName?.endsWith('_sum'),
    );
    expect(sum?.value).toBeGreaterThan(0);
    expect(sum?.value).toBeLessThan(5);
  });
});

describe('migrate and rollbackAll', () => {
  it('applies migrations in order once, returning the names applied; again, none', async () => {
    const db = open();
    expect(await migrate(db, [parents, children])).toEqual(['001-parents', '002-children']);
    expect(await tables(db)).toEqual(['children', 'knex_migrations', 'knex_migrations_lock', 'parents']);
    expect(await migrate(db, [parents, children])).toEqual([]);
  });

  it('rolls every migration back over rows that point at each other, and leaves foreign keys on', async () => {
    const db = open();
    await migrate(db, [parents, children]);
    await db.knex('parents').insert({ id: 'p' });
    await db.knex('children').insert({ id: 'c', parent_id: 'p' });
    // Dropping parents first (the migrations' own order is reversed: children, then parents) would trip
    // the key; a down migration that rebuilds a referenced table does exactly that.
    const rebuild: Migration = {
      name: '003-rebuild-parents',
      up: async () => {},
      down: async (knex) => {
        await knex.schema.dropTable('parents');
        await knex.schema.createTable('parents', (t) => t.string('id').primary());
      },
    };
    await migrate(db, [parents, children, rebuild]);
    await rollbackAll(db, [parents, children, rebuild]);
    expect(await tables(db)).toEqual(['knex_migrations', 'knex_migrations_lock']);
    expect(await pragma(db, 'foreign_keys')).toBe(1);
    expect(await migrate(db, [parents, children])).toEqual(['001-parents', '002-children']);
  });

  it('turns foreign keys back on even when a down migration fails', async () => {
    const db = open();
    const failing: Migration = {
      name: '001-fails-down',
      up: async () => {},
      down: async () => {
        throw new Error('down failed');
      },
    };
    await migrate(db, [failing]);
    await expect(rollbackAll(db, [failing])).rejects.toThrow('down failed');
    expect(await pragma(db, 'foreign_keys')).toBe(1);
  });
});

describe('chunks and insertAll', () => {
  it('splits a list into chunks of the size asked, 500 by default', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 2)).toEqual([]);
    const big = Array.from({ length: 1001 }, (_, i) => i);
    expect(chunks(big).map((c) => c.length)).toEqual([500, 500, 1]);
  });

  it('inserts nothing and says 0 for no rows', async () => {
    const db = open();
    await migrate(db, [parents]);
    const calls: unknown[] = [];
    expect(await insertAll(db.knex, 'parents', [], (...a) => calls.push(a))).toBe(0);
    expect(calls).toEqual([]);
  });

  it('writes many rows in statements of at most 400 rows, reporting progress after each', async () => {
    const db = open();
    await migrate(db, [parents]);
    const statements: string[] = [];
    db.knex.on('query', (q: { sql: string }) => statements.push(q.sql));
    const progress: [string, number, number][] = [];
    const rows = Array.from({ length: 850 }, (_, i) => ({ id: `p${i}` }));
    expect(await insertAll(db.knex, 'parents', rows, (...a) => progress.push(a))).toBe(850);
    expect(progress).toEqual([
      ['parents', 400, 850],
      ['parents', 800, 850],
      ['parents', 850, 850],
    ]);
    expect(statements.filter((s) => s.startsWith('insert'))).toHaveLength(3);
    expect(await db.knex('parents').count({ c: '*' })).toEqual([{ c: 850 }]);
  });

  it('sizes the statements by the number of columns, to stay under the bound-parameter limits', async () => {
    const db = open();
    const wide = Array.from({ length: 200 }, (_, i) => `c${i}`);
    await db.knex.schema.createTable('wide', (t) => {
      for (const c of wide) t.integer(c);
    });
    const progress: number[] = [];
    const rows = Array.from({ length: 320 }, () => Object.fromEntries(wide.map((c) => [c, 1])));
    await insertAll(db.knex, 'wide', rows, (_t, done) => progress.push(done));
    // 30,000 parameters / 200 columns = 150 rows a statement.
    expect(progress).toEqual([150, 300, 320]);
  });

  it('writes in one transaction: a row refused halfway leaves none of the rows', async () => {
    const db = open();
    await migrate(db, [parents]);
    const rows = [...Array.from({ length: 450 }, (_, i) => ({ id: `p${i}` })), { id: 'p0' }];
    await expect(insertAll(db.knex, 'parents', rows)).rejects.toThrow(/UNIQUE/);
    expect(await db.knex('parents').count({ c: '*' })).toEqual([{ c: 0 }]);
  });
});

describe('the audit log', () => {
  it('writes the entries of a request together, in one INSERT, with who, what, when and the request', async () => {
    const db = open();
    await migrate(db, [auditLogMigration]);
    const inserts: string[] = [];
    db.knex.on('query', (q: { sql: string }) => {
      if (q.sql.startsWith('insert')) inserts.push(q.sql);
    });
    const log = createAuditLog(db, { sub: 'officer-7', role: 'STAFF', dept: 'PARTY' } as never, 'req-42');
    const before = new Date().toISOString();
    await Promise.all([log.record('READ_PERSONAL', 'Staff:1'), log.record('MUTATION', 'Booking:9')]);
    expect(inserts).toHaveLength(1);
    const rows = await db.knex('audit_log').orderBy('id').select();
    expect(rows.map(({ id, at, ...rest }) => rest)).toEqual([
      {
        actor_sub: 'officer-7',
        actor_role: 'STAFF',
        actor_dept: 'PARTY',
        request_id: 'req-42',
        action: 'READ_PERSONAL',
        target: 'Staff:1',
      },
      { actor_sub: 'officer-7', actor_role: 'STAFF', actor_dept: 'PARTY', request_id: 'req-42', action: 'MUTATION', target: 'Booking:9' },
    ]);
    expect(rows[0].at >= before && rows[0].at <= new Date().toISOString()).toBe(true);
    expect(rows[0].at).toBe(rows[1].at);
  });

  it('its down migration drops the table', async () => {
    const db = open();
    await migrate(db, [auditLogMigration]);
    expect(await tables(db)).toContain('audit_log');
    await rollbackAll(db, [auditLogMigration]);
    expect(await tables(db)).not.toContain('audit_log');
  });
});
