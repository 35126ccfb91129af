import { columnsOf } from '../../../kit/columns.js';

/** Practice's tables, field → column: read by the repository, written by the seed. */
export const UNITS = columnsOf('practice_units', {
  id: 'id',
  name: 'name',
  tier: 'tier',
  regionCode: 'region_code',
  parentId: 'parent_id',
});

export const TEAMS = columnsOf('volunteer_teams', {
  id: 'id',
  unitId: 'unit_id',
  parentId: 'parent_id',
  name: 'name',
  level: 'level',
  members: 'members',
});

export const ORDERS = columnsOf('service_orders', {
  id: 'id',
  unitId: 'unit_id',
  category: 'category',
  request: 'request',
  status: 'status',
  requestedOn: 'requested_at',
  teamId: 'team_id',
  assignedOn: 'assigned_at',
  acceptedOn: 'accepted_at',
  ratedOn: 'rated_at',
  rating: 'rating',
});
