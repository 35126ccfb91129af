import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../kit/db.js';
import { PublicError } from '../../kit/errors.js';
import { RequestAbandoned, runInRequestScope } from '../../kit/request-scope.js';

/** SQLite through kit/db-clients.ts: each connection in a worker thread, reads limited in time and stopped when abandoned. */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-db-clients-'));
const opened: Database[] = [];
afterAll(async () => {
  await Promise.all(opened.map((d) => d.close()));
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(statementTimeoutMs?: number): Promise<Database> {
  const db = openDatabase(path.join(dir, `${opened.length}.sqlite`), { subgraph: 'unit-db-clients', statementTimeoutMs });
  opened.push(db);
  await db.knex.schema.createTable('t', (t) => t.integer('n'));
  await db.knex('t').insert([{ n: 1 }, { n: 2 }]);
  return db;
}

/** A read that keeps SQLite busy: it counts to `n` in a recursive query (about 3 million a second here; the default, seconds). */
const slowRead = (n = 10_000_000) =>
  `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ${n}) SELECT count(*) AS n FROM c`;

/** Runs `work` while a 5 ms timer ticks; the longest gap between ticks says how long the event loop was blocked. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: PromiseSettledResult<T>; stallMs: number; ms: number }> {
  let last = performance.now();
  let stallMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  const t = performance.now();
  const [result] = await Promise.allSettled([work()]);
  const ms = performance.now() - t;
  clearInterval(tick);
  return { result: result!, stallMs, ms };
}

describe('SQLite in worker threads', () => {
  it('a slow read does not block the event loop, and stops with STATEMENT_TIMEOUT at the limit', async () => {
    const db = await open(300);
    const { result, stallMs, ms } = await longestStall(() => db.knex.raw(slowRead()));
    expect(result.status).toBe('rejected');
    const err = (result as PromiseRejectedResult).reason;
    expect(err).toBeInstanceOf(PublicError);
    expect(err.extensions).toMatchObject({ code: 'STATEMENT_TIMEOUT', timeoutMs: 300 });
    expect(err.message).not.toMatch(/RECURSIVE|select/i); // no SQL in what a client sees
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(1_500);
    expect(stallMs).toBeLessThan(150);
    // The worker that still runs the statement was let go: the next read gets a fresh connection at once.
    const t = performance.now();
    expect(await db.knex('t').count({ c: '*' })).toEqual([{ c: 2 }]);
    expect(performance.now() - t).toBeLessThan(1_000);
  });

  it('a read of an abandoned request fails at once with RequestAbandoned; one started after it is not sent', async () => {
    const db = await open(60_000);
    const caller = new AbortController();
    setTimeout(() => caller.abort(), 200);
    const { result, ms } = await longestStall(() =>
      runInRequestScope({ signal: caller.signal }, async () => await db.knex.raw(slowRead())),
    );
    expect(result.status).toBe('rejected');
    expect((result as PromiseRejectedResult).reason).toBeInstanceOf(RequestAbandoned);
    expect(ms).toBeLessThan(1_500);
    // (A knex builder runs when awaited: inside the scope, as a resolver awaits it.)
    await expect(runInRequestScope({ signal: caller.signal }, async () => await db.knex('t').select('n'))).rejects.toBeInstanceOf(
      RequestAbandoned,
    );
    expect(await db.knex('t').orderBy('n').pluck('n')).toEqual([1, 2]); // other requests carry on
  });

  it('writes and transactions are not cut off: a write longer than the limit completes', async () => {
    const db = await open(100);
    const caller = new AbortController();
    const written = runInRequestScope({ signal: caller.signal }, () =>
      db.knex.transaction(async (trx) => {
        await trx.raw(`INSERT INTO t (n) ${slowRead(1_000_000).replace('count(*) AS n', 'x % 7')}`);
        caller.abort(); // the caller goes away: the transaction still ends as it began
        return trx('t').count({ c: '*' });
      }),
    );
    const { result, ms } = await longestStall(() => written);
    expect(result).toEqual({ status: 'fulfilled', value: [{ c: 1_000_002 }] });
    expect(ms).toBeGreaterThan(100); // longer than the limit, which applies to reads outside transactions only
  });

  it('reads run on the scans pool beside the writer, whose statements keep coming', async () => {
    const db = await open(60_000);
    const scan = db.scans.raw(slowRead(2_000_000));
    // While a scan holds one of its connections, the writer's connection answers: separate workers.
    const t = performance.now();
    await db.knex('t').insert({ n: 3 });
    expect(await db.knex('t').count({ c: '*' })).toEqual([{ c: 3 }]);
    const quick = performance.now() - t;
    const [row] = (await scan) as { n: number }[];
    expect(row).toEqual({ n: 2_000_000 });
    expect(quick).toBeLessThan(300);
    await expect(db.scans('t').insert({ n: 4 })).rejects.toThrow(/readonly/);
  });

  it('SQLite errors keep their code; a database that cannot be opened says why', async () => {
    const db = await open();
    await expect(db.knex('nowhere').select('*')).rejects.toMatchObject({
      code: 'SQLITE_ERROR',
      message: expect.stringMatching(/no such table: nowhere/),
    });
    const bad = openDatabase(path.join(dir, 'a-folder.sqlite'), { subgraph: 'unit-db-clients' });
    fs.mkdirSync(path.join(dir, 'a-folder.sqlite'), { recursive: true });
    opened.push(bad);
    await expect(bad.knex.raw('select 1')).rejects.toThrow(/unable to open database|directory/i);
  });
});
