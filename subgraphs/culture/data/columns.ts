import { columnsOf } from '../../../kit/columns.js';

/** Culture's tables, field → column: read by the repository, written by the seed. */
export const STATIONS = columnsOf('culture_stations', {
  id: 'id',
  name: 'name',
  grade: 'grade',
  buildingAreaM2: 'building_area_m2',
  weeklyOpenHours: 'weekly_open_hours',
  openDaysPerYear: 'open_days_per_year',
  fullTimeStaff: 'full_time_staff',
  partTimeStaff: 'part_time_staff',
  guidingUnit: 'guiding_unit',
  regionCode: 'region_code',
});

export const CULTURE_ACTIVITIES = columnsOf('culture_activities', {
  id: 'id',
  stationId: 'station_id',
  heldOn: 'held_on',
  title: 'title',
  kind: 'kind',
  participants: 'participants',
});
