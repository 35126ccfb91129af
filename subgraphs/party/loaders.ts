import type { Database } from '../../kit/db.js';
import { connectionLoader, keyedLoader } from '../../kit/loaders.js';
import * as repo from './data/repository.js';

/** Party's per-request loaders (`venue` and `venuesInRegion` are what kit/venue-scaffold.ts needs). */
export function createLoaders(db: Database) {
  const { knex } = db;
  return {
    venue: keyedLoader(
      (ids: readonly string[]) => repo.centresByIds(knex, ids),
      (c) => c.id,
    ),
    venuesInRegion: connectionLoader((prefixes, page) => repo.centrePagesByRegion(knex, prefixes, page)),
    activities: connectionLoader((ids, page) => repo.activityPages(knex, ids, page)),
  };
}

export type PartyLoaders = ReturnType<typeof createLoaders>;
