import { insertAll, type Database } from '../../kit/db.js';
import { STATIONS } from './data/columns.js';
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
      w.cultureActivities.map((a) => ({
        id: a.id,
        station_id: a.stationId,
        held_on: a.date,
        title: a.title,
        kind: a.kind,
        participants: a.participants,
      })),
      progress,
    ),
  };
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await db.knex('culture_stations').first('id')) !== undefined;
}
