import type { Knex } from '../../../kit/db.js';
import { pageByPartition } from '../../../kit/sql-pages.js';
import { type Connection, type Page } from '../../../kit/pagination.js';
import type { Equipment } from '../entities/equipment.js';
import type { RegionLevel } from '../entities/region-level.js';
import type { RegionFilter } from '../entities/region-filter.js';
import { aggregateByPrefix } from '../../../kit/aggregates.js';
import { toHhmm, WEEK, type Weekday } from '../../../kit/local-time.js';
import { groupBy } from '../../../kit/loaders.js';
import type { Region } from '../entities/region.js';
import type { Site } from '../entities/site.js';
import type { SharingRule } from '../entities/sharing-rule.js';
import type { Space } from '../entities/space.js';
import type { VenueRef, VenueTypeName } from '../entities/venue.js';

import { CLOSED_DATES, EQUIPMENT, OPENING_HOURS, PLAQUES, REGIONS, SHARING_RULES, SITES, SPACES } from './columns.js';

/** Facilities' data access: the only place that speaks SQL. Every function answers a whole batch. */

type RegionRow = Region;

export function regionsByCodes(knex: Knex, codes: readonly string[]): Promise<RegionRow[]> {
  return knex('regions').select(REGIONS.select).whereIn('code', codes);
}

export function regionsByParents(knex: Knex, parentCodes: readonly string[]): Promise<RegionRow[]> {
  return knex('regions').select(REGIONS.select).whereIn('parent_code', parentCodes).orderBy('code');
}

/** Length of the division codes of each level. */
export const CODE_LENGTH: Record<RegionLevel, number> = { PROVINCE: 2, CITY: 4, COUNTY: 6, TOWNSHIP: 9, VILLAGE: 12 } as Record<
  RegionLevel,
  number
>;

export function regionPages(
  knex: Knex,
  prefixes: readonly string[],
  page: Page,
  level: RegionLevel | null,
  filter: RegionFilter | null = null,
): Promise<Map<string, Connection<RegionRow>>> {
  const base = knex('regions').select(REGIONS.select);
  if (level) base.where('level', level);
  if (level && filter) applyRegionFilter(knex, base, CODE_LENGTH[level], filter);
  return pageByPartition<RegionRow>({
    knex,
    base,
    partitions: prefixes,
    match: 'prefix',
    matchColumn: 'regions.code',
    orderKey: 'code',
    page,
    keyOf: (r) => r.code,
  });
}

interface SiteRow {
  id: string;
  name: string;
  address: string;
  regionCode: string;
  lng: number | null;
  lat: number | null;
  crs: string;
}

function toSite(row: SiteRow): Site {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    regionCode: row.regionCode,
    location:
      row.lng === null || row.lat === null
        ? null
        : { lng: Number(row.lng), lat: Number(row.lat), crs: row.crs as NonNullable<Site['location']>['crs'] },
  };
}

export async function sitesByIds(knex: Knex, ids: readonly string[]): Promise<Site[]> {
  const rows: SiteRow[] = await knex('sites').select(SITES.select).whereIn('id', ids);
  return rows.map(toSite);
}

export async function sitePagesByRegion(knex: Knex, prefixes: readonly string[], page: Page): Promise<Map<string, Connection<Site>>> {
  const pages = await pageByPartition<SiteRow>({
    knex,
    base: knex('sites').select(SITES.select),
    partitions: prefixes,
    match: 'prefix',
    matchColumn: 'sites.region_code',
    orderKey: 'id',
    page,
    keyOf: (r) => r.id,
  });
  return mapConnections(pages, toSite);
}

function toSpace(row: Space): Space {
  return { ...row, areaM2: Number(row.areaM2), shareable: Boolean(row.shareable) };
}

export async function spacesByIds(knex: Knex, ids: readonly string[]): Promise<Space[]> {
  return (await knex('spaces').select(SPACES.select).whereIn('id', ids)).map(toSpace);
}

export async function spacesBySites(knex: Knex, siteIds: readonly string[]): Promise<Space[]> {
  return (await knex('spaces').select(SPACES.select).whereIn('site_id', siteIds).orderBy('id')).map(toSpace);
}

export function equipmentByIds(knex: Knex, ids: readonly string[]): Promise<Equipment[]> {
  return knex('equipment').select(EQUIPMENT.select).whereIn('id', ids);
}

export function equipmentBySpaces(knex: Knex, spaceIds: readonly string[]): Promise<Equipment[]> {
  return knex('equipment').select(EQUIPMENT.select).whereIn('space_id', spaceIds).orderBy('id');
}

export interface PlaqueRow {
  venueId: string;
  venueType: VenueTypeName;
  siteId: string;
}

export function plaquesByVenues(knex: Knex, venueIds: readonly string[]): Promise<PlaqueRow[]> {
  return knex('plaques').select(PLAQUES.select).whereIn('venue_id', venueIds);
}

export function plaquesBySites(knex: Knex, siteIds: readonly string[]): Promise<PlaqueRow[]> {
  return knex('plaques').select(PLAQUES.select).whereIn('site_id', siteIds).orderBy('venue_id');
}

/** Venues whose plaque hangs at a site within each region subtree. */
export async function venuePagesByRegion(knex: Knex, prefixes: readonly string[], page: Page): Promise<Map<string, Connection<VenueRef>>> {
  const pages = await pageByPartition<PlaqueRow>({
    knex,
    base: knex('plaques').join('sites', 'sites.id', 'plaques.site_id').select(PLAQUES.select),
    partitions: prefixes,
    match: 'prefix',
    matchColumn: 'sites.region_code',
    orderKey: 'venueId',
    page,
    keyOf: (r) => r.venueId,
  });
  return mapConnections(pages, toVenueRef);
}

