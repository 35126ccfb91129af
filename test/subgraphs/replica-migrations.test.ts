import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../kit/db.js';
import { migrations as departmentMigrations } from '../../subgraphs/party/migrations/index.js';
import { migrations } from '../../subgraphs/facilities/migrations/index.js';
import { createTestDatabases, PG_URL, type TestDatabases } from '../helpers/databases.js';

/**
 * Replicas of a subgraph starting together on one fresh PostgreSQL database: each migrates it at start
 * (kit/subgraph.ts). Without the advisory lock in kit/db.ts `migrate`, all but one fail (knex creates its
 * migrations table twice, or finds it locked); with it the others wait and apply nothing.
 */
describe.skipIf(!PG_URL)('replicas migrating one PostgreSQL database at once', () => {
  let dbs: TestDatabases;
  beforeAll(async () => {
    dbs = await createTestDatabases('postgres', ['facilities', 'party']);
  });
  afterAll(async () => dbs?.drop());

  it.each([
    ['facilities', migrations],
    ['party', departmentMigrations],
  ] as const)('three %s replicas: every migration applied exactly once, none fails', async (name, list) => {
    const replicas = [0, 1, 2].map(() => openDatabase(dbs.urls[name], { subgraph: name }));
    try {
      const results = await Promise.allSettled(replicas.map((db) => migrate(db, list)));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      const applied = results.map((r) => (r as PromiseFulfilledResult<string[]>).value);
      // One replica applied them all, in order; the others, none.
      expect(applied.map((a) => a.length).sort()).toEqual([0, 0, list.length]);
      expect(applied.flat()).toEqual(list.map((m) => m.name));
      const rows = await replicas[0]!.knex('knex_migrations').select('name').orderBy('id');
      expect(rows.map((r) => r.name)).toEqual(list.map((m) => m.name));
    } finally {
      await Promise.all(replicas.map((db) => db.close()));
    }
  });
});
