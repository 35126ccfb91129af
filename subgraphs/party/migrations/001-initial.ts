import type { Migration } from '../../../kit/db.js';

export const initial: Migration = {
  name: '001-initial',
  async up(knex) {
    await knex.schema.createTable('party_centres', (t) => {
      t.string('id', 64).primary();
      t.string('name', 200).notNullable();
      t.string('level', 16).notNullable();
      t.string('opening_hours', 200).notNullable();
      t.string('region_code', 12).notNullable();
      t.index(['region_code']);
    });
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('party_centres');
  },
};
