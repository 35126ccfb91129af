import type { Knex } from '../../../kit/db.js';
import { aggregateByPrefix } from '../../../kit/aggregates.js';
import { pageByPartition } from '../../../kit/sql-pages.js';
import { type Connection, type Page } from '../../../kit/pagination.js';
import type { Indicator } from '../entities/indicator.js';
import type { Operator } from '../entities/operator.js';
import type { Partner } from '../entities/partner.js';
import type { ProgressReport } from '../entities/progress-report.js';
import type { ServiceCount } from '../entities/service-count.js';
import type { StaffMember } from '../entities/staff-member.js';
import type { SocialWorkFigures } from '../entities/social-work-figures.js';
import type { StationStatus } from '../entities/station-status.js';
import type { SocialWorkStation } from '../entities/station.js';

import { INDICATORS, OPERATORS, PARTNERS, PROGRESS_REPORTS, SERVICE_COUNTS, STAFF, STATIONS } from './columns.js';

/** Civil Affairs' data access: the only place that speaks SQL. Every function answers a whole batch. */

import { CERTIFIED_STAFF_TARGET } from '../domain/targets.js';

export { CERTIFIED_STAFF_TARGET };

export function stationsByIds(knex: Knex, ids: readonly string[]): Promise<SocialWorkStation[]> {
  return knex('social_work_stations').select(STATIONS.select).whereIn('id', ids);
}

export interface StationFilter {
  status?: StationStatus | null;
  establishedYear?: number | null;
  /** Only stations with fewer certified staff than this. */
  certifiedStaffBelow?: number | null;
}

/** One page of stations for each region subtree (by code prefix), filtered, in one statement. */
export function stationPagesByRegion(
  knex: Knex,
  prefixes: readonly string[],
  page: Page,
  filter: StationFilter = {},
): Promise<Map<string, Connection<SocialWorkStation>>> {
  const base = knex('social_work_stations').select(STATIONS.select);
  if (filter.status) base.where('social_work_stations.status', filter.status);
  if (filter.establishedYear != null) base.where('social_work_stations.established_year', filter.establishedYear);
  if (filter.certifiedStaffBelow != null) {
    base.whereRaw(
      "(SELECT COUNT(*) FROM sw_staff WHERE sw_staff.station_id = social_work_stations.id AND sw_staff.certified_level <> 'NONE') < ?",
      [filter.certifiedStaffBelow],
    );
  }
  return pageByPartition<SocialWorkStation>({
    knex,
    base,
    partitions: prefixes,
    match: 'prefix',
    matchColumn: 'social_work_stations.region_code',
    orderKey: 'id',
    page,
    keyOf: (s) => s.id,
  });
}

export function operatorsByIds(knex: Knex, ids: readonly string[]): Promise<Operator[]> {
  return knex('sw_operators').select(OPERATORS.select).whereIn('id', ids);
}

const INDICATOR_ORDER = ['VENUE', 'FUNDING', 'STAFF', 'RULES', 'SERVICES'];

export async function indicatorsOf(knex: Knex, stationIds: readonly string[]): Promise<(Indicator & { stationId: string })[]> {
  const rows: (Indicator & { stationId: string })[] = await knex('sw_indicators')
    .select(INDICATORS.select)
    .whereIn('station_id', stationIds);
  return rows
    .map((r) => ({
      ...r,
      value: Number(r.value),
      target: Number(r.target),
      completionPercent: Math.min(100, Math.round((Number(r.value) / Number(r.target)) * 1000) / 10),
    }))
    .sort((a, b) => a.stationId.localeCompare(b.stationId) || INDICATOR_ORDER.indexOf(a.kind) - INDICATOR_ORDER.indexOf(b.kind));
}

export async function progressReportsOf(knex: Knex, stationIds: readonly string[]): Promise<(ProgressReport & { stationId: string })[]> {
  const rows: (Omit<ProgressReport, 'photoRefs'> & { stationId: string; photoRefs: string })[] = await knex('sw_progress_reports')
    .select(PROGRESS_REPORTS.select)
    .whereIn('station_id', stationIds)
    .orderBy(['station_id', 'reported_on', 'id']);
  return rows.map((r) => ({ ...r, photoRefs: JSON.parse(r.photoRefs) as string[] }));
}

export function staffOf(knex: Knex, stationIds: readonly string[]): Promise<StaffMember[]> {
  return knex('sw_staff').select(STAFF.select).whereIn('station_id', stationIds).orderBy('id');
}

