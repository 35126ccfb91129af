import type { Knex } from '../../../kit/db.js';
import { pageByPartition, type Connection, type Page } from '../../../kit/pagination.js';
import type { PracticeTier, PracticeUnit } from '../entities/practice-unit.js';

/** Practice's data access: the only place that speaks SQL. Every function answers a whole batch. */

const COLUMNS = ['id', 'name', 'tier', 'region_code as regionCode', 'parent_id as parentId'];

export function unitsByIds(knex: Knex, ids: readonly string[]): Promise<PracticeUnit[]> {
  return knex('practice_units').select(COLUMNS).whereIn('id', ids);
}

export function unitsByParents(knex: Knex, parentIds: readonly string[]): Promise<PracticeUnit[]> {
  return knex('practice_units').select(COLUMNS).whereIn('parent_id', parentIds).orderBy('id');
}

/** One page of units for each region subtree (by code prefix), in one statement. */
export function unitPagesByRegion(
  knex: Knex,
  prefixes: readonly string[],
  page: Page,
  tier: PracticeTier | null = null,
): Promise<Map<string, Connection<PracticeUnit>>> {
  const base = knex('practice_units').select(COLUMNS);
  if (tier) base.where('tier', tier);
  return pageByPartition<PracticeUnit>({
    knex, base, partitions: prefixes, match: 'prefix', matchColumn: 'practice_units.region_code', orderKey: 'id', page,
    keyOf: (u) => u.id,
  });
}
