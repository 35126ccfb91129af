import { insertAll } from '../../kit/db.js';
import type { Progress } from '../../kit/sheets/cells.js';
import { INDICATORS, PARTNERS, PROGRESS_REPORTS, SERVICE_COUNTS } from '../../subgraphs/social-work/data/columns.js';
import { SOCIAL_WORK_IMPORT_WRITERS } from '../../subgraphs/social-work/import-writer.js';
import type { StationStatus } from '../world/index.js';
import { importDemo } from './load.js';
import type { DemoSeeder } from './types.js';

/** A station's status as its 工作进度 says it (the import's reading of the column, backwards). */
const PROGRESS_OF: Record<StationStatus, Progress> = {
  OPERATING: { stage: 'COMPLETED', percent: null },
  BUILDING: { stage: 'IN_PROGRESS', percent: null },
  PLANNED: { stage: 'NOT_STARTED', percent: null },
};

/**
 * Civil Affairs' slice of the demo world: operators, the 建设清单 (stations), staff and funding as a
 * county's lists; then what the supervision platform itself keeps: indicators, progress reports,
 * service counts and partners. The list's own columns the world does not make (具体地址, 负责人,
 * 联系电话, 配备资金) stay empty until a county imports its list.
 */
export const socialWorkSeeder: DemoSeeder = {
  name: 'social-work',
  seed: async (db, w, options, progress) => {
    const usccOf = new Map(w.operators.map((o) => [o.id, o.uscc]));
    const townshipOf = new Map(w.socialWorkStations.map((s) => [s.id, s.regionCode]));
    const counts = await importDemo(
      db,
      SOCIAL_WORK_IMPORT_WRITERS,
      options,
      {
        operators: w.operators.map(({ id, countyCode, ...o }) => ({ id, record: { ...o, county: countyCode } })),
        stations: w.socialWorkStations.map(({ id, regionCode, operatorId, status, ...s }) => ({
          id,
          record: { ...s, township: regionCode, progress: PROGRESS_OF[status], operatorUscc: usccOf.get(operatorId) },
        })),
        staff: w.staff.map(({ id, stationId, idNumber, ...p }) => ({
          id,
          record: { ...p, township: townshipOf.get(stationId), idCard: idNumber },
        })),
        funding: w.funding.map(({ id, stationId, amountFen, ...f }) => ({
          id,
          record: { ...f, township: townshipOf.get(stationId), amount: amountFen },
        })),
      },
      progress,
    );
    const { knex } = db;
    return {
      ...counts,
      sw_indicators: await insertAll(knex, INDICATORS.table, w.indicators.map(INDICATORS.row), progress),
      sw_progress_reports: await insertAll(knex, PROGRESS_REPORTS.table, w.progressReports.map(PROGRESS_REPORTS.row), progress),
      sw_service_counts: await insertAll(knex, SERVICE_COUNTS.table, w.serviceCounts.map(SERVICE_COUNTS.row), progress),
      sw_partners: await insertAll(knex, PARTNERS.table, w.partners.map(PARTNERS.row), progress),
    };
  },
  isSeeded: async (db) => (await db.knex('social_work_stations').first('id')) !== undefined,
};
