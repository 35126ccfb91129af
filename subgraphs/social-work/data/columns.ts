import { columnsOf } from '../../../kit/columns.js';

/**
 * Civil Affairs' tables, field → column: read by the repository, written by the seed. Staff are not
 * here on purpose: the identity-card digest is written but never read back.
 */
export const STATIONS = columnsOf('social_work_stations', {
  id: 'id',
  name: 'name',
  status: 'status',
  establishedYear: 'established_year',
  completedOn: 'completed_on',
  acceptedOn: 'accepted_on',
  regionCode: 'region_code',
  operatorId: 'operator_id',
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
