import type { Migration } from '../../../kit/db.js';

export const initial: Migration = {
  name: '001-initial',
  async up(knex) {
    await knex.schema.createTable('party_centres', (t) => {
      t.string('id', 64).primary();
      t.string('name', 200).notNullable();
      t.string('level', 16).notNullable();
      t.text('functions').notNullable(); // JSON array of PartyFunction
      t.double('service_hall_m2').notNullable();
      t.string('opening_hours', 200).notNullable();
      t.string('region_code', 12).notNullable();
      t.index(['region_code']);
    });
    await knex.schema.createTable('party_activities', (t) => {
      t.string('id', 64).primary();
      t.string('centre_id', 64).notNullable().references('id').inTable('party_centres').onDelete('CASCADE');
      t.string('held_on', 10).notNullable();
      t.string('title', 200).notNullable();
      t.string('kind', 24).notNullable();
      t.integer('participants').notNullable();
      t.index(['centre_id', 'held_on']);
    });
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('party_activities');
    await knex.schema.dropTableIfExists('party_centres');
  },
};
