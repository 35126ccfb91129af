import type { Knex } from '../../../kit/db.js';
import { pageByPartition, type Connection, type Page } from '../../../kit/pagination.js';
import type { CultureStation } from '../entities/culture-station.js';

/** Culture's data access: the only place that speaks SQL. Every function answers a whole batch. */

const COLUMNS = ['id', 'name', 'grade', 'building_area_m2 as buildingAreaM2', 'weekly_open_hours as weeklyOpenHours', 'region_code as regionCode'];

function toStation(row: CultureStation): CultureStation {
  return { ...row, buildingAreaM2: Number(row.buildingAreaM2) };
}

export async function stationsByIds(knex: Knex, ids: readonly string[]): Promise<CultureStation[]> {
  return (await knex('culture_stations').select(COLUMNS).whereIn('id', ids)).map(toStation);
}

/** One page of stations for each region subtree (by code prefix), in one statement. */
export async function stationPagesByRegion(knex: Knex, prefixes: readonly string[], page: Page): Promise<Map<string, Connection<CultureStation>>> {
  const pages = await pageByPartition<CultureStation>({
    knex, base: knex('culture_stations').select(COLUMNS), partitions: prefixes, match: 'prefix',
    matchColumn: 'culture_stations.region_code', orderKey: 'id', page, keyOf: (s) => s.id,
  });
  for (const c of pages.values()) for (const e of c.edges) e.node = toStation(e.node);
  return pages;
}
