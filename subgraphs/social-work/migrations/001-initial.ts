import type { Migration } from '../../../kit/db.js';

const TABLES = [
  'sw_partners',
  'sw_service_counts',
  'sw_funding',
  'sw_staff',
  'sw_progress_reports',
  'sw_indicators',
  'social_work_stations',
  'sw_operators',
];

export const initial: Migration = {
  name: '001-initial',
  async up(knex) {
    await knex.schema.createTable('sw_operators', (t) => {
      t.string('id', 64).primary();
      t.string('name', 200).notNullable();
      t.string('uscc', 18).notNullable().unique();
      t.string('county_code', 6).notNullable();
    });
    await knex.schema.createTable('social_work_stations', (t) => {
      t.string('id', 64).primary();
      t.string('name', 200).notNullable();
      t.string('region_code', 12).notNullable();
      t.string('operator_id', 64).notNullable().references('id').inTable('sw_operators');
      t.string('status', 16).notNullable();
      t.integer('established_year').notNullable();
      t.string('completed_on', 10).notNullable();
      t.string('accepted_on', 10);
      t.index(['region_code']);
    });
    await knex.schema.createTable('sw_indicators', (t) => {
      t.string('station_id', 64).notNullable().references('id').inTable('social_work_stations').onDelete('CASCADE');
      t.string('kind', 16).notNullable();
      t.double('value').notNullable();
      t.double('target').notNullable();
      t.string('unit', 16).notNullable();
      t.string('state', 16).notNullable();
      t.string('note', 200).notNullable();
      t.primary(['station_id', 'kind']);
    });
    await knex.schema.createTable('sw_progress_reports', (t) => {
      t.string('id', 64).primary();
      t.string('station_id', 64).notNullable().references('id').inTable('social_work_stations').onDelete('CASCADE');
      t.string('reported_on', 10).notNullable();
      t.string('stage', 16).notNullable();
      t.integer('percent').notNullable();
      t.text('photo_refs').notNullable(); // JSON array of object-store keys
      t.index(['station_id']);
    });
    await knex.schema.createTable('sw_staff', (t) => {
      t.string('id', 64).primary();
      t.string('station_id', 64).notNullable().references('id').inTable('social_work_stations').onDelete('CASCADE');
      t.string('name', 50).notNullable();
      t.string('role', 24).notNullable();
      t.string('certified_level', 32).notNullable();
      t.string('phone', 20).notNullable();
      // Only a salted digest of the identity-card number is kept, never the number.
      t.string('id_card_digest', 100).notNullable();
      t.index(['station_id']);
    });
    await knex.schema.createTable('sw_funding', (t) => {
      t.string('id', 64).primary();
      t.string('station_id', 64).notNullable().references('id').inTable('social_work_stations').onDelete('CASCADE');
      t.integer('year').notNullable();
      t.string('source', 24).notNullable();
      t.bigInteger('amount_fen').notNullable();
      t.string('purpose', 200).notNullable();
      t.index(['station_id']);
    });
    await knex.schema.createTable('sw_service_counts', (t) => {
      t.string('station_id', 64).notNullable().references('id').inTable('social_work_stations').onDelete('CASCADE');
      t.integer('year').notNullable();
      t.string('domain', 32).notNullable();
      t.integer('count').notNullable();
      t.primary(['station_id', 'year', 'domain']);
    });
    await knex.schema.createTable('sw_partners', (t) => {
      t.string('station_id', 64).notNullable().references('id').inTable('social_work_stations').onDelete('CASCADE');
      t.string('kind', 32).notNullable();
      t.string('name', 200).notNullable();
      t.integer('people').notNullable();
      t.primary(['station_id', 'kind']);
    });
  },
  async down(knex) {
    for (const table of TABLES) await knex.schema.dropTableIfExists(table);
  },
};
