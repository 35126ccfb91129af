import type { Database } from '../../../kit/db.js';
import type { Page } from '../../../kit/pagination.js';
import type { PartyServiceCentreFilter } from '../entities/party-service-centre-filter.js';
import * as repo from './repository.js';

/** Party's data access bound to its database, for the resolvers: what the loaders do not batch. */
export function createData(db: Database) {
  return {
    venuePage: async (prefix: string, page: Page, filter: PartyServiceCentreFilter) =>
      (await repo.centrePagesByRegion(db.knex, [prefix], page, filter.level ?? null)).get(prefix),
  };
}

export type PartyData = ReturnType<typeof createData>;
