import { insertAll, type Database } from '../../kit/db.js';
import { toMinutes } from '../../kit/local-time.js';
import { BOOKING_ROWS } from './data/columns.js';
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
      loadRegions().map((r) => ({
        code: r.code,
        name: r.name,
        level: r.level,
        kind: r.kind,
        parent_code: r.parentCode,
        vintage: REGION_VINTAGE,
      })),
      progress,
    ),
    sites: await insertAll(
      knex,
      'sites',
      w.sites.map((s) => ({
        id: s.id,
        name: s.name,
        address: s.address,
        region_code: s.regionCode,
        lng: s.lng,
        lat: s.lat,
        crs: s.crs,
      })),
      progress,
    ),
    spaces: await insertAll(
      knex,
      'spaces',
      w.spaces.map((s) => ({
        id: s.id,
        site_id: s.siteId,
        name: s.name,
        kind: s.kind,
        capacity: s.capacity,
        area_m2: s.areaM2,
        shareable: s.shareable,
      })),
      progress,
    ),
    // Weekly schedules, one per distinct set of hours (a handful: buildings of a kind keep the same).
    opening_schedules: await insertAll(
      knex,
      'opening_schedules',
      [...schedules.keys()].map((id) => ({ id })),
      progress,
    ),
    opening_hours: await insertAll(
      knex,
      'opening_hours',
      [...schedules].flatMap(([id, hours]) =>
        Object.entries(hours).flatMap(([weekday, spans]) =>
          spans!.map(([from, to]) => ({ schedule_id: id, weekday, from_min: toMinutes(from), to_min: toMinutes(to) })),
        ),
      ),
      progress,
    ),
    sharing_rules: await insertAll(
      knex,
      'sharing_rules',
      w.sharingRules.map((r) => ({
        space_id: r.spaceId,
        managing_dept: r.managingDept,
        shared: r.shared,
        min_notice_hours: r.minNoticeHours,
        max_duration_hours: r.maxDurationHours,
        who_may_book: r.whoMayBook,
        allowed_depts: JSON.stringify(r.allowedDepts),
        needs_approval: r.needsApproval,
        closed_on_public_holidays: r.closedOnPublicHolidays,
        schedule_id: scheduleIdOf(r.openingHours),
      })),
      progress,
    ),
    public_holidays: await insertAll(
      knex,
      'public_holidays',
      PUBLIC_HOLIDAYS_2021.map((h) => ({ day: h.day, name: h.name })),
      progress,
    ),
    closed_dates: await insertAll(
      knex,
      'closed_dates',
      w.sharingRules.flatMap((r) => r.closedDates.map((day) => ({ space_id: r.spaceId, day }))),
      progress,
    ),
    equipment: await insertAll(
      knex,
      'equipment',
      w.equipment.map((e) => ({
        id: e.id,
        space_id: e.spaceId,
        kind: e.kind,
        name: e.name,
        quantity: e.quantity,
      })),
      progress,
    ),
    bookings: await insertAll(knex, 'bookings', history.bookings.map(BOOKING_ROWS.row), progress),
    booking_equipment: await insertAll(
      knex,
      'booking_equipment',
      history.bookingEquipment.map((e) => ({
        booking_id: e.bookingId,
        equipment_id: e.equipmentId,
        quantity: e.quantity,
      })),
      progress,
    ),
    plaques: await insertAll(
      knex,
      'plaques',
      w.plaques.map((p) => ({ venue_id: p.venueId, venue_type: p.venueType, site_id: p.siteId })),
      progress,
    ),
  };
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await db.knex('regions').first('code')) !== undefined;
}
