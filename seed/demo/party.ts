import { PARTY_IMPORT_WRITERS } from '../../subgraphs/party/import-writer.js';
import { importDemo } from './load.js';
import type { DemoSeeder } from './types.js';

/** Party's slice of the demo world: centres at county, township and village level, and their activities. */
export const partySeeder: DemoSeeder = {
  name: 'party',
  seed: async (db, w, options, progress) => {
    const regionOf = new Map(w.partyCentres.map((c) => [c.id, c.regionCode]));
    return importDemo(
      db,
      PARTY_IMPORT_WRITERS,
      options,
      {
        centres: w.partyCentres.map(({ id, regionCode, ...c }) => ({ id, record: { ...c, region: regionCode } })),
        activities: w.partyActivities.map(({ id, centreId, date, ...a }) => ({
          id,
          record: { ...a, region: regionOf.get(centreId), heldOn: date },
        })),
      },
      progress,
    );
  },
  isSeeded: async (db) => (await db.knex('party_centres').first('id')) !== undefined,
};
