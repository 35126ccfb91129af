import type { Knex } from 'knex';
import type { Migration } from '../db.js';
import type { Identity } from '../identity.js';
import type { ImportCounts } from '../sheets/plan.js';

/**
 * Every import a subgraph runs, committed or a dry run: who, which file (its name and SHA-256), what it
 * did (the counts) and from which request. A table of each subgraph's own database, written in the
 * import's own transaction: a committed import and its entry land together, or neither does.
 */
export const importLogMigration: Migration = {
  name: '910-import-log',
  async up(knex) {
    await knex.schema.createTable('import_log', (t) => {
      t.increments('id').primary();
      t.string('at', 30).notNullable();
      t.string('actor_sub', 100);
      t.string('actor_role', 16).notNullable();
      t.string('actor_dept', 16);
      t.string('request_id', 100).notNullable();
      t.string('owner', 32).notNullable();
      t.string('file_name', 255).notNullable();
      t.string('file_sha256', 64).notNullable();
      t.boolean('committed').notNullable();
      t.boolean('skip_invalid').notNullable();
      t.integer('rows_read').notNullable();
      t.integer('inserted').notNullable();
      t.integer('updated').notNullable();
      t.integer('unchanged').notNullable();
      t.integer('refused').notNullable();
      t.index(['file_sha256']);
    });
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('import_log');
  },
};

export interface ImportLogEntry {
  identity: Identity;
  requestId: string;
  owner: string;
  fileName: string;
  fileSha256: string;
  committed: boolean;
  skipInvalid: boolean;
  counts: ImportCounts;
}

/** Writes the entry (inside the import's transaction) and returns its id. */
export async function recordImport(knex: Knex, e: ImportLogEntry): Promise<number> {
  const [row] = await knex('import_log')
    .insert({
      at: new Date().toISOString(),
      actor_sub: e.identity.sub,
      actor_role: e.identity.role,
      actor_dept: e.identity.dept,
      request_id: e.requestId,
      owner: e.owner,
      file_name: e.fileName,
      file_sha256: e.fileSha256,
      committed: e.committed,
      skip_invalid: e.skipInvalid,
      rows_read: e.counts.read,
      inserted: e.counts.inserted,
      updated: e.counts.updated,
      unchanged: e.counts.unchanged,
      refused: e.counts.refused,
    })
    .returning('id');
  return typeof row === 'object' ? (row as { id: number }).id : (row as number);
}
