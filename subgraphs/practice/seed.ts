import { insertAll, type Database } from '../../kit/db.js';
import { buildWorld, DEFAULT_WORLD } from '../../seed/world.js';

/** Practice's slice of the reference world (parents before children, for the foreign key). */
export async function seed(db: Database, seedNumber: number): Promise<Record<string, number>> {
  const { practiceUnits } = buildWorld({ ...DEFAULT_WORLD, seed: seedNumber });
  const rank = { CENTRE: 0, INSTITUTE: 1, STATION: 2, POINT: 3 } as const;
  const ordered = [...practiceUnits].sort((a, b) => rank[a.tier] - rank[b.tier]);
  await insertAll(db.knex, 'practice_units', ordered.map((u) => ({
    id: u.id, name: u.name, tier: u.tier, region_code: u.regionCode, parent_id: u.parentId,
  })));
  return { practiceUnits: practiceUnits.length };
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await db.knex('practice_units').first('id')) !== undefined;
}
