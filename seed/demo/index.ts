import type { Database } from '../../kit/db.js';
import { migrate, openDatabase, rollbackAll } from '../../kit/db.js';
import type { SubgraphDefinition } from '../../kit/subgraph.js';
import type { SubgraphName } from '../../kit/topology.js';
import { buildWorld, worldOptions } from '../world/index.js';
import { cultureSeeder } from './culture.js';
import { facilitiesSeeder } from './facilities.js';
import { partySeeder } from './party.js';
import { practiceSeeder } from './practice.js';
import { socialWorkSeeder } from './social-work.js';
import type { DemoSeeder, SeedOptions, SeedProgress } from './types.js';

export type { DemoSeeder, SeedOptions, SeedProgress } from './types.js';

/**
 * The demo world (seed/world/) into the subgraphs' databases: each subgraph's slice through the
 * importer, as a department's files would come (seed/demo/<name>.ts). The subgraphs themselves never
 * load the world: `npm run seed` and the launcher (an empty database on `npm start`) call this.
 */
export const DEMO_SEEDERS: Record<SubgraphName, DemoSeeder> = {
  facilities: facilitiesSeeder,
  party: partySeeder,
  practice: practiceSeeder,
  culture: cultureSeeder,
  'social-work': socialWorkSeeder,
};

/** Seeds a database with its subgraph's slice of the demo world, in one transaction (an interrupted seed leaves it empty). */
export async function seedDatabase(
  seeder: DemoSeeder,
  db: Database,
  options: SeedOptions,
  progress?: SeedProgress,
): Promise<Record<string, number>> {
  const world = buildWorld(worldOptions(options.scale, options.seed));
  return db.knex.transaction((trx) => seeder.seed({ ...db, knex: trx }, world, options, progress));
}

/**
 * Regenerates a database: rolls every migration back (dropping the tables and their data), migrates up
 * again, and seeds.
 */
export async function reseedDatabase(
  def: Pick<SubgraphDefinition<unknown>, 'name' | 'migrations'>,
  seeder: DemoSeeder,
  databaseUrl: string,
  options: SeedOptions,
  progress?: SeedProgress,
): Promise<Record<string, number>> {
  const db = openDatabase(databaseUrl, { subgraph: def.name });
  try {
    await rollbackAll(db, def.migrations);
    await migrate(db, def.migrations);
    return await seedDatabase(seeder, db, options, progress);
  } finally {
    await db.close();
  }
}

/** Migrates `databaseUrl` and, when it holds nothing yet, seeds it; returns the counts, or null when it was seeded already. */
export async function seedIfEmpty(
  def: Pick<SubgraphDefinition<unknown>, 'name' | 'migrations'>,
  seeder: DemoSeeder,
  databaseUrl: string,
  options: SeedOptions,
  progress?: SeedProgress,
): Promise<Record<string, number> | null> {
  const db = openDatabase(databaseUrl, { subgraph: def.name });
  try {
    await migrate(db, def.migrations);
    if (await seeder.isSeeded(db)) return null;
    return await seedDatabase(seeder, db, options, progress);
  } finally {
    await db.close();
  }
}
