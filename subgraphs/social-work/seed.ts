import { insertAll, type Database } from '../../kit/db.js';
import { buildWorld, DEFAULT_WORLD } from '../../seed/world.js';

/** Social work's slice of the reference world. */
export async function seed(db: Database, seedNumber: number): Promise<Record<string, number>> {
  const { socialWorkStations } = buildWorld({ ...DEFAULT_WORLD, seed: seedNumber });
  await insertAll(db.knex, 'social_work_stations', socialWorkStations.map((s) => ({
    id: s.id, name: s.name, status: s.status, established_year: s.establishedYear,
    operator_name: s.operatorName, region_code: s.regionCode,
  })));
  return { socialWorkStations: socialWorkStations.length };
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await db.knex('social_work_stations').first('id')) !== undefined;
}
