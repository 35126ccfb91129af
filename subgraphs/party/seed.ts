import { insertAll, type Database } from '../../kit/db.js';
import type { SeedOptions, SeedProgress } from '../../kit/subgraph.js';
import { buildWorld, worldOptions } from '../../seed/world/index.js';

/** Party's slice of the reference world: centres at county, township and village level, and their activities. */
export async function seed(db: Database, options: SeedOptions, progress?: SeedProgress): Promise<Record<string, number>> {
  const w = buildWorld(worldOptions(options.scale, options.seed));
  return {
    party_centres: await insertAll(
      db.knex,
      'party_centres',
      w.partyCentres.map((c) => ({
        id: c.id,
        name: c.name,
        level: c.level,
        functions: JSON.stringify(c.functions),
        service_hall_m2: c.serviceHallM2,
        opening_hours: c.openingHours,
        region_code: c.regionCode,
      })),
      progress,
    ),
    party_activities: await insertAll(
      db.knex,
      'party_activities',
      w.partyActivities.map((a) => ({
        id: a.id,
        centre_id: a.centreId,
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
  return (await db.knex('party_centres').first('id')) !== undefined;
}
