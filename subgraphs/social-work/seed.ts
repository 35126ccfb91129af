import { insertAll, type Database } from '../../kit/db.js';
import { FUNDING, INDICATORS, OPERATORS, PARTNERS, PROGRESS_REPORTS, SERVICE_COUNTS, STAFF, STATIONS } from './data/columns.js';
import type { SeedOptions, SeedProgress } from '../../kit/subgraph.js';
import { buildWorld, worldOptions } from '../../seed/world/index.js';

/** The 建设清单's own columns, which the generated world does not make: empty until a county imports its list. */
const NOT_IN_THE_WORLD = { address: null, leaderName: null, leaderPhone: null, allottedFen: null, progressPercent: null };

/** Civil Affairs' slice of the reference world: stations, their operators, staff, funding, indicators… */
export async function seed(db: Database, options: SeedOptions, progress?: SeedProgress): Promise<Record<string, number>> {
  const w = buildWorld(worldOptions(options.scale, options.seed));
  const { knex } = db;
  return {
    sw_operators: await insertAll(knex, 'sw_operators', w.operators.map(OPERATORS.row), progress),
    social_work_stations: await insertAll(
      knex,
      'social_work_stations',
      w.socialWorkStations.map((s) => STATIONS.row({ ...s, ...NOT_IN_THE_WORLD })),
      progress,
    ),
    sw_indicators: await insertAll(knex, 'sw_indicators', w.indicators.map(INDICATORS.row), progress),
    sw_progress_reports: await insertAll(knex, 'sw_progress_reports', w.progressReports.map(PROGRESS_REPORTS.row), progress),
    sw_staff: await insertAll(knex, 'sw_staff', w.staff.map(STAFF.row), progress),
    sw_funding: await insertAll(knex, 'sw_funding', w.funding.map(FUNDING.row), progress),
    sw_service_counts: await insertAll(knex, 'sw_service_counts', w.serviceCounts.map(SERVICE_COUNTS.row), progress),
    sw_partners: await insertAll(knex, 'sw_partners', w.partners.map(PARTNERS.row), progress),
  };
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await db.knex('social_work_stations').first('id')) !== undefined;
}
