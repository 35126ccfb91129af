import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../kit/db.js';
import { idCardMatches } from '../../kit/sheets/cells.js';
import { DEMO_SEEDERS, reseedDatabase, seedIfEmpty } from '../../seed/demo/index.js';
import { DemoRefusedError, importDemo } from '../../seed/demo/load.js';
import { buildWorld, worldOptions } from '../../seed/world/index.js';
import culture from '../../subgraphs/culture/subgraph.js';
import { CULTURE_IMPORT_WRITERS } from '../../subgraphs/culture/import-writer.js';
import facilities from '../../subgraphs/facilities/subgraph.js';
import socialWork from '../../subgraphs/social-work/subgraph.js';

/**
 * The demo world goes in through the importer (seed/demo/): on a real SQLite file, the seed writes what
 * the world holds under the world's ids, logs itself as an import, converges, refuses what no office
 * could import, and reseeds over a seeded database.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-seed-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const OPTIONS = { seed: 2021, scale: 'small' };
const world = buildWorld(worldOptions('small', 2021));

async function inDatabase<T>(
  file: string,
  subgraph: string,
  use: (knex: ReturnType<typeof openDatabase>['knex']) => Promise<T>,
): Promise<T> {
  const db = openDatabase(file, { subgraph });
  try {
    return await use(db.knex);
  } finally {
    await db.close();
  }
}

describe('the demo seed', () => {
  it("writes Civil Affairs' slice through the importer, under the world's ids, with one import-log entry", async () => {
    const file = path.join(dir, 'social-work.sqlite');
    const counts = await reseedDatabase(socialWork, DEMO_SEEDERS['social-work'], file, OPTIONS);
    expect(counts).toMatchObject({
      sw_operators: world.operators.length,
      social_work_stations: world.socialWorkStations.length,
      sw_staff: world.staff.length,
      sw_funding: world.funding.length,
      sw_indicators: world.indicators.length,
    });
    await inDatabase(file, 'social-work', async (knex) => {
      const log = await knex('import_log').select('*');
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ actor_sub: 'demo-seed', actor_role: 'admin', owner: 'social-work', committed: 1, refused: 0 });
      expect(log[0].inserted).toBe(world.operators.length + world.socialWorkStations.length + world.staff.length + world.funding.length);
      // The stations keep the world's ids and operators; each staff member's number is kept only as its digest.
      const first = world.socialWorkStations[0]!;
      expect(await knex('social_work_stations').where('id', first.id).first('operator_id', 'status', 'accepted_on')).toEqual({
        operator_id: first.operatorId,
        status: first.status,
        accepted_on: first.acceptedOn,
      });
      const person = world.staff[0]!;
      const stored = await knex('sw_staff').where('id', person.id).first('id_card_digest');
      expect(stored.id_card_digest).not.toContain(person.idNumber);
      expect(idCardMatches(person.idNumber, stored.id_card_digest)).toBe(true);
    });
  });

  it('seeds an empty database once: a second seedIfEmpty leaves it as it is', async () => {
    const file = path.join(dir, 'culture-once.sqlite');
    const first = await seedIfEmpty(culture, DEMO_SEEDERS.culture, file, OPTIONS);
    expect(first).toEqual({ culture_stations: world.cultureStations.length, culture_activities: world.cultureActivities.length });
    expect(await seedIfEmpty(culture, DEMO_SEEDERS.culture, file, OPTIONS)).toBeNull();
    expect(await inDatabase(file, 'culture', async (knex) => (await knex('import_log').count({ n: '*' }))[0]!.n)).toBe(1);
  });

  it('reseeds over a seeded database (every table dropped and made again), also for facilities', async () => {
    const file = path.join(dir, 'facilities.sqlite');
    const first = await reseedDatabase(facilities, DEMO_SEEDERS.facilities, file, OPTIONS);
    const again = await reseedDatabase(facilities, DEMO_SEEDERS.facilities, file, OPTIONS);
    expect(again).toEqual(first);
    expect(first).toMatchObject({ sites: world.sites.length, spaces: world.spaces.length, equipment: world.equipment.length });
    expect(await inDatabase(file, 'facilities', async (knex) => (await knex('import_log').count({ n: '*' }))[0]!.n)).toBe(1);
  });

  it('fails, writing nothing, when the world holds what no office could import', async () => {
    const file = path.join(dir, 'culture-refused.sqlite');
    await seedIfEmpty(culture, { ...DEMO_SEEDERS.culture, isSeeded: async () => true }, file, OPTIONS); // migrated, empty
    const station = world.cultureStations[0]!;
    const { id, regionCode: _code, ...fields } = station;
    const db = openDatabase(file, { subgraph: 'culture' });
    try {
      const attempt = db.knex.transaction((trx) =>
        importDemo({ ...db, knex: trx }, CULTURE_IMPORT_WRITERS, OPTIONS, {
          stations: [
            { id, record: { ...fields, township: station.regionCode } },
            // A village is no township, and a station needs its grade.
            { id: 'culture-bad', record: { ...fields, township: '330109401404', grade: null } },
          ],
        }),
      );
      await expect(attempt).rejects.toThrow(DemoRefusedError);
      await expect(attempt).rejects.toThrow(
        /refused 1 demo rows of culture: stations row 2 \(township\): expected a division of level TOWNSHIP; stations row 2 \(grade\): required, but empty$/,
      );
      expect((await db.knex('culture_stations').count({ n: '*' }))[0]!.n).toBe(0);
    } finally {
      await db.close();
    }
  });
});
