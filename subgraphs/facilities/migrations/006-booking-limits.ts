import type { Migration } from '../../../kit/db.js';

/** The limits a rule puts on each booking, with the defaults every existing rule takes. */
export const BOOKING_LIMIT_DEFAULTS = {
  /** How far ahead a booking may start. */
  maxDaysAhead: 180,
  /** The shortest booking. */
  minDurationMinutes: 30,
  /** Bookings start and end on this step of the local clock (15: :00, :15, :30, :45). */
  stepMinutes: 15,
  /** Hours a month one requesting department may hold of the space (its managing department: no limit). */
  monthlyQuotaHours: 40,
} as const;

/**
 * What stops a booking for 2099, a 1 ms booking or a department taking a room every Wednesday for three
 * years: a horizon, a minimum length and a step, and a monthly quota per requesting department, each a
 * column of the rule with a default.
 */
export const bookingLimits: Migration = {
  name: '006-booking-limits',
  async up(knex) {
    await knex.schema.alterTable('sharing_rules', (t) => {
      t.integer('max_days_ahead').notNullable().defaultTo(BOOKING_LIMIT_DEFAULTS.maxDaysAhead);
      t.integer('min_duration_minutes').notNullable().defaultTo(BOOKING_LIMIT_DEFAULTS.minDurationMinutes);
      t.integer('step_minutes').notNullable().defaultTo(BOOKING_LIMIT_DEFAULTS.stepMinutes);
      t.integer('monthly_quota_hours').notNullable().defaultTo(BOOKING_LIMIT_DEFAULTS.monthlyQuotaHours);
    });
    // Counting a department's hours in a month of a space: by space, department and start.
    await knex.schema.alterTable('bookings', (t) => {
      t.index(['space_id', 'requester_dept', 'starts_at'], 'bookings_quota_idx');
    });
  },
  async down(knex) {
    await knex.schema.alterTable('bookings', (t) => {
      t.dropIndex(['space_id', 'requester_dept', 'starts_at'], 'bookings_quota_idx');
    });
    await knex.schema.alterTable('sharing_rules', (t) => {
      t.dropColumn('max_days_ahead');
      t.dropColumn('min_duration_minutes');
      t.dropColumn('step_minutes');
      t.dropColumn('monthly_quota_hours');
    });
  },
};
