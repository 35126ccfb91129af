import DataLoader from 'dataloader';
import type { Database, Migration } from './db.js';
import type { Identity } from './identity.js';

/**
 * The audit log: who read personal data and who changed anything (who, what, when, from which
 * request). It is a table of each subgraph's own database, so it survives restarts and stays with the
 * data it is about.
 */
export const auditLogMigration: Migration = {
  name: '900-audit-log',
  async up(knex) {
    await knex.schema.createTable('audit_log', (t) => {
      t.increments('id').primary();
      t.string('at', 30).notNullable();
      t.string('actor_sub', 100);
      t.string('actor_role', 16).notNullable();
      t.string('actor_dept', 16);
      t.string('request_id', 100).notNullable();
      t.string('action', 32).notNullable();
      t.string('target', 200).notNullable();
      t.index(['target']);
      t.index(['actor_sub']);
    });
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('audit_log');
  },
};

export type AuditAction = 'READ_PERSONAL' | 'MUTATION';

export interface AuditLog {
  /** Records one entry; the entries of a request are written together, in one INSERT. */
  record(action: AuditAction, target: string): Promise<void>;
}

export function createAuditLog(db: Database, identity: Identity, requestId: string): AuditLog {
  const loader = new DataLoader<string, void>(async (keys) => {
    const at = new Date().toISOString();
    await db.knex('audit_log').insert(
      keys.map((k) => {
        const [action, target] = JSON.parse(k) as [AuditAction, string];
        return { at, actor_sub: identity.sub, actor_role: identity.role, actor_dept: identity.dept, request_id: requestId, action, target };
      }),
    );
    return keys.map(() => undefined);
  });
  return { record: (action, target) => loader.load(JSON.stringify([action, target])) };
}
