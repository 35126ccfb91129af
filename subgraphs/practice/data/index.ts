import type { Database } from '../../../kit/db.js';
import type { Page } from '../../../kit/pagination.js';
import type { PracticeUnitFilter } from '../entities/practice-unit-filter.js';
import { importData } from '../../../kit/imports/import.resolver.js';
import { PRACTICE_IMPORT_WRITERS } from '../import-writer.js';
import * as repo from './repository.js';

/** Practice's data access bound to its database, for the resolvers: what the loaders do not batch. */
export function createData(db: Database) {
  return {
    ...importData(db, PRACTICE_IMPORT_WRITERS),
    venuePage: async (prefix: string, page: Page, filter: PracticeUnitFilter) =>
      (await repo.unitPagesByRegion(db.knex, [prefix], page, filter.tier ?? null)).get(prefix),
  };
}

export type PracticeData = ReturnType<typeof createData>;
