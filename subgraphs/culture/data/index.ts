import type { Database } from '../../../kit/db.js';
import type { Page } from '../../../kit/pagination.js';
import type { CultureStationFilter } from '../entities/culture-station-filter.js';
import { importData } from '../../../kit/imports/import.resolver.js';
import { CULTURE_IMPORT_WRITERS } from '../import-writer.js';
import * as repo from './repository.js';

/** Culture's data access bound to its database, for the resolvers: what the loaders do not batch. */
export function createData(db: Database) {
  return {
    ...importData(db, CULTURE_IMPORT_WRITERS),
    venuePage: async (prefix: string, page: Page, filter: CultureStationFilter) =>
      (await repo.stationPagesByRegion(db.knex, [prefix], page, filter.grade ?? null)).get(prefix),
  };
}

export type CultureData = ReturnType<typeof createData>;
