import type { Database } from '../../kit/db.js';
import { connectionLoader, keyedLoader } from '../../kit/loaders.js';
import * as repo from './data/repository.js';

/** Party's per-request loaders. */
export function createLoaders(db: Database) {
  const { knex } = db;
  return {
    centre: keyedLoader(
      (ids: readonly string[]) => repo.centresByIds(knex, ids),
      (c) => c.id,
    ),
    centresInRegion: connectionLoader((prefixes, page) => repo.centrePagesByRegion(knex, prefixes, page)),
    activities: connectionLoader((ids, page) => repo.activityPages(knex, ids, page)),
  };
}

export type PartyLoaders = ReturnType<typeof createLoaders>;
