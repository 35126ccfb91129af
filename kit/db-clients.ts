import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Knex } from 'knex';
import { statementTimeout } from './errors.js';
import { RequestAbandoned, requestSignal } from './request-scope.js';

/**
 * knex's own SQLite and PostgreSQL clients, each with what a server needs of them: a time limit that
 * stops a read, and reads stopped when the request they serve is abandoned (kit/request-scope.ts).
 *
 * SQLite: better-sqlite3 is synchronous, so each connection lives in a worker thread of its own
 * (kit/sqlite-worker.mjs) and a slow statement blocks that thread, not the event loop. A read past the
 * limit, or abandoned, fails at once; its worker is terminated and the pool opens a fresh one. The
 * statement itself runs on to its end inside the dying thread (better-sqlite3 has no
 * `sqlite3_interrupt`), but nothing else of that request follows it.
 * PostgreSQL: the server's `statement_timeout` stops a statement; an abandoned read is cancelled with
 * `pg_cancel_backend` (knex's `cancelQuery`).
 * Writes, and every statement inside a transaction, are neither limited nor cancelled by us: a booking
 * is short, and a COMMIT that was cut off might have happened after all.
 */

/** The parts of knex's internal client class these subclasses use (knex ships no types for them). */
interface KnexInternalClient {
  config: Record<string, unknown>;
  connectionSettings: { filename: string; options?: { readonly?: boolean } };
  query(connection: unknown, obj: QueryObject): Promise<unknown>;
  _query(connection: unknown, obj: QueryObject): Promise<QueryObject>;
  _formatBindings(bindings: unknown): unknown[];
  cancelQuery(connection: unknown): Promise<unknown>;
}
type KnexClientClass = new (config: Knex.Config) => KnexInternalClient;

interface QueryObject {
  sql: string;
  bindings?: unknown;
  method?: string;
  response?: unknown;
  context?: unknown;
}

const require = createRequire(import.meta.url);
const BetterSqlite3Client = require('knex/lib/dialects/better-sqlite3') as KnexClientClass;
const PostgresClient = require('knex/lib/dialects/postgres') as KnexClientClass;

/** What the subclasses read from the knex config, beside knex's own settings. */
export interface ServingOptions {
  /** A read outside a transaction that runs longer fails with STATEMENT_TIMEOUT (SQLite; PostgreSQL's is the server's). */
  statementTimeoutMs?: number;
  /** Run on each SQLite connection as it opens. */
  pragmas?: readonly string[];
  /** False for ':memory:': terminating its one worker would lose the database, so a stopped read only fails. */
  retireWorkers?: boolean;
}

/** Reads, which a time limit or an abandonment may stop without losing anything. */
function isStoppableRead(connection: { __knexTxId?: unknown }, obj: QueryObject): boolean {
  if (connection.__knexTxId) return false;
  if (obj.method === 'select' || obj.method === 'first' || obj.method === 'pluck') return true;
  return obj.method === 'raw' && /^\s*(select|with)\b/i.test(obj.sql);
}

/** A read failed at its time limit; replaced by the public STATEMENT_TIMEOUT once knex has let go of it. */
class StatementTimedOut extends Error {
  constructor(readonly timeoutMs: number) {
    super(`statement over ${timeoutMs} ms`);
    this.name = 'StatementTimedOut';
  }
}

type WorkerAnswer = { rows: unknown[] } | { changes: number; lastInsertRowid: number | bigint };
interface WorkerReply {
  id: number;
  rows?: unknown[];
  /** The rows as JSON text (sqlite-worker.mjs sends them so unless a column is a BLOB or an integer is a BigInt). */
  json?: string;
  changes?: number;
  lastInsertRowid?: number | bigint;
  error?: { message: string; code?: string; name?: string };
}

const WORKER_URL = new URL('./sqlite-worker.mjs', import.meta.url);

/** One SQLite connection: a worker thread that runs the statements posted to it, one at a time. */
export class WorkerConnection {
  /** Set when the worker is gone or being terminated: knex's pool then drops this connection. */
  __knex__disposed?: string;
  __knexTxId?: unknown;
  private lastId = 0;
  private readonly pending = new Map<number, { resolve(a: WorkerAnswer): void; reject(e: Error): void }>();

