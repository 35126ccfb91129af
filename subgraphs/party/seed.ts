import { insertAll, type Database } from '../../kit/db.js';
import { PARTY_ACTIVITIES, PARTY_CENTRES } from './data/columns.js';
import type { SeedOptions, SeedProgress } from '../../kit/subgraph.js';
import { buildWorld, worldOptions } from '../../seed/world/index.js';

/** Party's slice of the reference world: centres at county, township and village level, and their activities. */
export async function seed(db: Database, options: SeedOptions, progress?: SeedProgress): Promise<Record<string, number>> {
  const w = buildWorld(worldOptions(options.scale, options.seed));
  return {
    party_centres: await insertAll(db.knex, 'party_centres', w.partyCentres.map(PARTY_CENTRES.row), progress),
    party_activities: await insertAll(
      db.knex,
      'party_activities',
      w.partyActivities.map((a) => PARTY_ACTIVITIES.row({ ...a, heldOn: a.date })),
      progress,
    ),
  };
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await db.knex('party_centres').first('id')) !== undefined;
}
