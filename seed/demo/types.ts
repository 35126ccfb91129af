import type { Database } from '../../kit/db.js';
import type { SubgraphName } from '../../kit/topology.js';
import type { World } from '../world/index.js';

export interface SeedOptions {
  /** The seed number: the same number gives the same data. */
  seed: number;
  /** How much of the province: `province`, `small` (the tests'), `city:<code>` or `county:<code>`. */
  scale: string;
}

/** Called as rows are written: the table (or step), rows written so far, rows to write. */
export type SeedProgress = (table: string, done: number, total: number) => void;

/**
 * How one subgraph's database is filled with its slice of the demo world (seed/demo/<name>.ts): what
 * an office's list holds goes in through the importer (./load.ts); the rest, which no office keeps in
 * a list (booking history, the region list, indicators, service orders…), is written as it is.
 */
export interface DemoSeeder {
  name: SubgraphName;
  seed(db: Database, world: World, options: SeedOptions, progress?: SeedProgress): Promise<Record<string, number>>;
  /** True when the database already holds data (so the launcher does not seed it again). */
  isSeeded(db: Database): Promise<boolean>;
}
