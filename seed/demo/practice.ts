import { insertAll } from '../../kit/db.js';
import { ORDERS, TEAMS } from '../../subgraphs/practice/data/columns.js';
import { PRACTICE_IMPORT_WRITERS } from '../../subgraphs/practice/import-writer.js';
import type { PracticeTier, TeamLevel } from '../world/index.js';
import { importDemo } from './load.js';
import type { DemoSeeder } from './types.js';

const TIER_RANK: Record<PracticeTier, number> = { CENTRE: 0, INSTITUTE: 1, STATION: 2, POINT: 3 };
const TEAM_RANK: Record<TeamLevel, number> = { CORPS: 0, DIVISION: 1, SQUAD: 2 };

/**
 * Practice's slice of the demo world: the units and their volunteer teams as the department's lists
 * (parents first, as a file must give them), then what the platform itself keeps: which team is under
 * which, and the service orders.
 */
export const practiceSeeder: DemoSeeder = {
  name: 'practice',
  seed: async (db, w, options, progress) => {
    const units = [...w.practiceUnits].sort((a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier]);
    const teams = [...w.volunteerTeams].sort((a, b) => TEAM_RANK[a.level] - TEAM_RANK[b.level]);
    const regionOf = new Map(units.map((u) => [u.id, u.regionCode]));
    const counts = await importDemo(
      db,
      PRACTICE_IMPORT_WRITERS,
      options,
      {
        units: units.map(({ id, regionCode, parentId: _parent, ...u }) => ({ id, record: { ...u, region: regionCode } })),
        teams: teams.map(({ id, unitId, parentId: _parent, ...t }) => ({ id, record: { ...t, region: regionOf.get(unitId) } })),
      },
      progress,
    );
    const linked = teams.filter((t) => t.parentId !== null);
    for (const [i, t] of linked.entries()) {
      await db
        .knex(TEAMS.table)
        .where(TEAMS.columnOf('id'), t.id)
        .update({ [TEAMS.columnOf('parentId')]: t.parentId });
      if (i % 1000 === 999 || i === linked.length - 1) progress?.('volunteer_teams (parent teams)', i + 1, linked.length);
    }
    return { ...counts, service_orders: await insertAll(db.knex, ORDERS.table, w.serviceOrders.map(ORDERS.row), progress) };
  },
  isSeeded: async (db) => (await db.knex('practice_units').first('id')) !== undefined,
};
