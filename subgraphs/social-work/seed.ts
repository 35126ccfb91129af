import { insertAll, type Database } from '../../kit/db.js';
import { INDICATORS, STATIONS } from './data/columns.js';
import type { SeedOptions, SeedProgress } from '../../kit/subgraph.js';
import { buildWorld, worldOptions } from '../../seed/world/index.js';

/** Civil Affairs' slice of the reference world: stations, their operators, staff, funding, indicators… */
export async function seed(db: Database, options: SeedOptions, progress?: SeedProgress): Promise<Record<string, number>> {
  const w = buildWorld(worldOptions(options.scale, options.seed));
  const { knex } = db;
  return {
    sw_operators: await insertAll(
      knex,
      'sw_operators',
      w.operators.map((o) => ({ id: o.id, name: o.name, uscc: o.uscc, county_code: o.countyCode })),
      progress,
    ),
    social_work_stations: await insertAll(knex, 'social_work_stations', w.socialWorkStations.map(STATIONS.row), progress),
    sw_indicators: await insertAll(knex, 'sw_indicators', w.indicators.map(INDICATORS.row), progress),
    sw_progress_reports: await insertAll(
      knex,
      'sw_progress_reports',
      w.progressReports.map((r) => ({
        id: r.id,
        station_id: r.stationId,
        reported_on: r.reportedOn,
        stage: r.stage,
        percent: r.percent,
        photo_refs: JSON.stringify(r.photoRefs),
      })),
      progress,
    ),
    sw_staff: await insertAll(
      knex,
      'sw_staff',
      w.staff.map((s) => ({
        id: s.id,
        station_id: s.stationId,
        name: s.name,
        role: s.role,
        certified_level: s.certifiedLevel,
        phone: s.phone,
        id_card_digest: s.idCardDigest,
      })),
      progress,
    ),
    sw_funding: await insertAll(
      knex,
      'sw_funding',
      w.funding.map((f) => ({
        id: f.id,
        station_id: f.stationId,
        year: f.year,
        source: f.source,
        amount_fen: f.amountFen,
        purpose: f.purpose,
      })),
      progress,
    ),
    sw_service_counts: await insertAll(
      knex,
      'sw_service_counts',
      w.serviceCounts.map((c) => ({ station_id: c.stationId, year: c.year, domain: c.domain, count: c.count })),
      progress,
    ),
    sw_partners: await insertAll(
      knex,
      'sw_partners',
      w.partners.map((p) => ({ station_id: p.stationId, kind: p.kind, name: p.name, people: p.people })),
      progress,
    ),
  };
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await db.knex('social_work_stations').first('id')) !== undefined;
}
