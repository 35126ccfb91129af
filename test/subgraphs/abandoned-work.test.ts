import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../kit/db.js';
import { PUBLIC_IDENTITY } from '../../kit/identity.js';
import { createLogger } from '../../kit/logger.js';
import { RequestAbandoned } from '../../kit/request-scope.js';
import { maskError, type RequestContextBase, type RunningServer, serveGraphQL } from '../../kit/server.js';
import { describeBackends } from '../helpers/backends.js';
import { createTestDatabases, type TestDatabases } from '../helpers/databases.js';

/**
 * A server's slow read, met the way a subgraph meets it: kit's HTTP layer over a real database (a SQLite
 * file, or PostgreSQL), a resolver running one slow statement on the scans' connections (kit/db.ts). The event loop keeps serving meanwhile,
 * the statement stops at STATEMENT_TIMEOUT_MS, and a caller that goes away stops it too (on PostgreSQL
 * the server's backend is cancelled: pg_stat_activity no longer shows it).
 */

const LIMIT_MS = 1_000;

describeBackends('work a request no longer needs, on %s', (backend) => {
  let dbs: TestDatabases;
  let db: Database;
  let server: RunningServer;
  /** How each `slow` statement ended, in order. */
  const outcomes: { error: unknown; ms: number }[] = [];
  let settled: () => void = () => {};

  // SQLite counts in a recursive query (about 3 million rows a second here: 3 s, past the limit; kept short,
  // since a retired worker's thread runs its statement to the end);
  // PostgreSQL sleeps, which a cancel ends at once.
  const slowSql =
    backend === 'sqlite'
      ? 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10000000) SELECT count(*) FROM c'
      : 'SELECT pg_sleep(30)';

  beforeAll(async () => {
    dbs = await createTestDatabases(backend, ['culture']);
    db = openDatabase(dbs.urls.culture, { subgraph: 'test-abandoned', statementTimeoutMs: LIMIT_MS });
    await db.knex.raw('SELECT 1'); // creates the SQLite file, as a subgraph's migrations do before any scan
    const resolvers = {
      Query: {
        quick: async () => {
          await db.knex.raw('SELECT 1');
          return 1;
        },
        slow: async () => {
          const t = performance.now();
          try {
            await db.scans.raw(slowSql); // where a subgraph runs its searches and aggregates
            outcomes.push({ error: null, ms: performance.now() - t });
          } catch (error) {
            outcomes.push({ error, ms: performance.now() - t });
            throw error;
          } finally {
            settled();
          }
          return 1;
        },
      },
    };
    server = await serveGraphQL<RequestContextBase>({
      service: 'test-abandoned',
      logger: createLogger('test-abandoned', 'silent'),
      host: '127.0.0.1',
      port: 0,
      ready: async () => {},
      identify: async () => PUBLIC_IDENTITY,
      context: async (_req, base) => base,
      apollo: (drain) =>
        new ApolloServer<RequestContextBase>({
          typeDefs: 'type Query { quick: Int, slow: Int }',
          resolvers,
          formatError: maskError,
          includeStacktraceInErrorResponses: false,
          stopOnTerminationSignals: false,
          plugins: [drain],
        }),
    });
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
    await dbs?.drop();
  });

  const ask = (query: string, signal?: AbortSignal) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), signal });
  const nextOutcome = () => new Promise<void>((r) => (settled = r));
  /** Statements of this test's database still running on the PostgreSQL server. */
  const runningOnServer = async () =>
    backend === 'postgres'
      ? (
          (await db.knex.raw(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query = ? AND state = 'active'`, [slowSql])) as {
            rows: { n: number }[];
          }
        ).rows[0]!.n
      : 0;

  it('a read past the limit answers STATEMENT_TIMEOUT at its path, with no SQL in it; others are served meanwhile', async () => {
    const done = nextOutcome();
    const slow = ask('{ slow }');
    await new Promise((r) => setTimeout(r, 100));
    const t = performance.now();
    const health = await fetch(server.url.replace('/graphql', '/health'));
    const quick = await ask('{ quick }');
    const servedMs = performance.now() - t;
    const res = await slow;
    await done;
    expect(health.status).toBe(200);
    expect(await quick.json()).toEqual({ data: { quick: 1 } });
    expect(servedMs).toBeLessThan(500);
    const body = (await res.json()) as {
      data: unknown;
      errors: { path: string[]; message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.data).toEqual({ slow: null });
    expect(body.errors[0]).toMatchObject({ path: ['slow'], extensions: { code: 'STATEMENT_TIMEOUT', timeoutMs: LIMIT_MS } });
    expect(body.errors[0]!.message).not.toMatch(/select|recursive|pg_sleep/i);
    expect(outcomes.at(-1)!.ms).toBeGreaterThanOrEqual(LIMIT_MS - 50);
    expect(outcomes.at(-1)!.ms).toBeLessThan(LIMIT_MS + 1_000);
    expect(await runningOnServer()).toBe(0);
  });

  it('a caller that goes away stops its read at once', async () => {
    const caller = new AbortController();
    const done = nextOutcome();
    const slow = ask('{ slow }', caller.signal).catch((e: Error) => e.name);
    await new Promise((r) => setTimeout(r, 200));
    if (backend === 'postgres') expect(await runningOnServer()).toBe(1);
    caller.abort();
    expect(await slow).toBe('AbortError');
    await done;
    const last = outcomes.at(-1)!;
    expect(last.error).toBeInstanceOf(RequestAbandoned);
    expect(last.ms).toBeLessThan(LIMIT_MS - 300); // stopped by the caller, well before the limit
    await new Promise((r) => setTimeout(r, 100));
    expect(await runningOnServer()).toBe(0); // PostgreSQL: the backend was cancelled, not left sleeping
    expect(await (await ask('{ quick }')).json()).toEqual({ data: { quick: 1 } });
  });
});

describe('the same database opened for scripts', () => {
  it('has no limit: a statement runs to its end', async () => {
    const dbs = await createTestDatabases('sqlite', ['culture']);
    const db = openDatabase(dbs.urls.culture, { subgraph: 'test-abandoned' });
    try {
      const rows = (await db.knex.raw(
        'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000000) SELECT count(*) AS n FROM c',
      )) as {
        n: number;
      }[];
      expect(rows).toEqual([{ n: 3_000_000 }]);
    } finally {
      await db.close();
      await dbs.drop();
    }
  });
});
