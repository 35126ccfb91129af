import type { Migration } from '../../../kit/db.js';

/**
 * The columns of a county's 社工站建设清单 the first schema had no place for: the station's address
 * (具体地址), the person in charge and their phone (负责人, 联系电话: personal data), the money allotted
 * to it (配备资金, in fen) and its progress as a percentage (工作进度, beside the status it sets). All
 * may be empty: the generated world has none of them.
 */
export const stationList: Migration = {
  name: '002-station-list',
  async up(knex) {
    await knex.schema.alterTable('social_work_stations', (t) => {
      t.string('address', 200);
      t.string('leader_name', 50);
      t.string('leader_phone', 20);
      t.bigInteger('allotted_fen');
      t.integer('progress_percent');
    });
  },
  async down(knex) {
    await knex.schema.alterTable('social_work_stations', (t) => {
      t.dropColumns('address', 'leader_name', 'leader_phone', 'allotted_fen', 'progress_percent');
    });
  },
};
