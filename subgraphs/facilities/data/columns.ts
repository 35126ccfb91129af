import { columnsOf } from '../../../kit/columns.js';

/**
 * Facilities' tables that are written in more than one place, field → column: a booking is written by
 * the seed (its history) and by requestBooking. (Bookings are read with their own list in bookings.ts,
 * where the requesting department is `requesterDepartment`, as the schema names it.)
 */
export const BOOKING_ROWS = columnsOf('bookings', {
  id: 'id',
  spaceId: 'space_id',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  status: 'status',
  requesterSub: 'requester_sub',
  requesterDept: 'requester_dept',
  purpose: 'purpose',
  attendees: 'attendees',
  contact: 'contact',
  idempotencyKey: 'idempotency_key',
  createdAt: 'created_at',
  decidedBy: 'decided_by',
  decidedAt: 'decided_at',
});
