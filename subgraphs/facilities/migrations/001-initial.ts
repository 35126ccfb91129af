import type { Migration } from '../../../kit/db.js';

export const initial: Migration = {
  name: '001-initial',
  async up(knex) {
    await knex.schema.createTable('regions', (t) => {
      t.string('code', 12).primary();
      t.string('name', 100).notNullable();
      t.string('level', 16).notNullable();
      t.string('kind', 16);
      t.string('parent_code', 12).references('code').inTable('regions');
      t.integer('vintage').notNullable();
      t.index(['parent_code']);
    });
    await knex.schema.createTable('sites', (t) => {
      t.string('id', 64).primary();
      t.string('name', 200).notNullable();
      t.string('address', 300).notNullable();
      t.string('region_code', 12).notNullable().references('code').inTable('regions');
      t.double('lng').notNullable();
      t.double('lat').notNullable();
      t.string('crs', 16).notNullable();
      t.index(['region_code']);
    });
    await knex.schema.createTable('spaces', (t) => {
      t.string('id', 64).primary();
      t.string('site_id', 64).notNullable().references('id').inTable('sites').onDelete('CASCADE');
      t.string('name', 200).notNullable();
      t.string('kind', 32).notNullable();
      t.integer('capacity').notNullable();
      t.double('area_m2').notNullable();
      t.boolean('shareable').notNullable();
      t.index(['site_id']);
    });
    await knex.schema.createTable('equipment', (t) => {
      t.string('id', 64).primary();
      t.string('space_id', 64).notNullable().references('id').inTable('spaces').onDelete('CASCADE');
      t.string('kind', 32).notNullable();
      t.string('name', 200).notNullable();
      t.integer('quantity').notNullable();
      t.index(['space_id']);
    });
    // The plaque registry: which department venue hangs at which site. The venue itself lives in its
    // department's database; this row is what lets the graph find it from a site or a region.
    await knex.schema.createTable('plaques', (t) => {
      t.string('venue_id', 64).primary();
      t.string('venue_type', 32).notNullable();
      t.string('site_id', 64).notNullable().references('id').inTable('sites');
      t.index(['site_id']);
    });
  },
  async down(knex) {
    for (const table of ['plaques', 'equipment', 'spaces', 'sites', 'regions']) await knex.schema.dropTableIfExists(table);
  },
};

export const migrations: Migration[] = [initial];
