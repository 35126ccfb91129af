import type { Knex } from '../../../kit/db.js';
import { pageByPartition, type Connection, type Page } from '../../../kit/pagination.js';
import type { SocialWorkStation } from '../entities/social-work-station.js';

/** Social work's data access: the only place that speaks SQL. Every function answers a whole batch. */

const COLUMNS = ['id', 'name', 'status', 'established_year as establishedYear', 'operator_name as operatorName', 'region_code as regionCode'];

export function stationsByIds(knex: Knex, ids: readonly string[]): Promise<SocialWorkStation[]> {
  return knex('social_work_stations').select(COLUMNS).whereIn('id', ids);
}

/** One page of stations for each region subtree (by code prefix), in one statement. */
export function stationPagesByRegion(knex: Knex, prefixes: readonly string[], page: Page): Promise<Map<string, Connection<SocialWorkStation>>> {
  return pageByPartition<SocialWorkStation>({
    knex, base: knex('social_work_stations').select(COLUMNS), partitions: prefixes, match: 'prefix',
    matchColumn: 'social_work_stations.region_code', orderKey: 'id', page, keyOf: (s) => s.id,
  });
}
