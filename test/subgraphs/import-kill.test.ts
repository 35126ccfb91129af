import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Knex } from 'knex';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LISTENING_PREFIX } from '../../kit/main.js';
import { ADMIN, asGateway, TEST_SECRETS } from '../helpers/auth.js';
import { describeBackends } from '../helpers/backends.js';
import { createTestDatabases, directDb, type TestDatabases } from '../helpers/databases.js';
import { templatesOf } from '../helpers/shared.js';

/**
 * An import killed half-way: the real Culture subgraph process (subgraphs/culture/index.ts) is sent a
 * committed import of a station and 5,000 activities (about as much as fits the 1 MB request limit)
 * and killed with SIGKILL once it is writing — seen from outside, as another connection sees it: on
 * SQLite the database's write lock is taken, on PostgreSQL the process holds a row lock on the
 * activities table. The database then holds none of the import (one transaction); started again, the
 * same import converges to the whole of it.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
/** better-sqlite3 (the driver knex uses here), for a probe connection of its own; it ships no types. */
const Sqlite = createRequire(import.meta.url)('better-sqlite3') as new (
  file: string,
  options: { timeout: number },
) => { exec(sql: string): void; close(): void };
const N = 5_000;

const IMPORT = `mutation($input: ImportInput!) {
  importCultureRecords(input: $input) { committed counts { read inserted updated unchanged refused } }
}`;

const station = {
  name: '南门街道综合文化站',
  township: '330203001',
  grade: 'FIRST',
  buildingAreaM2: 1200,
  weeklyOpenHours: 48,
  openDaysPerYear: 330,
  fullTimeStaff: 2,
  guidingUnit: '海曙区文化馆',
};
const activities = Array.from({ length: N }, (_, i) => ({
  township: '330203001',
  heldOn: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  title: `读书会第 ${i + 1} 期`,
  kind: 'READING',
  participants: 10 + (i % 90),
}));
const BODY = JSON.stringify({
  query: IMPORT,
  variables: {
    input: {
      sheets: [
        { kind: 'stations', rows: [{ row: 2, record: station }] },
        { kind: 'activities', rows: activities.map((record, i) => ({ row: i + 2, record })) },
      ],
      commit: true,
      fileName: '大文件.xlsx',
      fileSha256: 'b'.repeat(64),
    },
  },
});

/** Starts the subgraph as its own process over `url`, resolving once it prints where it listens. */
function startProcess(dbUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/culture/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      CULTURE_PORT: '0',
      CULTURE_DB_URL: dbUrl,
      SEED_ON_START: 'false',
      INTERNAL_SECRET: TEST_SECRETS.internal,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith(LISTENING_PREFIX)) resolve({ child, url: line.split(' ').at(-1)! });
    });
    child.once('exit', (code) => reject(new Error(`culture exited with ${code} before listening`)));
  });
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

describeBackends('an import killed half-way (%s)', (backend) => {
  let dbs: TestDatabases;
  let knex: Knex;
  const counts = async () => ({
    stations: Number((await knex('culture_stations').where('id', 'culture-330203001').count({ n: '*' }))[0]!.n),
    activities: Number((await knex('culture_activities').where('station_id', 'culture-330203001').count({ n: '*' }))[0]!.n),
    entries: Number((await knex('import_log').where('file_name', '大文件.xlsx').count({ n: '*' }))[0]!.n),
  });

  beforeAll(async () => {
    const template = templatesOf(backend)?.culture;
    dbs = await createTestDatabases(backend, ['culture'], template ? { culture: template } : {});
    knex = directDb(dbs.urls.culture!);
  });
  afterAll(async () => {
    await knex?.destroy();
    await dbs?.drop();
  });

  /** True while another connection holds a write transaction on the culture database. */
  async function writing(): Promise<boolean> {
    if (backend === 'sqlite') {
      const probe = new Sqlite(dbs.urls.culture!, { timeout: 0 });
      try {
        probe.exec('BEGIN IMMEDIATE; ROLLBACK');
        return false;
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_BUSY') return true;
        throw err;
      } finally {
        probe.close();
      }
    }
    const { rows } = (await knex.raw(
      `select 1 from pg_locks l join pg_class c on c.oid = l.relation
        where c.relname = 'culture_activities' and l.mode = 'RowExclusiveLock' and l.pid <> pg_backend_pid()
          and l.database = (select oid from pg_database where datname = current_database())`,
    )) as { rows: unknown[] };
    return rows.length > 0;
  }

  it('killed while it writes, it leaves nothing; run again, it converges', async () => {
    const headers = { 'content-type': 'application/json', ...(await asGateway(ADMIN, 'culture')) };
    const first = await startProcess(dbs.urls.culture!);
    let answered = false;
    const request = fetch(first.url, { method: 'POST', headers, body: BODY }).then(
      () => {
        answered = true;
      },
      () => undefined,
    );
    // Bounded: the import takes well under a second here; 20 s without seeing it write is a failure.
    let sawWriting = false;
    for (const started = Date.now(); !answered && Date.now() - started < 20_000; ) {
      if (await writing()) {
        sawWriting = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 2));
    }
    await killed(first.child);
    await request;
    expect(sawWriting, 'the import was never seen writing before it answered').toBe(true);
    expect(answered).toBe(false);
    // One transaction: neither the station, nor any activity, nor the import's log entry.
    expect(await counts()).toEqual({ stations: 0, activities: 0, entries: 0 });

    const { child, url } = await startProcess(dbs.urls.culture!);
    try {
      // A fresh signed identity: the gateway's lives 10 s, and the first run and a second start may take longer.
      const again = { 'content-type': 'application/json', ...(await asGateway(ADMIN, 'culture')) };
      const res = (await (await fetch(url, { method: 'POST', headers: again, body: BODY })).json()) as {
        data?: { importCultureRecords: { committed: boolean; counts: Record<string, number> } };
        errors?: unknown[];
      };
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(res.data!.importCultureRecords).toEqual({
        committed: true,
        counts: { read: N + 1, inserted: N + 1, updated: 0, unchanged: 0, refused: 0 },
      });
      expect(await counts()).toEqual({ stations: 1, activities: N, entries: 1 });
    } finally {
      await killed(child);
    }
  });
});
