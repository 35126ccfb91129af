import * as gcoordModule from 'gcoord';
import type { Knex } from '../../../kit/db.js';
import type { Weekday } from '../../../kit/local-time.js';
import { keysetPage, prefixRange } from '../../../kit/sql-pages.js';
import { LIVE_STATUSES } from '../domain/booking-rules.js';
import type { Space } from '../entities/space.js';
import { SPACES } from './columns.js';

/** The search for free shared spaces (the portal's question): one statement per page. */

export interface SpaceSearch {
  regionPrefix: string;
  minCapacity: number;
  spaceKind: string | null;
  equipmentKind: string | null;
  from: Date;
  to: Date;
  /** The window in local terms: its day, weekday and minutes after local midnight. */
  day: string;
  weekday: Weekday;
  fromMinute: number;
  toMinute: number;
  /** Hours from now to the window's start: a rule needing more notice cannot be booked for it. */
  noticeHours: number;
  near: { lng: number; lat: number; crs: string } | null;
  /** Only rooms this staff member's department may ask for (the rule's whoMayBook), when given. */
  bookableBy: { dept: string | null; region: string } | null;
  first: number;
  /** Decoded cursor: the distance in metres (0 without `near`) and the id of the last item. */
  after: { distance: number; id: string } | null;
}

export interface SpaceMatchRow {
  space: Space;
  distanceM: number | null;
}

const EARTH_RADIUS_M = 6_371_008.8;

// gcoord is CommonJS whose types declare an ES default export: the namespace's default is the API.
type Gcoord = (typeof gcoordModule.default)['default'];
const gcoord: Gcoord = (gcoordModule as unknown as { default: Gcoord }).default;

/** The reference point in each datum the sites may use, so each site is measured in its own. */
function pointIn(near: { lng: number; lat: number; crs: string }) {
  const from = near.crs === 'BD09' ? gcoord.BD09 : near.crs === 'GCJ02' ? gcoord.GCJ02 : gcoord.WGS84; // CGCS2000 ≈ WGS 84 (cm)
  const to = (crs: Gcoord['CRSTypes'][keyof Gcoord['CRSTypes']]) => gcoord.transform([near.lng, near.lat], from, crs) as [number, number];
  return { WGS84: to(gcoord.WGS84), GCJ02: to(gcoord.GCJ02), BD09: to(gcoord.BD09) };
}

/** Haversine distance in whole metres from the point (given per datum) to `sites`, as SQL both databases run. */
function distanceSql(knex: Knex, near: NonNullable<SpaceSearch['near']>): Knex.Raw {
  const p = pointIn(near);
  const byCrs = (i: 0 | 1) => ({
    sql: `CAST(CASE sites.crs WHEN 'GCJ02' THEN ? WHEN 'BD09' THEN ? ELSE ? END AS DOUBLE PRECISION)`,
    bindings: [p.GCJ02[i], p.BD09[i], p.WGS84[i]],
  });
  const lng = byCrs(0);
  const lat = byCrs(1);
  return knex.raw(
    `CAST(ROUND(2 * ${EARTH_RADIUS_M} * ASIN(SQRT(
       POWER(SIN(RADIANS(sites.lat - ${lat.sql}) / 2), 2)
       + COS(RADIANS(${lat.sql})) * COS(RADIANS(sites.lat)) * POWER(SIN(RADIANS(sites.lng - ${lng.sql}) / 2), 2)
     ))) AS BIGINT)`,
    [...lat.bindings, ...lat.bindings, ...lng.bindings],
  );
}

