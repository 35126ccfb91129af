import type { Migration } from '../../../kit/db.js';

export const initial: Migration = {
  name: '001-initial',
  async up(knex) {
    await knex.schema.createTable('practice_units', (t) => {
      t.string('id', 64).primary();
      t.string('name', 200).notNullable();
      t.string('tier', 16).notNullable();
      t.string('region_code', 12).notNullable();
      t.string('parent_id', 64).references('id').inTable('practice_units');
      t.index(['region_code']);
      t.index(['parent_id']);
    });
    await knex.schema.createTable('volunteer_teams', (t) => {
      t.string('id', 80).primary();
      t.string('unit_id', 64).notNullable().references('id').inTable('practice_units').onDelete('CASCADE');
      t.string('parent_id', 80).references('id').inTable('volunteer_teams');
      t.string('name', 200).notNullable();
      t.string('level', 16).notNullable();
      t.integer('members').notNullable();
      t.index(['unit_id']);
      t.index(['parent_id']);
    });
    // A service order through its cycle: 点单 (requested) → 派单 (assigned) → 接单 (accepted) → 评单 (rated).
    await knex.schema.createTable('service_orders', (t) => {
      t.string('id', 80).primary();
      t.string('unit_id', 64).notNullable().references('id').inTable('practice_units').onDelete('CASCADE');
      t.string('category', 24).notNullable();
      t.string('request', 500).notNullable();
      t.string('requested_at', 10).notNullable();
      t.string('team_id', 80).references('id').inTable('volunteer_teams');
      t.string('assigned_at', 10);
      t.string('accepted_at', 10);
      t.string('rated_at', 10);
      t.integer('rating');
      t.string('status', 16).notNullable();
      t.index(['unit_id', 'status']);
    });
  },
  async down(knex) {
    for (const table of ['service_orders', 'volunteer_teams', 'practice_units']) await knex.schema.dropTableIfExists(table);
  },
};
