import type { Database } from '../../../kit/db.js';
import type { Page } from '../../../kit/pagination.js';
import type { SocialWorkStationFilter } from '../entities/social-work-station-filter.js';
import { importData } from '../../../kit/imports/import.resolver.js';
import { SOCIAL_WORK_IMPORT_WRITERS } from '../import-writer.js';
import * as repo from './repository.js';

/** Civil Affairs' data access bound to its database, for the resolvers: what the loaders do not batch. */
export function createData(db: Database) {
  return {
    ...importData(db, SOCIAL_WORK_IMPORT_WRITERS),
    venuePage: async (prefix: string, page: Page, filter: SocialWorkStationFilter) =>
      (await repo.stationPagesByRegion(db.knex, [prefix], page, filter)).get(prefix),
  };
}

export type SocialWorkData = ReturnType<typeof createData>;