export function toVenueRef(p: PlaqueRow): VenueRef {
  return { __typename: p.venueType, id: p.venueId };
}

function mapConnections<A, B>(pages: Map<string, Connection<A>>, f: (a: A) => B): Map<string, Connection<B>> {
  const out = new Map<string, Connection<B>>();
  for (const [key, c] of pages) out.set(key, { ...c, edges: c.edges.map((e) => ({ cursor: e.cursor, node: f(e.node) })) });
  return out;
}

/**
 * Region conditions as uncorrelated subqueries: the set of region codes (cut to `length` digits) whose
 * sites carry such a plaque or room is computed once, not once per region.
 */
function applyRegionFilter(knex: Knex, base: Knex.QueryBuilder, length: number, filter: RegionFilter): void {
  const codesWithVenue = (type: string) =>
    knex('plaques')
      .join('sites', 'sites.id', 'plaques.site_id')
      .where('plaques.venue_type', type)
      .select(knex.raw('substr(sites.region_code, 1, ?)', [length]));
  if (filter.withVenue) base.whereIn('regions.code', codesWithVenue(filter.withVenue));
  if (filter.withoutVenue) base.whereNotIn('regions.code', codesWithVenue(filter.withoutVenue));
  if (filter.withSharedSpace) {
    const { kind, atVenue } = filter.withSharedSpace;
    const rooms = knex('spaces')
      .join('sites', 'sites.id', 'spaces.site_id')
      .where('spaces.kind', kind)
      .where('spaces.shareable', true)
      .select(knex.raw('substr(sites.region_code, 1, ?)', [length]));
    if (atVenue) rooms.join('plaques', 'plaques.site_id', 'sites.id').where('plaques.venue_type', atVenue);
    base.whereIn('regions.code', rooms);
  }
}

/** Real townships (街道, 镇, 乡; not development zones) in each region subtree, in one statement. */
export async function townshipCounts(knex: Knex, prefixes: readonly string[]): Promise<Map<string, number>> {
  const rows = await aggregateByPrefix<{ n: number }>({
    knex,
    base: knex('regions').where('regions.level', 'TOWNSHIP').whereNot('regions.kind', 'OTHER'),
    matchColumn: 'regions.code',
    prefixes,
    aggregates: { n: 'COUNT(*)' },
  });
  return new Map(prefixes.map((p) => [p, rows.get(p)?.[0]?.n ?? 0]));
}

interface SharingRuleRow {
  spaceId: string;
  managingDept: string;
  shared: boolean | number;
  minNoticeHours: number;
  maxDurationHours: number;
  whoMayBook: string;
  allowedDepts: string;
  needsApproval: boolean | number;
  closedOnPublicHolidays: boolean | number;
  scheduleId: string | null;
  maxDaysAhead: number;
  minDurationMinutes: number;
  stepMinutes: number;
  monthlyQuotaHours: number;
}

/**
 * The rules of a batch of spaces, with their opening hours and closed dates (their own, and the public
 * holidays for those that close on them): four statements.
 */
export async function sharingRulesOf(knex: Knex, spaceIds: readonly string[]): Promise<SharingRule[]> {
  const [rows, hours, closed, holidays] = await Promise.all([
    knex('sharing_rules').select(SHARING_RULES.select).whereIn('space_id', spaceIds) as Promise<SharingRuleRow[]>,
    knex('opening_hours')
      .join('sharing_rules', 'sharing_rules.schedule_id', 'opening_hours.schedule_id')
      .whereIn('sharing_rules.space_id', spaceIds)
      .select('sharing_rules.space_id as spaceId', ...OPENING_HOURS.select)
      .orderBy(['sharing_rules.space_id', 'opening_hours.from_min']) as Promise<
      { spaceId: string; scheduleId: string; weekday: string; from: number; to: number }[]
    >,
    knex('closed_dates').select(CLOSED_DATES.select).whereIn('space_id', spaceIds).orderBy(['space_id', 'day']) as Promise<
      { spaceId: string; day: string }[]
    >,
    knex('public_holidays').select('day').orderBy('day') as Promise<{ day: string }[]>,
  ]);
  const hoursOf = groupBy(hours, (h) => h.spaceId);
  const closedOf = groupBy(closed, (c) => c.spaceId);
  return rows.map((r) => ({
    spaceId: r.spaceId,
    managingDepartment: r.managingDept as SharingRule['managingDepartment'],
    shared: Boolean(r.shared),
    openingHours: (hoursOf.get(r.spaceId) ?? [])
      .sort((a, b) => WEEK.indexOf(a.weekday as Weekday) - WEEK.indexOf(b.weekday as Weekday) || a.from - b.from)
      .map((h) => ({
        weekday: h.weekday as SharingRule['openingHours'][number]['weekday'],
        from: toHhmm(Number(h.from)),
        to: toHhmm(Number(h.to)),
      })),
    closedDates: [
      ...new Set([...(closedOf.get(r.spaceId) ?? []).map((c) => c.day), ...(r.closedOnPublicHolidays ? holidays.map((h) => h.day) : [])]),
    ].sort(),
    closedOnPublicHolidays: Boolean(r.closedOnPublicHolidays),
    minNoticeHours: Number(r.minNoticeHours),
    maxDurationHours: Number(r.maxDurationHours),
    maxDaysAhead: Number(r.maxDaysAhead),
    minDurationMinutes: Number(r.minDurationMinutes),
    stepMinutes: Number(r.stepMinutes),
    monthlyQuotaHours: Number(r.monthlyQuotaHours),
    whoMayBook: r.whoMayBook as SharingRule['whoMayBook'],
    allowedDepartments: JSON.parse(r.allowedDepts) as SharingRule['allowedDepartments'],
    needsApproval: Boolean(r.needsApproval),
  }));
}
