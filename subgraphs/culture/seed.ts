import { insertAll, type Database } from '../../kit/db.js';
import { buildWorld, DEFAULT_WORLD } from '../../seed/world.js';

/** Culture's slice of the reference world. */
export async function seed(db: Database, seedNumber: number): Promise<Record<string, number>> {
  const { cultureStations } = buildWorld({ ...DEFAULT_WORLD, seed: seedNumber });
  await insertAll(db.knex, 'culture_stations', cultureStations.map((s) => ({
    id: s.id, name: s.name, grade: s.grade, building_area_m2: s.buildingAreaM2,
    weekly_open_hours: s.weeklyOpenHours, region_code: s.regionCode,
  })));
  return { cultureStations: cultureStations.length };
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await db.knex('culture_stations').first('id')) !== undefined;
}
