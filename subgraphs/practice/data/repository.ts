import type { Knex } from '../../../kit/db.js';
import { aggregateByPrefix } from '../../../kit/aggregates.js';
import { pageByPartition } from '../../../kit/sql-pages.js';
import { type Connection, type Page } from '../../../kit/pagination.js';
import type { PracticeTier } from '../entities/practice-tier.js';
import type { PracticeTierCount } from '../entities/practice-tier-count.js';
import type { PracticeUnit } from '../entities/practice-unit.js';
import type { ServiceOrder } from '../entities/service-order.js';
import type { VolunteerTeam } from '../entities/volunteer-team.js';

import { ORDERS, TEAMS, UNITS } from './columns.js';

/** Practice's data access: the only place that speaks SQL. Every function answers a whole batch. */

export function unitsByIds(knex: Knex, ids: readonly string[]): Promise<PracticeUnit[]> {
  return knex('practice_units').select(UNITS.select).whereIn('id', ids);
}

export function unitsByParents(knex: Knex, parentIds: readonly string[]): Promise<PracticeUnit[]> {
  return knex('practice_units').select(UNITS.select).whereIn('parent_id', parentIds).orderBy('id');
}

/** One page of units for each region subtree (by code prefix), in one statement. */
export function unitPagesByRegion(
  knex: Knex,
  prefixes: readonly string[],
  page: Page,
  tier: PracticeTier | null = null,
): Promise<Map<string, Connection<PracticeUnit>>> {
  const base = knex('practice_units').select(UNITS.select);
  if (tier) base.where('tier', tier);
  return pageByPartition<PracticeUnit>({
    knex,
    base,
    partitions: prefixes,
    match: 'prefix',
    matchColumn: 'practice_units.region_code',
    orderKey: 'id',
    page,
    keyOf: (u) => u.id,
  });
}

export function teamsByUnits(knex: Knex, unitIds: readonly string[]): Promise<VolunteerTeam[]> {
  return knex('volunteer_teams').select(TEAMS.select).whereIn('unit_id', unitIds);
}

export function teamsByIds(knex: Knex, ids: readonly string[]): Promise<VolunteerTeam[]> {
  return knex('volunteer_teams').select(TEAMS.select).whereIn('id', ids);
}

/** One page of service orders for each unit, in one statement. */
export function orderPages(knex: Knex, unitIds: readonly string[], page: Page): Promise<Map<string, Connection<ServiceOrder>>> {
  return pageByPartition<ServiceOrder>({
    knex,
    base: knex('service_orders').select(ORDERS.select),
    partitions: unitIds,
    match: 'equal',
    matchColumn: 'service_orders.unit_id',
    orderKey: 'id',
    page,
    keyOf: (o) => o.id,
  });
}

const TIER_ORDER = ['CENTRE', 'INSTITUTE', 'STATION', 'POINT'];

/** Units by tier for each region subtree (GROUP BY prefix, tier), in one statement. */
export async function tierCountsByRegion(knex: Knex, prefixes: readonly string[]): Promise<Map<string, PracticeTierCount[]>> {
  const rows = await aggregateByPrefix<PracticeTierCount>({
    knex,
    base: knex('practice_units'),
    matchColumn: 'practice_units.region_code',
    prefixes,
    aggregates: { units: 'COUNT(*)' },
    groupBy: { tier: 'practice_units.tier' },
  });
  for (const list of rows.values()) list.sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier));
  return rows;
}