export interface StaffCounts {
  stationId: string;
  total: number;
  certified: number;
}

export async function staffCountsOf(knex: Knex, stationIds: readonly string[]): Promise<StaffCounts[]> {
  const rows = await knex('sw_staff')
    .select('station_id as stationId')
    .count({ total: '*' })
    .select(knex.raw("SUM(CASE WHEN certified_level <> 'NONE' THEN 1 ELSE 0 END) AS certified"))
    .whereIn('station_id', stationIds)
    .groupBy('station_id');
  return (rows as { stationId: string; total: unknown; certified: unknown }[]).map((r) => ({
    stationId: r.stationId,
    total: Number(r.total),
    certified: Number(r.certified),
  }));
}

export interface FundingRow {
  stationId: string;
  year: number;
  source: string;
  amountFen: number;
}

/** Funding summed by station, year and source (GROUP BY), ordered by year then source. */
export async function fundingOf(knex: Knex, stationIds: readonly string[]): Promise<FundingRow[]> {
  const rows = await knex('sw_funding')
    .select('station_id as stationId', 'year', 'source')
    .sum({ amountFen: 'amount_fen' })
    .whereIn('station_id', stationIds)
    .groupBy('station_id', 'year', 'source')
    .orderBy(['station_id', 'year', 'source']);
  return (rows as { stationId: string; year: unknown; source: string; amountFen: unknown }[]).map((r) => ({
    stationId: r.stationId,
    year: Number(r.year),
    source: r.source,
    amountFen: Number(r.amountFen),
  }));
}

export function serviceCountsOf(knex: Knex, stationIds: readonly string[]): Promise<(ServiceCount & { stationId: string })[]> {
  return knex('sw_service_counts')
    .select(SERVICE_COUNTS.select)
    .whereIn('station_id', stationIds)
    .orderBy(['station_id', 'year', 'domain']);
}

export function partnersOf(knex: Knex, stationIds: readonly string[]): Promise<(Partner & { stationId: string })[]> {
  return knex('sw_partners').select(PARTNERS.select).whereIn('station_id', stationIds).orderBy(['station_id', 'kind']);
}

/** The figures of a region without stations. */
export const NO_FIGURES: SocialWorkFigures = Object.freeze({
  stations: 0,
  stationsEstablishedInYear: 0,
  staff: 0,
  certifiedStaff: 0,
  stationsBelowStaffTarget: 0,
  fundingFen: 0,
  fundingYuan: 0,
});

/**
 * Figures of each region subtree in one statement: stations joined to their per-station staff and
 * funding sums, grouped by region prefix.
 */
export async function figuresByRegion(
  knex: Knex,
  prefixes: readonly string[],
  establishedYear: number,
): Promise<Map<string, SocialWorkFigures>> {
  const staff = knex('sw_staff')
    .select('station_id')
    .count({ n: '*' })
    .select(knex.raw("SUM(CASE WHEN certified_level <> 'NONE' THEN 1 ELSE 0 END) AS certified"))
    .groupBy('station_id')
    .as('st');
  const funding = knex('sw_funding').select('station_id').sum({ fen: 'amount_fen' }).groupBy('station_id').as('fu');
  const base = knex('social_work_stations')
    .leftJoin(staff, 'st.station_id', 'social_work_stations.id')
    .leftJoin(funding, 'fu.station_id', 'social_work_stations.id');
  const rows = await aggregateByPrefix<Omit<SocialWorkFigures, 'fundingYuan'>>({
    knex,
    base,
    matchColumn: 'social_work_stations.region_code',
    prefixes,
    aggregates: {
      stations: 'COUNT(*)',
      stationsEstablishedInYear: ['SUM(CASE WHEN social_work_stations.established_year = ? THEN 1 ELSE 0 END)', [establishedYear]],
      staff: 'SUM(COALESCE(st.n, 0))',
      certifiedStaff: 'SUM(COALESCE(st.certified, 0))',
      stationsBelowStaffTarget: ['SUM(CASE WHEN COALESCE(st.certified, 0) < ? THEN 1 ELSE 0 END)', [CERTIFIED_STAFF_TARGET]],
      fundingFen: 'SUM(COALESCE(fu.fen, 0))',
    },
  });
  const out = new Map<string, SocialWorkFigures>();
  for (const p of prefixes) {
    const r = rows.get(p)?.[0];
    out.set(p, r ? { ...r, fundingYuan: r.fundingFen / 100 } : NO_FIGURES);
  }
  return out;
}
