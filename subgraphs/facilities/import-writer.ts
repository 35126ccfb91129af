import { BOOKING_LIMIT_DEFAULTS } from './migrations/006-booking-limits.js';
import type { Knex } from 'knex';
import { type ImportDefinition, keyDigest, type Reference, type SheetWriter } from '../../kit/imports/writer.js';
import type { WeeklyHours } from '../../kit/sheets/weekly-hours.js';
import { EQUIPMENT, OPENING_HOURS, OPENING_SCHEDULES, SHARING_RULES, SITES, SPACES } from './data/columns.js';
import { scheduleIdOf } from './domain/schedule.js';
import { FACILITIES_IMPORT } from './import-spec.js';

/**
 * How the shared layer's import writes its tables (kit/imports/writer.ts). A site is known by its
 * township and name (its region is its village when the row gives one, else the township; a new one's
 * id is site-<township>-<digest of the name>), a room by its site and name, equipment by its room and
 * name, a sharing rule by its room (one per room). A rule's opening hours become the weekly schedule
 * of those hours (scheduleIdOf), written beside it when no rule had those hours yet.
 *
 * Who may import: the shared layer's own staff (`facilities` tokens) within their region, and admins.
 */

const digest = (s: string) => keyDigest(s, 10);

const siteOf: Reference = {
  field: 'siteId',
  fields: ['site'],
  sheet: 'sites',
  keyOf: (r) => ({ name: r.site, regionCode: r.township }),
  what: { zh: '场地', en: 'site' },
};
/** A room's site, on the way to the room (equipment and rules name the room by township, site and room). */
const siteOnTheWay: Reference = { ...siteOf, transient: true };
const roomOf: Reference = {
  field: 'spaceId',
  fields: ['room'],
  sheet: 'rooms',
  keyOf: (r, stored) => ({ siteId: stored.siteId, name: r.room }),
  what: { zh: '功能室', en: 'room' },
};

const sites: SheetWriter = {
  kind: 'sites',
  columns: SITES,
  id: 'id',
  key: ['name', 'regionCode'],
  regionField: 'regionCode',
  // A site's township is the first nine digits of its region (which may be a village).
  keyValues: (s) => [s.name, String(s.regionCode ?? '').slice(0, 9)],
  fields: ['name', 'address', 'regionCode', 'lng', 'lat', 'crs'],
  toStored: ({ township, village, ...rest }) => ({ ...rest, regionCode: village ?? township }),
  defaults: { crs: 'GCJ02' },
  region: (r) => (r.village as string | undefined) ?? (r.township as string),
  newId: (s) => `site-${String(s.regionCode).slice(0, 9)}-${digest(String(s.name))}`,
};

const rooms: SheetWriter = {
  kind: 'rooms',
  columns: SPACES,
  id: 'id',
  key: ['siteId', 'name'],
  fields: ['siteId', 'name', 'kind', 'capacity', 'areaM2', 'shareable'],
  toStored: ({ township: _t, site: _s, ...rest }) => rest,
  region: (r) => r.township as string,
  newId: (s) => `${s.siteId}-r${digest(String(s.name))}`,
  references: [siteOf],
};

const equipment: SheetWriter = {
  kind: 'equipment',
  columns: EQUIPMENT,
  id: 'id',
  key: ['spaceId', 'name'],
  fields: ['spaceId', 'name', 'kind', 'quantity'],
  toStored: ({ township: _t, site: _s, room: _r, ...rest }) => rest,
  region: (r) => r.township as string,
  newId: (s) => `${s.spaceId}-e${digest(String(s.name))}`,
  references: [siteOnTheWay, roomOf],
};

/** The weekly schedules of `rules` that are not stored yet, with their hours. */
async function writeSchedules(knex: Knex, rules: Record<string, unknown>[]): Promise<void> {
  const wanted = new Map(rules.map((r) => [r.scheduleId as string, r.openingHours as WeeklyHours]));
  const known = new Set(
    (
      (await knex(OPENING_SCHEDULES.table)
        .whereIn('id', [...wanted.keys()])
        .select('id')) as { id: string }[]
    ).map((r) => r.id),
  );
  for (const [id, hours] of wanted) {
    if (known.has(id)) continue;
    await knex(OPENING_SCHEDULES.table).insert(OPENING_SCHEDULES.row({ id }));
    const spans = Object.entries(hours).flatMap(([weekday, list]) =>
      list!.map(([from, to]) => OPENING_HOURS.row({ scheduleId: id, weekday, from, to })),
    );
    await knex(OPENING_HOURS.table).insert(spans);
  }
}

const sharingRules: SheetWriter = {
  kind: 'sharing-rules',
  columns: SHARING_RULES,
  id: 'spaceId',
  key: ['spaceId'],
  fields: [
    'spaceId',
    'managingDept',
    'shared',
    'minNoticeHours',
    'maxDurationHours',
    'whoMayBook',
    'allowedDepts',
    'needsApproval',
    'closedOnPublicHolidays',
    'scheduleId',
    'maxDaysAhead',
    'minDurationMinutes',
    'stepMinutes',
    'monthlyQuotaHours',
  ],
  // The hours ride along (not a column of the rule) for afterWrite; the rule keeps its schedule's id.
  toStored: ({ township: _t, site: _s, room: _r, openingHours, ...rest }) => ({
    ...rest,
    openingHours,
    scheduleId: scheduleIdOf(openingHours as WeeklyHours),
  }),
  defaults: { allowedDepts: [], closedOnPublicHolidays: false, ...BOOKING_LIMIT_DEFAULTS },
  region: (r) => r.township as string,
  newId: (s) => s.spaceId as string,
  references: [siteOnTheWay, roomOf],
  afterWrite: writeSchedules,
};

export const FACILITIES_IMPORT_WRITERS: ImportDefinition = {
  dept: 'facilities',
  spec: FACILITIES_IMPORT,
  writers: [sites, rooms, equipment, sharingRules],
};
