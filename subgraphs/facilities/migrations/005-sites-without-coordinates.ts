import type { Migration } from '../../../kit/db.js';

/**
 * A site may be known by its address before its coordinates: a department's list gives a venue's
 * address (具体地址) and nothing is geocoded here, so a site made for it has no location until a
 * township's sites sheet gives one. (On SQLite knex rebuilds the table to change a column; its indexes
 * and the foreign keys pointing at it stay.)
 */
export const sitesWithoutCoordinates: Migration = {
  name: '005-sites-without-coordinates',
  async up(knex) {
    await knex.schema.alterTable('sites', (t) => {
      t.double('lng').nullable().alter();
      t.double('lat').nullable().alter();
    });
  },
  async down(knex) {
    await knex('sites').whereNull('lng').orWhereNull('lat').delete();
    await knex.schema.alterTable('sites', (t) => {
      t.double('lng').notNullable().alter();
      t.double('lat').notNullable().alter();
    });
  },
};
