import 'reflect-metadata';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database, Migration } from '../../kit/db.js';
import { type RunningSubgraph, startSubgraph } from '../../kit/subgraph.js';
import { party } from '../../subgraphs/party/subgraph.js';
import { ADMIN, asGateway } from '../helpers/auth.js';
import { createTestDatabases, PG_URL, type TestDatabases } from '../helpers/databases.js';
import { post } from '../helpers/graphql.js';
import { subgraphTestConfig } from '../helpers/subgraph.js';

/**
 * A subgraph process's start (kit/subgraph.ts), inside each test rather than in a hook: it migrates an
 * empty database, answers the gateway only (a signed identity for this subgraph), reports its
 * readiness from the database, and closes the database with the server; a start that fails leaves
 * nothing listening.
 */

// Every database a start opens, to see that a failed start closed its own.
const opened = vi.hoisted(() => [] as Database[]);
vi.mock('../../kit/db.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../kit/db.js')>();
  return {
    ...original,
    openDatabase: (...args: Parameters<typeof original.openDatabase>) => {
      const db = original.openDatabase(...args);
      opened.push(db);
      return db;
    },
  };
});

const started: RunningSubgraph[] = [];
const databases: TestDatabases[] = [];
afterEach(async () => {
  for (const s of started.splice(0)) await s.close().catch(() => {});
  for (const d of databases.splice(0)) await d.drop();
});

async function emptyDatabase(): Promise<string> {
  const dbs = await createTestDatabases('sqlite', ['party']);
  databases.push(dbs);
  return dbs.urls.party;
}

async function start(databaseUrl: string, def = party): Promise<RunningSubgraph> {
  const s = await startSubgraph(def, subgraphTestConfig('party', databaseUrl));
  started.push(s);
  return s;
}

describe('startSubgraph', () => {
  it.skipIf(!PG_URL)('on PostgreSQL, a statement of a request past STATEMENT_TIMEOUT_MS is cancelled by the server', async () => {
    const dbs = await createTestDatabases('postgres', ['party']);
    databases.push(dbs);
    const s = await startSubgraph(party, { ...subgraphTestConfig('party', dbs.urls.party), statementTimeoutMs: 300 });
    started.push(s);
    const began = Date.now();
    // The server's 57014 (query_canceled), as the public error a client sees.
    await expect(s.db.knex.raw('select pg_sleep(3)')).rejects.toMatchObject({ extensions: { code: 'STATEMENT_TIMEOUT', timeoutMs: 300 } });
    expect(Date.now() - began).toBeLessThan(2_500);
    expect((await s.db.knex.raw('select 1 as one')).rows[0].one).toBe(1);
    // The migrations ran on a connection of their own, without the limit, and the pool they used is closed.
    expect(await s.db.knex('knex_migrations').count({ n: '*' })).toEqual([{ n: String(party.migrations.length) }]);
  });

  it('migrates an empty database with every migration of the definition, once', async () => {
    const url = await emptyDatabase();
    const s = await start(url);
    const applied = (await s.db.knex('knex_migrations').orderBy('id').select('name')).map((r: { name: string }) => r.name);
    expect(applied).toEqual(party.migrations.map((m) => m.name));
    await s.close();
    started.pop();
    const again = await start(url);
    expect(await again.db.knex('knex_migrations').count({ n: '*' })).toEqual([{ n: party.migrations.length }]);
  });

  it('answers the gateway only: no identity, a forged one or one signed for another subgraph is 401 UNAUTHENTICATED', async () => {
    const s = await start(await emptyDatabase());
    const refusals = [{}, { 'x-venue-identity': 'not-a-token' }, await asGateway(ADMIN, 'culture')];
    for (const headers of refusals) {
      const res = await post(s.url, '{ _service { sdl } }', undefined, headers);
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.errors?.[0], JSON.stringify(headers)).toMatchObject({
        message: 'This service answers the gateway only.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    const ok = await post(s.url, '{ _service { sdl } }', undefined, await asGateway(ADMIN, 'party'));
    expect(ok.status).toBe(200);
    expect((ok.data as { _service: { sdl: string } })._service.sdl).toContain('type PartyServiceCentre');
  });

  it('serves its schema over its own database, with no landing page, no inline traces and no signal handlers', async () => {
    const signals = () => ['SIGINT', 'SIGTERM'].map((name) => process.listenerCount(name));
    const before = signals();
    const s = await start(await emptyDatabase());
    // Shutdown is the process wrapper's (kit/main.ts): Apollo must not add SIGINT/SIGTERM handlers.
    expect(signals()).toEqual(before);
    const res = await post(s.url, '{ partyServiceCentres(regionPrefix: "33") { totalCount } }', undefined, await asGateway(ADMIN, 'party'));
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ partyServiceCentres: { totalCount: 0 } });
    // The landing page and inline tracing are off: a browser's GET gets no page, a request asking for a trace gets none.
    const identity = await asGateway(ADMIN, 'party');
    const page = await fetch(s.url, { headers: { ...identity, accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html|<!DOCTYPE/i);
    const traced = await fetch(s.url, {
      method: 'POST',
      headers: { ...identity, 'content-type': 'application/json', 'apollo-federation-include-trace': 'ftv1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(traced.status).toBe(200);
    expect(await traced.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('counts its SQL under its own name, and resolves an entity through its reference resolver', async () => {
    const s = await start(await emptyDatabase());
    const counted = async () => {
      const text = await (await fetch(s.url.replace(/\/graphql$/, '/metrics'))).text();
      return Number(/venue_graph_sql_statements_total\{subgraph="party"\} (\d+)/.exec(text)?.[1] ?? 0);
    };
    const before = await counted();
    const res = await post(
      s.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on PartyServiceCentre { id name } } }',
      { r: [{ __typename: 'PartyServiceCentre', id: 'party-000000000' }] },
      await asGateway(ADMIN, 'party'),
    );
    // Its own resolver looks the id up (one statement) and finds nothing: null, not the representation echoed back.
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ _entities: [null] });
    expect((await counted()) - before).toBeGreaterThan(0);
  });

  it('reports ready while its database answers, and closes the database with the server', async () => {
    const s = await start(await emptyDatabase());
    const ready = await fetch(s.url.replace(/\/graphql$/, '/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', service: 'party' });
    await s.close();
    started.pop();
    await expect(s.db.knex.raw('select 1')).rejects.toThrow();
    await expect(fetch(s.url)).rejects.toThrow();
  });

  it('reports unavailable (503) when its database does not answer', async () => {
    const s = await start(await emptyDatabase());
    await s.db.knex.destroy();
    const ready = await fetch(s.url.replace(/\/graphql$/, '/ready'));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', service: 'party' });
    const health = await fetch(s.url.replace(/\/graphql$/, '/health'));
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok', service: 'party' }]);
  });

  it('a start whose migration fails rejects with that error and closes the database it opened', async () => {
    const url = await emptyDatabase();
    const failing: Migration = {
      name: '999-fails',
      up: async () => {
        throw new Error('migration 999 failed');
      },
      down: async () => {},
    };
    opened.length = 0;
    await expect(start(url, { ...party, migrations: [...party.migrations, failing] })).rejects.toThrow('migration 999 failed');
    expect(opened).toHaveLength(1);
    expect(opened[0]!.knex.client.pool).toBeFalsy(); // knex destroyed: its pool is gone
    // Nothing holds the file: a new start on it migrates what the failed one left undone.
    const s = await start(url);
    expect(s.db.knex.client.pool).toBeTruthy();
    expect(await s.db.knex('knex_migrations').count({ n: '*' })).toEqual([{ n: party.migrations.length }]);
  });
});
