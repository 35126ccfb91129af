import type { Migration } from '../../../kit/db.js';

export const initial: Migration = {
  name: '001-initial',
  async up(knex) {
    await knex.schema.createTable('social_work_stations', (t) => {
      t.string('id', 64).primary();
      t.string('name', 200).notNullable();
      t.string('status', 16).notNullable();
      t.integer('established_year');
      t.string('operator_name', 200).notNullable();
      t.string('region_code', 12).notNullable();
      t.index(['region_code']);
    });
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('social_work_stations');
  },
};
