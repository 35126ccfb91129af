import type { Knex } from '../../../kit/db.js';
import { aggregateByPrefix } from '../../../kit/aggregates.js';
import { pageByPartition } from '../../../kit/sql-pages.js';
import { type Connection, type Page } from '../../../kit/pagination.js';
import type { CultureActivity } from '../entities/culture-activity.js';
import type { CultureGrade } from '../entities/culture-grade.js';
import type { CultureGradeCount } from '../entities/culture-grade-count.js';
import type { CultureStation } from '../entities/culture-station.js';

import { CULTURE_ACTIVITIES, STATIONS } from './columns.js';

/** Culture's data access: the only place that speaks SQL. Every function answers a whole batch. */

function toStation(row: CultureStation): CultureStation {
  return { ...row, buildingAreaM2: Number(row.buildingAreaM2) };
}

export async function stationsByIds(knex: Knex, ids: readonly string[]): Promise<CultureStation[]> {
  return (await knex('culture_stations').select(STATIONS.select).whereIn('id', ids)).map(toStation);
}

/** One page of stations for each region subtree (by code prefix), in one statement. */
export async function stationPagesByRegion(
  knex: Knex,
  prefixes: readonly string[],
  page: Page,
  grade: CultureGrade | null = null,
): Promise<Map<string, Connection<CultureStation>>> {
  const base = knex('culture_stations').select(STATIONS.select);
  if (grade) base.where('grade', grade);
  const pages = await pageByPartition<CultureStation>({
    knex,
    base,
    partitions: prefixes,
    match: 'prefix',
    matchColumn: 'culture_stations.region_code',
    orderKey: 'id',
    page,
    keyOf: (s) => s.id,
  });
  for (const c of pages.values()) for (const e of c.edges) e.node = toStation(e.node);
  return pages;
}

/** One page of activities for each station, by id, in one statement. */
export function activityPages(knex: Knex, stationIds: readonly string[], page: Page): Promise<Map<string, Connection<CultureActivity>>> {
  return pageByPartition<CultureActivity>({
    knex,
    base: knex('culture_activities').select(CULTURE_ACTIVITIES.select),
    partitions: stationIds,
    match: 'equal',
    matchColumn: 'culture_activities.station_id',
    orderKey: 'id',
    page,
    keyOf: (a) => a.id,
  });
}

const GRADE_ORDER = ['SPECIAL', 'FIRST', 'SECOND', 'THIRD', 'UNRATED'];

/** Stations by grade for each region subtree (GROUP BY prefix, grade), in one statement. */
export async function gradeCountsByRegion(knex: Knex, prefixes: readonly string[]): Promise<Map<string, CultureGradeCount[]>> {
  const rows = await aggregateByPrefix<CultureGradeCount>({
    knex,
    base: knex('culture_stations'),
    matchColumn: 'culture_stations.region_code',
    prefixes,
    aggregates: { stations: 'COUNT(*)' },
    groupBy: { grade: 'culture_stations.grade' },
  });
  for (const list of rows.values()) list.sort((a, b) => GRADE_ORDER.indexOf(a.grade) - GRADE_ORDER.indexOf(b.grade));
  return rows;
}
