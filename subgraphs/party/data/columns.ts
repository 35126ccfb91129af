import { columnsOf } from '../../../kit/columns.js';

/** Party's tables, field → column: read by the repository, written by the seed (and an import later). */

/** A centre's `functions` is a JSON list in a text column: written as JSON, parsed by the repository. */
export const PARTY_CENTRES = columnsOf('party_centres', {
  id: 'id',
  name: 'name',
  level: 'level',
  functions: { column: 'functions', encode: JSON.stringify },
  serviceHallM2: 'service_hall_m2',
  openingHours: 'opening_hours',
  regionCode: 'region_code',
});

export const PARTY_ACTIVITIES = columnsOf('party_activities', {
  id: 'id',
  centreId: 'centre_id',
  heldOn: 'held_on',
  title: 'title',
  kind: 'kind',
  participants: 'participants',
});
