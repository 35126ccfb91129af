import { columnsOf } from '../../../kit/columns.js';

/**
 * Civil Affairs' tables, field → column: read by the repository, written by the seed (and an import
 * later). Funding is only read summed (fundingOf, figuresByRegion: GROUP BY), so its map serves writers.
 */
export const OPERATORS = columnsOf('sw_operators', {
  id: 'id',
  name: 'name',
  uscc: 'uscc',
  countyCode: 'county_code',
});

export const STATIONS = columnsOf('social_work_stations', {
  id: 'id',
  name: 'name',
  status: 'status',
  establishedYear: 'established_year',
  completedOn: 'completed_on',
  acceptedOn: 'accepted_on',
  regionCode: 'region_code',
  operatorId: 'operator_id',
  address: 'address',
  leaderName: 'leader_name',
  leaderPhone: 'leader_phone',
  allottedFen: 'allotted_fen',
  progressPercent: 'progress_percent',
});

export const INDICATORS = columnsOf('sw_indicators', {
  stationId: 'station_id',
  kind: 'kind',
  value: 'value',
  target: 'target',
  unit: 'unit',
  state: 'state',
  note: 'note',
});

/** A report's photo references are a JSON list in a text column: written as JSON, parsed by the repository. */
export const PROGRESS_REPORTS = columnsOf('sw_progress_reports', {
  id: 'id',
  stationId: 'station_id',
  reportedOn: 'reported_on',
  stage: 'stage',
  percent: 'percent',
  photoRefs: { column: 'photo_refs', encode: JSON.stringify },
});

/** The identity-card digest is written but never selected: it never leaves the database. */
export const STAFF = columnsOf('sw_staff', {
  id: 'id',
  stationId: 'station_id',
  name: 'name',
  role: 'role',
  certifiedLevel: 'certified_level',
  phone: 'phone',
  idCardDigest: { column: 'id_card_digest', select: false },
});

export const FUNDING = columnsOf('sw_funding', {
  id: 'id',
  stationId: 'station_id',
  year: 'year',
  source: 'source',
  amountFen: 'amount_fen',
  purpose: 'purpose',
});

export const SERVICE_COUNTS = columnsOf('sw_service_counts', {
  stationId: 'station_id',
  year: 'year',
  domain: 'domain',
  count: 'count',
});

export const PARTNERS = columnsOf('sw_partners', {
  stationId: 'station_id',
  kind: 'kind',
  name: 'name',
  people: 'people',
});
