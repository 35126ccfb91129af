import { insertAll, type Database } from '../../kit/db.js';
import { ORDERS, TEAMS, UNITS } from './data/columns.js';
import type { SeedOptions, SeedProgress } from '../../kit/subgraph.js';
import { buildWorld, worldOptions, type PracticeTier, type TeamLevel } from '../../seed/world/index.js';

const TIER_RANK: Record<PracticeTier, number> = { CENTRE: 0, INSTITUTE: 1, STATION: 2, POINT: 3 };
const TEAM_RANK: Record<TeamLevel, number> = { CORPS: 0, DIVISION: 1, SQUAD: 2 };

/** Practice's slice of the reference world (parents before children, for the foreign keys). */
export async function seed(db: Database, options: SeedOptions, progress?: SeedProgress): Promise<Record<string, number>> {
  const w = buildWorld(worldOptions(options.scale, options.seed));
  const units = [...w.practiceUnits].sort((a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier]);
  const teams = [...w.volunteerTeams].sort((a, b) => TEAM_RANK[a.level] - TEAM_RANK[b.level]);
  return {
    practice_units: await insertAll(db.knex, 'practice_units', units.map(UNITS.row), progress),
    volunteer_teams: await insertAll(db.knex, 'volunteer_teams', teams.map(TEAMS.row), progress),
    service_orders: await insertAll(db.knex, 'service_orders', w.serviceOrders.map(ORDERS.row), progress),
  };
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await db.knex('practice_units').first('id')) !== undefined;
}
