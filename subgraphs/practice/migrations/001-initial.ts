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
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('practice_units');
  },
};
