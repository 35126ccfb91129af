import type { Migration } from '../../../kit/db.js';

/**
 * Bookings of shared spaces. No double booking: on PostgreSQL an exclusion constraint over the space and
 * the time range of every live (requested or approved) booking; on SQLite the insert takes the write
 * lock before the overlap check (see data/bookings.ts).
 */
export const bookings: Migration = {
  name: '003-bookings',
  async up(knex) {
    const pg = knex.client.dialect === 'postgresql';
    await knex.schema.createTable('bookings', (t) => {
      t.string('id', 40).primary();
      t.string('space_id', 64).notNullable().references('id').inTable('spaces');
      if (pg) {
        t.timestamp('starts_at', { useTz: true }).notNullable();
        t.timestamp('ends_at', { useTz: true }).notNullable();
      } else {
        t.string('starts_at', 30).notNullable(); // ISO 8601, UTC
        t.string('ends_at', 30).notNullable();
      }
      t.string('status', 16).notNullable();
      t.string('requester_sub', 100).notNullable();
      t.string('requester_dept', 16);
      t.string('purpose', 500).notNullable();
      t.integer('attendees').notNullable();
      t.string('contact', 100).notNullable();
      t.string('idempotency_key', 100).notNullable();
      t.string('created_at', 30).notNullable();
      t.string('decided_by', 100);
      t.string('decided_at', 30);
      t.unique(['requester_sub', 'idempotency_key']);
      t.index(['space_id', 'starts_at']);
    });
    if (pg) {
      await knex.raw('CREATE EXTENSION IF NOT EXISTS btree_gist');
      await knex.raw(`ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap
        EXCLUDE USING gist (space_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
        WHERE (status IN ('REQUESTED', 'APPROVED'))`);
    }
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('bookings');
  },
};
