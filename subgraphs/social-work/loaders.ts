import type { Database } from '../../kit/db.js';
import { connectionLoader, keyedLoader } from '../../kit/loaders.js';
import * as repo from './data/repository.js';

/** Social work's per-request loaders. */
export function createLoaders(db: Database) {
  const { knex } = db;
  return {
    station: keyedLoader((ids: readonly string[]) => repo.stationsByIds(knex, ids), (s) => s.id),
    stationsInRegion: connectionLoader((prefixes, page) => repo.stationPagesByRegion(knex, prefixes, page)),
  };
}

export type SocialWorkLoaders = ReturnType<typeof createLoaders>;
