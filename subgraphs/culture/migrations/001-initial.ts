import type { Migration } from '../../../kit/db.js';

export const initial: Migration = {
  name: '001-initial',
  async up(knex) {
    await knex.schema.createTable('culture_stations', (t) => {
      t.string('id', 64).primary();
      t.string('name', 200).notNullable();
      t.string('grade', 16).notNullable();
      t.double('building_area_m2').notNullable();
      t.integer('weekly_open_hours').notNullable();
      t.string('region_code', 12).notNullable();
      t.index(['region_code']);
    });
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('culture_stations');
  },
};
