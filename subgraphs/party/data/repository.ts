import type { Knex } from '../../../kit/db.js';
import { pageByPartition } from '../../../kit/sql-pages.js';
import { type Connection, type Page } from '../../../kit/pagination.js';
import type { PartyActivity } from '../entities/party-activity.js';
import type { PartyCentreLevel } from '../entities/party-centre-level.js';
import type { PartyFunction } from '../entities/party-function.js';
import type { PartyServiceCentre } from '../entities/party-service-centre.js';

import { PARTY_ACTIVITIES, PARTY_CENTRES } from './columns.js';

/** Party's data access: the only place that speaks SQL. Every function answers a whole batch. */

type CentreRow = Omit<PartyServiceCentre, 'functions'> & { functions: string };

function toCentre(row: CentreRow): PartyServiceCentre {
  return { ...row, functions: JSON.parse(row.functions) as PartyFunction[], serviceHallM2: Number(row.serviceHallM2) };
}

export async function centresByIds(knex: Knex, ids: readonly string[]): Promise<PartyServiceCentre[]> {
  return ((await knex('party_centres').select(PARTY_CENTRES.select).whereIn('id', ids)) as CentreRow[]).map(toCentre);
}

/** One page of centres for each region subtree (by code prefix), in one statement. */
export async function centrePagesByRegion(
  knex: Knex,
  prefixes: readonly string[],
  page: Page,
  level: PartyCentreLevel | null = null,
): Promise<Map<string, Connection<PartyServiceCentre>>> {
  const base = knex('party_centres').select(PARTY_CENTRES.select);
  if (level) base.where('level', level);
  const pages = await pageByPartition<CentreRow>({
    knex,
    base,
    partitions: prefixes,
    match: 'prefix',
    matchColumn: 'party_centres.region_code',
    orderKey: 'id',
    page,
    keyOf: (c) => c.id,
  });
  const out = new Map<string, Connection<PartyServiceCentre>>();
  for (const [k, c] of pages) out.set(k, { ...c, edges: c.edges.map((e) => ({ cursor: e.cursor, node: toCentre(e.node) })) });
  return out;
}

/** One page of activities for each centre, by id, in one statement. */
export function activityPages(knex: Knex, centreIds: readonly string[], page: Page): Promise<Map<string, Connection<PartyActivity>>> {
  return pageByPartition<PartyActivity>({
    knex,
    base: knex('party_activities').select(PARTY_ACTIVITIES.select),
    partitions: centreIds,
    match: 'equal',
    matchColumn: 'party_activities.centre_id',
    orderKey: 'id',
    page,
    keyOf: (a) => a.id,
  });
}
