import { insertAll, type Database } from '../../kit/db.js';
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
    practice_units: await insertAll(
      db.knex,
      'practice_units',
      units.map((u) => ({
        id: u.id,
        name: u.name,
        tier: u.tier,
        region_code: u.regionCode,
        parent_id: u.parentId,
      })),
      progress,
    ),
    volunteer_teams: await insertAll(
      db.knex,
      'volunteer_teams',
      teams.map((t) => ({
        id: t.id,
        unit_id: t.unitId,
        parent_id: t.parentId,
        name: t.name,
        level: t.level,
        members: t.members,
      })),
      progress,
    ),
    service_orders: await insertAll(
      db.knex,
      'service_orders',
      w.serviceOrders.map((o) => ({
        id: o.id,
        unit_id: o.unitId,
        category: o.category,
        request: o.request,
        requested_at: o.requestedAt,
        team_id: o.teamId,
        assigned_at: o.assignedAt,
        accepted_at: o.acceptedAt,
        rated_at: o.ratedAt,
        rating: o.rating,
        status: o.status,
      })),
      progress,
    ),
  };
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await db.knex('practice_units').first('id')) !== undefined;
}
