import type { Database } from '../../kit/db.js';
import { connectionLoader, groupedLoader, keyedLoader, mapLoader } from '../../kit/loaders.js';
import * as repo from './data/repository.js';
import type { PracticeTierCount } from './entities/practice-tier-count.js';

/** Practice's per-request loaders (`venue` and `venuesInRegion` are what kit/venue-scaffold.ts needs). */
export function createLoaders(db: Database) {
  const { knex } = db;
  return {
    venue: keyedLoader(
      (ids: readonly string[]) => repo.unitsByIds(knex, ids),
      (u) => u.id,
    ),
    subunits: groupedLoader(
      (ids: readonly string[]) => repo.unitsByParents(knex, ids),
      (u) => u.parentId ?? '',
    ),
    venuesInRegion: connectionLoader((prefixes, page) => repo.unitPagesByRegion(knex, prefixes, page)),
    teamOfUnit: keyedLoader(
      (ids: readonly string[]) => repo.teamsByUnits(knex, ids),
      (t) => t.unitId,
    ),
    team: keyedLoader(
      (ids: readonly string[]) => repo.teamsByIds(knex, ids),
      (t) => t.id,
    ),
    orders: connectionLoader((ids, page) => repo.orderPages(knex, ids, page)),
    tierCounts: mapLoader<PracticeTierCount[]>((prefixes) => repo.tierCountsByRegion(db.scans, prefixes), []),
  };
}

export type PracticeLoaders = ReturnType<typeof createLoaders>;
