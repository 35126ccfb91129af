import type { Database } from '../../kit/db.js';
import { connectionLoader, groupedLoader, keyedLoader, mapLoader } from '../../kit/loaders.js';
import * as repo from './data/repository.js';
import type { PracticeTierCount } from './entities/practice-unit.js';

/** Practice's per-request loaders. */
export function createLoaders(db: Database) {
  const { knex } = db;
  return {
    unit: keyedLoader(
      (ids: readonly string[]) => repo.unitsByIds(knex, ids),
      (u) => u.id,
    ),
    subunits: groupedLoader(
      (ids: readonly string[]) => repo.unitsByParents(knex, ids),
      (u) => u.parentId ?? '',
    ),
    unitsInRegion: connectionLoader((prefixes, page) => repo.unitPagesByRegion(knex, prefixes, page)),
    teamOfUnit: keyedLoader(
      (ids: readonly string[]) => repo.teamsByUnits(knex, ids),
      (t) => t.unitId,
    ),
    team: keyedLoader(
      (ids: readonly string[]) => repo.teamsByIds(knex, ids),
      (t) => t.id,
    ),
    orders: connectionLoader((ids, page) => repo.orderPages(knex, ids, page)),
    tierCounts: mapLoader<PracticeTierCount[]>((prefixes) => repo.tierCountsByRegion(knex, prefixes), []),
  };
}

export type PracticeLoaders = ReturnType<typeof createLoaders>;
