import { insertAll } from '../../kit/db.js';
import { BOOKING_EQUIPMENT, BOOKINGS, CLOSED_DATES, PLAQUES, PUBLIC_HOLIDAYS, REGIONS } from '../../subgraphs/facilities/data/columns.js';
import { FACILITIES_IMPORT_WRITERS } from '../../subgraphs/facilities/import-writer.js';
import { loadRegions, REGION_VINTAGE } from '../regions.js';
import { bookingHistoryOf, PUBLIC_HOLIDAYS_2021, worldOptions } from '../world/index.js';
import { importDemo } from './load.js';
import type { DemoSeeder } from './types.js';

/**
 * Facilities' slice of the demo world. First the division list (the committed extract: every division
 * code is checked against it), then the sites, rooms, equipment and sharing rules as the shared layer's
 * lists, then what no list holds: public holidays, closed days, the booking history and the plaques
 * (which venue hangs at which site).
 */
export const facilitiesSeeder: DemoSeeder = {
  name: 'facilities',
  seed: async (db, w, options, progress) => {
    const { knex } = db;
    const regions = await insertAll(
      knex,
      REGIONS.table,
      loadRegions().map((r) => REGIONS.row({ ...r, vintage: REGION_VINTAGE })),
      progress,
    );
    const siteById = new Map(w.sites.map((s) => [s.id, s]));
    const spaceById = new Map(w.spaces.map((s) => [s.id, s]));
    const township = (siteId: string) => siteById.get(siteId)!.regionCode.slice(0, 9);
    const inRoom = (spaceId: string) => {
      const room = spaceById.get(spaceId)!;
      return { township: township(room.siteId), site: siteById.get(room.siteId)!.name, room: room.name };
    };
    const imported = await importDemo(
      db,
      FACILITIES_IMPORT_WRITERS,
      options,
      {
        sites: w.sites.map(({ id, regionCode, ...s }) => ({
          id,
          record: { ...s, township: regionCode.slice(0, 9), village: regionCode.length === 12 ? regionCode : null },
        })),
        rooms: w.spaces.map(({ id, siteId, ...r }) => ({
          id,
          record: { ...r, township: township(siteId), site: siteById.get(siteId)!.name },
        })),
        equipment: w.equipment.map(({ id, spaceId, ...e }) => ({ id, record: { ...e, ...inRoom(spaceId) } })),
        // An empty list is an empty cell, as in a file.
        'sharing-rules': w.sharingRules.map(({ spaceId, closedDates: _closed, allowedDepts, ...r }) => ({
          record: { ...r, allowedDepts: allowedDepts.length ? allowedDepts : null, ...inRoom(spaceId) },
        })),
      },
      progress,
    );
    const history = bookingHistoryOf(worldOptions(options.scale, options.seed));
    return {
      regions,
      ...imported,
      public_holidays: await insertAll(knex, PUBLIC_HOLIDAYS.table, PUBLIC_HOLIDAYS_2021.map(PUBLIC_HOLIDAYS.row), progress),
      closed_dates: await insertAll(
        knex,
        CLOSED_DATES.table,
        w.sharingRules.flatMap((r) => r.closedDates.map((day) => CLOSED_DATES.row({ spaceId: r.spaceId, day }))),
        progress,
      ),
      bookings: await insertAll(knex, BOOKINGS.table, history.bookings.map(BOOKINGS.row), progress),
      booking_equipment: await insertAll(knex, BOOKING_EQUIPMENT.table, history.bookingEquipment.map(BOOKING_EQUIPMENT.row), progress),
      plaques: await insertAll(knex, PLAQUES.table, w.plaques.map(PLAQUES.row), progress),
    };
  },
  isSeeded: async (db) => (await db.knex('regions').first('code')) !== undefined,
};
