import type { Database } from '../../../kit/db.js';
import type { Page } from '../../../kit/pagination.js';
import type { PartyServiceCentreFilter } from '../entities/party-service-centre-filter.js';
import { importData } from '../../../kit/imports/import.resolver.js';
import { PARTY_IMPORT_WRITERS } from '../import-writer.js';
import * as repo from './repository.js';

/** Party's data access bound to its database, for the resolvers: what the loaders do not batch. */
export function createData(db: Database) {
  return {
    ...importData(db, PARTY_IMPORT_WRITERS),
    venuePage: async (prefix: string, page: Page, filter: PartyServiceCentreFilter) =>
      (await repo.centrePagesByRegion(db.knex, [prefix], page, filter.level ?? null)).get(prefix),
  };
}

export type PartyData = ReturnType<typeof createData>;
