import { insertAll, type Database } from '../../kit/db.js';
import {
  BOOKING_EQUIPMENT,
  BOOKINGS,
  CLOSED_DATES,
  EQUIPMENT,
  OPENING_HOURS,
  OPENING_SCHEDULES,
  PLAQUES,
  PUBLIC_HOLIDAYS,
  REGIONS,
  SHARING_RULES,
  SITES,
  SPACES,
} from './data/columns.js';
import { scheduleIdOf } from './domain/schedule.js';
import type { SeedOptions, SeedProgress } from '../../kit/subgraph.js';
import { loadRegions, REGION_VINTAGE } from '../../seed/regions.js';
import { bookingHistoryOf, buildWorld, PUBLIC_HOLIDAYS_2021, worldOptions } from '../../seed/world/index.js';

/**
 * Facilities' slice of the reference world: all regions, then sites, rooms, their sharing rules,
 * equipment, the booking history and plaques.
 */
export async function seed(db: Database, options: SeedOptions, progress?: SeedProgress): Promise<Record<string, number>> {
  const { knex } = db;
  const w = buildWorld(worldOptions(options.scale, options.seed));
  const history = bookingHistoryOf(worldOptions(options.scale, options.seed));
  const schedules = new Map(w.sharingRules.map((r) => [scheduleIdOf(r.openingHours), r.openingHours]));
  return {
    // Parents precede children in the extract, as the foreign key needs.
    regions: await insertAll(
      knex,
      'regions',
      loadRegions().map((r) => REGIONS.row({ ...r, vintage: REGION_VINTAGE })),
      progress,
    ),
    sites: await insertAll(knex, 'sites', w.sites.map(SITES.row), progress),
    spaces: await insertAll(knex, 'spaces', w.spaces.map(SPACES.row), progress),
    // Weekly schedules, one per distinct set of hours (a handful: buildings of a kind keep the same).
    opening_schedules: await insertAll(
      knex,
      'opening_schedules',
      [...schedules.keys()].map((id) => OPENING_SCHEDULES.row({ id })),
      progress,
    ),
    opening_hours: await insertAll(
      knex,
      'opening_hours',
      [...schedules].flatMap(([scheduleId, hours]) =>
        Object.entries(hours).flatMap(([weekday, spans]) =>
          spans!.map(([from, to]) => OPENING_HOURS.row({ scheduleId, weekday, from, to })),
        ),
      ),
      progress,
    ),
    sharing_rules: await insertAll(
      knex,
      'sharing_rules',
      w.sharingRules.map((r) => SHARING_RULES.row({ ...r, scheduleId: scheduleIdOf(r.openingHours) })),
      progress,
    ),
    public_holidays: await insertAll(knex, 'public_holidays', PUBLIC_HOLIDAYS_2021.map(PUBLIC_HOLIDAYS.row), progress),
    closed_dates: await insertAll(
      knex,
      'closed_dates',
      w.sharingRules.flatMap((r) => r.closedDates.map((day) => CLOSED_DATES.row({ spaceId: r.spaceId, day }))),
      progress,
    ),
    equipment: await insertAll(knex, 'equipment', w.equipment.map(EQUIPMENT.row), progress),
    bookings: await insertAll(knex, 'bookings', history.bookings.map(BOOKINGS.row), progress),
    booking_equipment: await insertAll(knex, 'booking_equipment', history.bookingEquipment.map(BOOKING_EQUIPMENT.row), progress),
    plaques: await insertAll(knex, 'plaques', w.plaques.map(PLAQUES.row), progress),
  };
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await db.knex('regions').first('code')) !== undefined;
}
