import type DataLoader from 'dataloader';
import type { Database } from '../../kit/db.js';
import { connectionLoader, groupedLoader, keyedLoader, mapLoader } from '../../kit/loaders.js';
import * as repo from './data/repository.js';
import type { SocialWorkFigures } from './entities/social-work-figures.js';

/** Civil Affairs' per-request loaders: every relation of a station is batched across stations (`venue` and
 * `venuesInRegion` are what kit/venue-scaffold.ts needs). */
export function createLoaders(db: Database) {
  const { knex } = db;
  const figuresByYear = new Map<number, DataLoader<string, SocialWorkFigures>>();
  return {
    venue: keyedLoader(
      (ids: readonly string[]) => repo.stationsByIds(knex, ids),
      (s) => s.id,
    ),
    venuesInRegion: connectionLoader((prefixes, page) => repo.stationPagesByRegion(knex, prefixes, page)),
    operator: keyedLoader(
      (ids: readonly string[]) => repo.operatorsByIds(knex, ids),
      (o) => o.id,
    ),
    indicators: groupedLoader(
      (ids: readonly string[]) => repo.indicatorsOf(knex, ids),
      (i) => i.stationId,
    ),
    progressReports: groupedLoader(
      (ids: readonly string[]) => repo.progressReportsOf(knex, ids),
      (r) => r.stationId,
    ),
    staff: groupedLoader(
      (ids: readonly string[]) => repo.staffOf(knex, ids),
      (s) => s.stationId,
    ),
    staffCounts: keyedLoader(
      (ids: readonly string[]) => repo.staffCountsOf(knex, ids),
      (c) => c.stationId,
    ),
    funding: groupedLoader(
      (ids: readonly string[]) => repo.fundingOf(knex, ids),
      (f) => f.stationId,
    ),
    serviceCounts: groupedLoader(
      (ids: readonly string[]) => repo.serviceCountsOf(knex, ids),
      (c) => c.stationId,
    ),
    partners: groupedLoader(
      (ids: readonly string[]) => repo.partnersOf(knex, ids),
      (p) => p.stationId,
    ),
    /** Figures by region prefix; one loader (one batched statement) per requested year. */
    figures(year: number): DataLoader<string, SocialWorkFigures> {
      let loader = figuresByYear.get(year);
      if (!loader) {
        // figuresByRegion answers every prefix asked (zeros where there is no station).
        loader = mapLoader((prefixes) => repo.figuresByRegion(db.scans, prefixes, year), repo.NO_FIGURES);
        figuresByYear.set(year, loader);
      }
      return loader;
    },
  };
}

export type SocialWorkLoaders = ReturnType<typeof createLoaders>;
