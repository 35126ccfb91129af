import type { Migration } from '../../../kit/db.js';

/** How each space is shared, set by the department that manages its building. */
export const sharingRules: Migration = {
  name: '002-sharing-rules',
  async up(knex) {
    await knex.schema.createTable('sharing_rules', (t) => {
      t.string('space_id', 64).primary().references('id').inTable('spaces').onDelete('CASCADE');
      t.string('managing_dept', 16).notNullable();
      t.boolean('shared').notNullable();
      t.text('opening_hours').notNullable(); // JSON: weekday → [[from, to], …]
      t.text('closed_dates').notNullable(); // JSON: ["YYYY-MM-DD", …]
      t.integer('min_notice_hours').notNullable();
      t.integer('max_duration_hours').notNullable();
      t.string('who_may_book', 24).notNullable();
      t.text('allowed_depts').notNullable(); // JSON: department names, for NAMED_DEPARTMENTS
      t.boolean('needs_approval').notNullable();
    });
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('sharing_rules');
  },
};