  private constructor(
    private readonly worker: Worker,
    private readonly retirable: boolean,
  ) {
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return; // a read given up on (time limit, abandoned) whose answer came anyway
      if (reply.error) waiting.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
      else if (reply.json !== undefined) waiting.resolve({ rows: JSON.parse(reply.json) as unknown[] });
      else if (reply.rows) waiting.resolve({ rows: reply.rows });
      else waiting.resolve({ changes: reply.changes ?? 0, lastInsertRowid: reply.lastInsertRowid ?? 0 });
    });
    const gone = (why: string) => {
      this.__knex__disposed ??= why;
      for (const w of this.pending.values()) w.reject(new Error(`the SQLite worker stopped: ${why}`));
      this.pending.clear();
    };
    worker.on('error', (err) => gone(err.message));
    worker.on('exit', (code) => gone(`exited with code ${code}`));
  }

  /** Starts a worker and opens the database in it; rejects with SQLite's error if it cannot. */
  static open(
    settings: { filename: string; readonly: boolean; pragmas: readonly string[] },
    retirable: boolean,
  ): Promise<WorkerConnection> {
    const worker = new Worker(WORKER_URL, { workerData: { ...settings, pragmas: [...settings.pragmas] } });
    return new Promise((resolve, reject) => {
      const failed = (err: Error) => {
        void worker.terminate();
        reject(err);
      };
      worker.once('error', failed);
      worker.once('message', (m: { ready: boolean; error?: { message: string; code?: string } }) => {
        worker.off('error', failed);
        if (m.ready) resolve(new WorkerConnection(worker, retirable));
        else failed(Object.assign(new Error(m.error?.message ?? 'could not open the database'), { code: m.error?.code }));
      });
    });
  }

  /** Runs one statement. `limits` apply to reads: past `timeoutMs`, or once `signal` fires, it fails at once. */
  run(sql: string, bindings: unknown[], limits: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<WorkerAnswer> {
    if (this.__knex__disposed) return Promise.reject(new Error(`the SQLite worker stopped: ${this.__knex__disposed}`));
    const { timeoutMs, signal } = limits;
    if (signal?.aborted) return Promise.reject(new RequestAbandoned());
    const id = ++this.lastId;
    return new Promise<WorkerAnswer>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.pending.delete(id);
      };
      const stop = (err: Error) => {
        done();
        this.retire(err.message);
        reject(err);
      };
      const onAbort = () => stop(new RequestAbandoned());
      this.pending.set(id, {
        resolve: (a) => {
          done();
          resolve(a);
        },
        reject: (e) => {
          done();
          reject(e);
        },
      });
      if (timeoutMs) timer = setTimeout(() => stop(new StatementTimedOut(timeoutMs)), timeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.worker.postMessage({ id, sql, bindings });
    });
  }

  /** Gives up on the worker, whose thread is busy with a statement nobody waits for: the pool opens another. */
  private retire(why: string): void {
    if (!this.retirable) return;
    this.__knex__disposed ??= why;
    void this.worker.terminate();
  }

  /** Closes the database in the worker (checkpointing its WAL) and waits for the thread to end. */
  async close(): Promise<void> {
    if (this.__knex__disposed) return void (await this.worker.terminate());
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage({ close: true });
    const late = setTimeout(() => void this.worker.terminate(), 5_000);
    await exited;
    clearTimeout(late);
  }
}

/** knex's better-sqlite3 client, each connection in a worker thread. */
export class SqliteWorkerClient extends BetterSqlite3Client {
  private get serving(): ServingOptions {
    return (this.config.serving as ServingOptions | undefined) ?? {};
  }

  async acquireRawConnection(): Promise<WorkerConnection> {
    const { filename, options } = this.connectionSettings;
    return WorkerConnection.open(
      { filename, readonly: !!options?.readonly, pragmas: this.serving.pragmas ?? [] },
      this.serving.retireWorkers ?? true,
    );
  }

  async destroyRawConnection(connection: WorkerConnection): Promise<void> {
    await connection.close();
  }

  override async _query(connection: WorkerConnection, obj: QueryObject): Promise<QueryObject> {
    if (!obj.sql) throw new Error('The query is empty');
    const limits = isStoppableRead(connection, obj) ? { timeoutMs: this.serving.statementTimeoutMs, signal: requestSignal() } : {};
    const answer = await connection.run(obj.sql, this._formatBindings(obj.bindings), limits);
    if ('rows' in answer) obj.response = answer.rows;
    else {
      obj.response = answer;
      obj.context = { lastID: answer.lastInsertRowid, changes: answer.changes };
    }
    return obj;
  }

  // knex prefixes the SQL to a failed statement's message: the public error is made after that.
  override async query(connection: unknown, obj: QueryObject): Promise<unknown> {
    try {
      return await super.query(connection, obj);
    } catch (err) {
      throw err instanceof StatementTimedOut ? statementTimeout(err.timeoutMs) : err;
    }
  }
}

/** knex's PostgreSQL client, whose abandoned reads are cancelled on the server. */
export class CancellingPostgresClient extends PostgresClient {
  override async _query(connection: { __knexTxId?: unknown }, obj: QueryObject): Promise<QueryObject> {
    const signal = isStoppableRead(connection, obj) ? requestSignal() : undefined;
    if (!signal) return super._query(connection, obj);
    if (signal.aborted) throw new RequestAbandoned();
    let abandoned = false;
    const onAbort = () => {
      abandoned = true;
      this.cancelQuery(connection).catch(() => {}); // the statement may have ended meanwhile
    };
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      return await super._query(connection, obj);
    } catch (err) {
      throw abandoned ? new RequestAbandoned() : err;
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  override async query(connection: unknown, obj: QueryObject): Promise<unknown> {
    try {
      return await super.query(connection, obj);
    } catch (err) {
      const limit = (this.config.serving as ServingOptions | undefined)?.statementTimeoutMs;
      // 57014 query_canceled: by statement_timeout (ours, when set) or by a cancel (an abandoned read, already RequestAbandoned).
      if (limit && (err as { code?: string }).code === '57014') throw statementTimeout(limit);
      throw err;
    }
  }
}
