import type { Database } from '../../kit/db.js';
import { connectionLoader, groupedLoader, keyedLoader } from '../../kit/loaders.js';
import * as repo from './data/repository.js';

/** Practice's per-request loaders. */
export function createLoaders(db: Database) {
  const { knex } = db;
  return {
    unit: keyedLoader((ids: readonly string[]) => repo.unitsByIds(knex, ids), (u) => u.id),
    subunits: groupedLoader((ids: readonly string[]) => repo.unitsByParents(knex, ids), (u) => u.parentId ?? ''),
    unitsInRegion: connectionLoader((prefixes, page) => repo.unitPagesByRegion(knex, prefixes, page)),
  };
}

export type PracticeLoaders = ReturnType<typeof createLoaders>;
