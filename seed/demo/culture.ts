import { CULTURE_IMPORT_WRITERS } from '../../subgraphs/culture/import-writer.js';
import { importDemo } from './load.js';
import type { DemoSeeder } from './types.js';

/** Culture's slice of the demo world: the stations and their activity ledgers, both as a bureau's lists. */
export const cultureSeeder: DemoSeeder = {
  name: 'culture',
  seed: async (db, w, options, progress) => {
    const townshipOf = new Map(w.cultureStations.map((s) => [s.id, s.regionCode]));
    return importDemo(
      db,
      CULTURE_IMPORT_WRITERS,
      options,
      {
        stations: w.cultureStations.map(({ id, regionCode, ...s }) => ({ id, record: { ...s, township: regionCode } })),
        activities: w.cultureActivities.map(({ id, stationId, date, ...a }) => ({
          id,
          record: { ...a, township: townshipOf.get(stationId), heldOn: date },
        })),
      },
      progress,
    );
  },
  isSeeded: async (db) => (await db.knex('culture_stations').first('id')) !== undefined,
};
