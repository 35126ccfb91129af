import type { Database } from '../../kit/db.js';
import { connectionLoader, keyedLoader, mapLoader } from '../../kit/loaders.js';
import * as repo from './data/repository.js';
import type { CultureGradeCount } from './entities/culture-grade-count.js';

/** Culture's per-request loaders (`venue` and `venuesInRegion` are what kit/venue-scaffold.ts needs). */
export function createLoaders(db: Database) {
  const { knex } = db;
  return {
    venue: keyedLoader(
      (ids: readonly string[]) => repo.stationsByIds(knex, ids),
      (s) => s.id,
    ),
    venuesInRegion: connectionLoader((prefixes, page) => repo.stationPagesByRegion(knex, prefixes, page)),
    activities: connectionLoader((ids, page) => repo.activityPages(knex, ids, page)),
    gradeCounts: mapLoader<CultureGradeCount[]>((prefixes) => repo.gradeCountsByRegion(db.scans, prefixes), []),
  };
}

export type CultureLoaders = ReturnType<typeof createLoaders>;
