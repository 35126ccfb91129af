import type { Knex } from '../../../kit/db.js';
import { pageByPartition, type Connection, type Page } from '../../../kit/pagination.js';
import type { PartyCentreLevel, PartyServiceCentre } from '../entities/party-service-centre.js';

/** Party's data access: the only place that speaks SQL. Every function answers a whole batch. */

const COLUMNS = ['id', 'name', 'level', 'opening_hours as openingHours', 'region_code as regionCode'];

export function centresByIds(knex: Knex, ids: readonly string[]): Promise<PartyServiceCentre[]> {
  return knex('party_centres').select(COLUMNS).whereIn('id', ids);
}

/** One page of centres for each region subtree (by code prefix), in one statement. */
export function centrePagesByRegion(
  knex: Knex,
  prefixes: readonly string[],
  page: Page,
  level: PartyCentreLevel | null = null,
): Promise<Map<string, Connection<PartyServiceCentre>>> {
  const base = knex('party_centres').select(COLUMNS);
  if (level) base.where('level', level);
  return pageByPartition<PartyServiceCentre>({
    knex, base, partitions: prefixes, match: 'prefix', matchColumn: 'party_centres.region_code', orderKey: 'id', page,
    keyOf: (c) => c.id,
  });
}
