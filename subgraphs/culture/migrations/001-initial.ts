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
      t.integer('open_days_per_year').notNullable();
      t.integer('full_time_staff').notNullable();
      t.integer('part_time_staff').notNullable();
      t.string('guiding_unit', 200).notNullable();
      t.string('region_code', 12).notNullable();
      t.index(['region_code']);
    });
    await knex.schema.createTable('culture_activities', (t) => {
      t.string('id', 64).primary();
      t.string('station_id', 64).notNullable().references('id').inTable('culture_stations').onDelete('CASCADE');
      t.string('held_on', 10).notNullable();
      t.string('title', 200).notNullable();
      t.string('kind', 24).notNullable();
      t.integer('participants').notNullable();
      t.index(['station_id', 'held_on']);
    });
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('culture_activities');
    await knex.schema.dropTableIfExists('culture_stations');
  },
};
