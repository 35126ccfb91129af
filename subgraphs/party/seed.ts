import { insertAll, type Database } from '../../kit/db.js';
import { buildWorld, DEFAULT_WORLD } from '../../seed/world.js';

/** Party's slice of the reference world. */
export async function seed(db: Database, seedNumber: number): Promise<Record<string, number>> {
  const { partyCentres } = buildWorld({ ...DEFAULT_WORLD, seed: seedNumber });
  await insertAll(db.knex, 'party_centres', partyCentres.map((c) => ({
    id: c.id, name: c.name, level: c.level, opening_hours: c.openingHours, region_code: c.regionCode,
  })));
  return { partyCentres: partyCentres.length };
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await db.knex('party_centres').first('id')) !== undefined;
}
