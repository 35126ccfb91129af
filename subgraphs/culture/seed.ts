import { insertAll, type Database } from '../../kit/db.js';
import { CULTURE_ACTIVITIES, STATIONS } from './data/columns.js';
import type { SeedOptions, SeedProgress } from '../../kit/subgraph.js';
import { buildWorld, worldOptions } from '../../seed/world/index.js';

/** Culture's slice of the reference world: one station per real township, and its activities. */
export async function seed(db: Database, options: SeedOptions, progress?: SeedProgress): Promise<Record<string, number>> {
  const w = buildWorld(worldOptions(options.scale, options.seed));
  return {
    culture_stations: await insertAll(db.knex, 'culture_stations', w.cultureStations.map(STATIONS.row), progress),
    culture_activities: await insertAll(
      db.knex,
      'culture_activities',
      w.cultureActivities.map((a) => CULTURE_ACTIVITIES.row({ ...a, heldOn: a.date })),
      progress,
    ),
  };
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await db.knex('culture_stations').first('id')) !== undefined;
}
