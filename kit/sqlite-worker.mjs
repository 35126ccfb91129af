// One SQLite connection in a worker thread (kit/db-clients.ts starts it): better-sqlite3 runs each
// statement synchronously, so here it blocks this thread only, never the process's event loop.
// Plain JavaScript, so that it loads the same under tsx, vitest and Stryker's sandbox.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

/** @type {{ filename: string; readonly: boolean; pragmas: string[] }} */
const settings = workerData;
let db;
try {
  db = new Database(settings.filename, { readonly: settings.readonly });
  for (const pragma of settings.pragmas) db.pragma(pragma);
  parentPort.postMessage({ ready: true });
} catch (err) {
  parentPort.postMessage({ ready: false, error: { message: err.message, code: err.code } });
}

// One message per statement: { id, sql, bindings } → { id, rows } | { id, changes, lastInsertRowid } | { id, error }.
parentPort.on('message', (msg) => {
  if (msg.close) {
    db?.close();
    parentPort.close();
    return;
  }
  try {
    const statement = db.prepare(msg.sql);
    if (statement.reader) {
      const rows = statement.all(msg.bindings);
      // As JSON text: one string crosses to the main thread, where JSON.parse builds the rows faster than
      // structured cloning does object by object. Not for BLOBs (JSON has no bytes) nor integers past
      // 2^53 (JSON.stringify throws on a BigInt): those rows are cloned.
      const binary = statement.columns().some((c) => /BLOB/i.test(c.type ?? ''));
      let json;
      if (!binary) {
        try {
          json = JSON.stringify(rows);
        } catch {
          json = undefined;
        }
      }
      parentPort.postMessage(json === undefined ? { id: msg.id, rows } : { id: msg.id, json });
    } else {
      const result = statement.run(msg.bindings);
      parentPort.postMessage({ id: msg.id, changes: result.changes, lastInsertRowid: result.lastInsertRowid });
    }
  } catch (err) {
    parentPort.postMessage({ id: msg.id, error: { message: err.message, code: err.code, name: err.name } });
  }
});
