import { columnsOf } from '../../../kit/columns.js';
import { toMinutes } from '../../../kit/local-time.js';

/**
 * Facilities' tables, field → column: read by the repository, written by the seed (and an import
 * later). Queries that join or aggregate name the columns they need themselves.
 */

/** A region's `vintage` is the year its division codes are valid for (the extract's, for every region). */
export const REGIONS = columnsOf('regions', {
  code: 'code',
  name: 'name',
  level: 'level',
  kind: 'kind',
  parentCode: 'parent_code',
  vintage: 'vintage',
});

export const SITES = columnsOf('sites', {
  id: 'id',
  name: 'name',
  address: 'address',
  regionCode: 'region_code',
  lng: 'lng',
  lat: 'lat',
  crs: 'crs',
});

export const SPACES = columnsOf('spaces', {
  id: 'id',
  siteId: 'site_id',
  name: 'name',
  kind: 'kind',
  capacity: 'capacity',
  areaM2: 'area_m2',
  shareable: 'shareable',
});

/** A weekly schedule, shared by the rules with the same hours: only its id (domain/schedule.ts scheduleIdOf). */
export const OPENING_SCHEDULES = columnsOf('opening_schedules', { id: 'id' });

/** One opening span of a schedule: from and to are HH:MM, stored as minutes after local midnight (read back as minutes). */
export const OPENING_HOURS = columnsOf('opening_hours', {
  scheduleId: 'schedule_id',
  weekday: 'weekday',
  from: { column: 'from_min', encode: toMinutes },
  to: { column: 'to_min', encode: toMinutes },
});

/**
 * How a space is shared. `allowedDepts` is a JSON list in a text column (written as JSON, parsed by the
 * repository); `scheduleId` is its opening hours' schedule (scheduleIdOf), not a field of the rule as given.
 */
export const SHARING_RULES = columnsOf('sharing_rules', {
  spaceId: 'space_id',
  managingDept: 'managing_dept',
  shared: 'shared',
  minNoticeHours: 'min_notice_hours',
  maxDurationHours: 'max_duration_hours',
  whoMayBook: 'who_may_book',
  allowedDepts: { column: 'allowed_depts', encode: JSON.stringify },
  needsApproval: 'needs_approval',
  closedOnPublicHolidays: 'closed_on_public_holidays',
  scheduleId: 'schedule_id',
  maxDaysAhead: 'max_days_ahead',
  minDurationMinutes: 'min_duration_minutes',
  stepMinutes: 'step_minutes',
  monthlyQuotaHours: 'monthly_quota_hours',
});

/** A space's own closures (maintenance and the like). */
export const CLOSED_DATES = columnsOf('closed_dates', {
  spaceId: 'space_id',
  day: 'day',
});

export const PUBLIC_HOLIDAYS = columnsOf('public_holidays', {
  day: 'day',
  name: 'name',
});

export const EQUIPMENT = columnsOf('equipment', {
  id: 'id',
  spaceId: 'space_id',
  kind: 'kind',
  name: 'name',
  quantity: 'quantity',
});

/**
 * A booking, written by the seed (its history) and by requestBooking. (Bookings are read with their own
 * list in bookings.ts, where the requesting department is `requesterDepartment`, as the schema names it.)
 */
export const BOOKINGS = columnsOf('bookings', {
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

/** The equipment a booking holds, and how many of it. */
export const BOOKING_EQUIPMENT = columnsOf('booking_equipment', {
  bookingId: 'booking_id',
  equipmentId: 'equipment_id',
  quantity: 'quantity',
});

/** A plaque: which venue (of which department's type) hangs at which site. */
export const PLAQUES = columnsOf('plaques', {
  venueId: 'venue_id',
  venueType: 'venue_type',
  siteId: 'site_id',
});