export async function searchSpaces(
  knex: Knex,
  q: SpaceSearch,
): Promise<{ rows: SpaceMatchRow[]; hasNextPage: boolean; totalCount: number }> {
  const range = prefixRange('sites.region_code', q.regionPrefix);
  const windowMinutes = (q.to.getTime() - q.from.getTime()) / 60_000;
  const matches = knex('spaces')
    .join('sites', 'sites.id', 'spaces.site_id')
    .join('sharing_rules', 'sharing_rules.space_id', 'spaces.id')
    .whereRaw(range.sql, range.bindings)
    .where('spaces.shareable', true)
    .where('sharing_rules.shared', true)
    .where('spaces.capacity', '>=', q.minCapacity)
    // Whole hours on both sides (PostgreSQL types the parameter as the integer column).
    .where('sharing_rules.max_duration_hours', '>=', Math.ceil(windowMinutes / 60))
    .where('sharing_rules.min_notice_hours', '<=', Math.floor(q.noticeHours))
    // Open for the whole window, not closed that day, and held by no live booking.
    .whereExists((sub) =>
      sub
        .select(knex.raw('1'))
        .from('opening_hours')
        .whereRaw('opening_hours.schedule_id = sharing_rules.schedule_id')
        .where('opening_hours.weekday', q.weekday)
        .where('opening_hours.from_min', '<=', q.fromMinute)
        .where('opening_hours.to_min', '>=', q.toMinute),
    )
    .whereNotExists((sub) =>
      sub.select(knex.raw('1')).from('closed_dates').whereRaw('closed_dates.space_id = spaces.id').where('closed_dates.day', q.day),
    )
    .where((w) =>
      w
        .where('sharing_rules.closed_on_public_holidays', false)
        .orWhereNotExists((sub) => sub.select(knex.raw('1')).from('public_holidays').where('public_holidays.day', q.day)),
    )
    .whereNotExists((sub) =>
      sub
        .select(knex.raw('1'))
        .from('bookings')
        .whereRaw('bookings.space_id = spaces.id')
        .whereIn('bookings.status', LIVE_STATUSES as string[])
        .where('bookings.starts_at', '<', q.to.toISOString())
        .where('bookings.ends_at', '>', q.from.toISOString()),
    )
    .select(SPACES.select)
    .select(knex.raw(`${q.near ? '?' : '0'} AS _dist`, q.near ? [distanceSql(knex, q.near)] : []));
  // Measured from a point, a site must have one (a site known only by its address is left out).
  if (q.near) matches.whereNotNull('sites.lng').whereNotNull('sites.lat');
  if (q.spaceKind) matches.where('spaces.kind', q.spaceKind);
  if (q.bookableBy) {
    // The same test as domain/booking-rules.ts ruleViolation, as SQL: any department; the same region
    // (the site within the caller's subtree, or the caller within the site's county); or named.
    const { dept, region } = q.bookableBy;
    const within = prefixRange('sites.region_code', region);
    matches.where((w) =>
      w
        .where('sharing_rules.who_may_book', 'ANY_DEPARTMENT')
        .orWhere((x) =>
          x.where('sharing_rules.who_may_book', 'SAME_REGION').where((y) => {
            y.whereRaw(within.sql, within.bindings);
            if (region.length >= 6) y.orWhereRaw('substr(sites.region_code, 1, 6) = ?', [region.slice(0, 6)]);
          }),
        )
        .orWhere((x) =>
          x.where('sharing_rules.who_may_book', 'NAMED_DEPARTMENTS').where((y) =>
            y
              .where('sharing_rules.managing_dept', dept ?? '')
              // allowed_depts is a JSON list of department names (letters and "-": no LIKE wildcards in them).
              .orWhere('sharing_rules.allowed_depts', 'like', `%${JSON.stringify(dept ?? '')}%`),
          ),
        ),
    );
  }
  if (q.equipmentKind) {
    // Kept there, with a unit not held in the window: the units of every overlapping live booking are
    // added up (an upper bound of what is in use at once), so a room is never offered without one.
    matches.whereExists((sub) =>
      sub
        .select(knex.raw('1'))
        .from('equipment')
        .whereRaw('equipment.space_id = spaces.id')
        .where('equipment.kind', q.equipmentKind)
        .whereRaw(
          `equipment.quantity > COALESCE((SELECT SUM(booking_equipment.quantity) FROM booking_equipment
        JOIN bookings ON bookings.id = booking_equipment.booking_id WHERE booking_equipment.equipment_id = equipment.id
        AND bookings.status IN (${LIVE_STATUSES.map(() => '?').join(', ')}) AND bookings.starts_at < ? AND bookings.ends_at > ?), 0)`,
          [...LIVE_STATUSES, q.to.toISOString(), q.from.toISOString()],
        ),
    );
  }
  const page = await keysetPage<Space & { _dist: number | string }>(knex, {
    matches,
    orderBy: ['_dist', 'id'],
    after: q.after ? [q.after.distance, q.after.id] : null,
    first: q.first,
  });
  return {
    ...page,
    rows: page.rows.map(({ _dist, ...s }) => ({
      space: { ...s, areaM2: Number(s.areaM2), shareable: Boolean(s.shareable) },
      distanceM: q.near ? Number(_dist) : null,
    })),
  };
}
