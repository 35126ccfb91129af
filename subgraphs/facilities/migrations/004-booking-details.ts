import { chunks, type Migration } from '../../../kit/db.js';

const WEEK = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * What search, free slots and utilisation need in SQL, and equipment booking:
 * - opening hours and closed dates move from JSON text in `sharing_rules` to their own rows, so "open
 *   for this whole window" and "open hours in a month" are conditions and sums the database computes;
 *   the rows already there are copied over (each rule's dates become its own closures), then the JSON
 *   columns are dropped;
 * - public holidays are kept once (`public_holidays`), and a rule says whether it closes on them
 *   (`closed_on_public_holidays`), rather than every room repeating every holiday;
 * - a booking may hold equipment, by quantity (`booking_equipment`), with a space or without one, so
 *   `bookings.space_id` becomes optional (the exclusion constraint ignores rows without a space).
 */
export const bookingDetails: Migration = {
  name: '004-booking-details',
  async up(knex) {
    const rules = (await knex('sharing_rules').select('space_id', 'opening_hours', 'closed_dates')) as {
      space_id: string;
      opening_hours: string;
      closed_dates: string;
    }[];
    const hours = rules.flatMap((r) =>
      Object.entries(JSON.parse(r.opening_hours) as Record<string, [string, string][]>).flatMap(([weekday, spans]) =>
        spans.map(([from, to]) => ({ space_id: r.space_id, weekday, from_min: minutes(from), to_min: minutes(to) })),
      ),
    );
    const closed = rules.flatMap((r) => (JSON.parse(r.closed_dates) as string[]).map((day) => ({ space_id: r.space_id, day })));
    // Dropping the columns rebuilds the table on SQLite (copy, drop, rename): it must happen before any
    // table refers to it, or the drop would cascade into the new rows.
    await knex.schema.alterTable('sharing_rules', (t) => {
      t.dropColumn('opening_hours');
      t.dropColumn('closed_dates');
      t.boolean('closed_on_public_holidays').notNullable().defaultTo(false);
    });
    await knex.schema.createTable('public_holidays', (t) => {
      t.string('day', 10).primary(); // YYYY-MM-DD, local
      t.string('name', 50).notNullable();
    });
    await knex.schema.createTable('opening_hours', (t) => {
      t.string('space_id', 64).notNullable().references('space_id').inTable('sharing_rules').onDelete('CASCADE');
      t.string('weekday', 3).notNullable();
      t.integer('from_min').notNullable(); // minutes after local midnight (UTC+8)
      t.integer('to_min').notNullable();
      t.primary(['space_id', 'weekday', 'from_min']);
    });
    await knex.schema.createTable('closed_dates', (t) => {
      t.string('space_id', 64).notNullable().references('space_id').inTable('sharing_rules').onDelete('CASCADE');
      t.string('day', 10).notNullable(); // YYYY-MM-DD, local
      t.primary(['space_id', 'day']);
    });
    for (const part of chunks(hours, 400)) await knex('opening_hours').insert(part);
    for (const part of chunks(closed, 400)) await knex('closed_dates').insert(part);

    await knex.schema.alterTable('bookings', (t) => {
      t.string('space_id', 64).nullable().alter();
    });
    await knex.schema.createTable('booking_equipment', (t) => {
      t.string('booking_id', 40).notNullable().references('id').inTable('bookings').onDelete('CASCADE');
      t.string('equipment_id', 64).notNullable().references('id').inTable('equipment');
      t.integer('quantity').notNullable();
      t.primary(['booking_id', 'equipment_id']);
      t.index(['equipment_id']);
    });
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('booking_equipment');
    // bookings.space_id stays optional: 003's down drops the table anyway.
    await knex.schema.alterTable('sharing_rules', (t) => {
      t.text('opening_hours').notNullable().defaultTo('{}');
      t.text('closed_dates').notNullable().defaultTo('[]');
    });
    const holidays = ((await knex('public_holidays').select('day').orderBy('day')) as { day: string }[]).map((h) => h.day);
    const closesOnHolidays = new Set(((await knex('sharing_rules').where('closed_on_public_holidays', true).select('space_id')) as { space_id: string }[]).map((r) => r.space_id));
    const hours = (await knex('opening_hours').select('space_id', 'weekday', 'from_min', 'to_min').orderBy(['space_id', 'from_min'])) as {
      space_id: string; weekday: string; from_min: number; to_min: number;
    }[];
    const closed = (await knex('closed_dates').select('space_id', 'day').orderBy(['space_id', 'day'])) as { space_id: string; day: string }[];
    const bySpace = new Map<string, { hours: Record<string, [string, string][]>; closed: string[] }>();
    const of = (id: string) => bySpace.get(id) ?? bySpace.set(id, { hours: {}, closed: [] }).get(id)!;
    for (const h of hours) (of(h.space_id).hours[h.weekday] ??= []).push([hhmm(h.from_min), hhmm(h.to_min)]);
    for (const c of closed) of(c.space_id).closed.push(c.day);
    for (const id of closesOnHolidays) of(id).closed.push(...holidays);
    // 200 rules per UPDATE (a CASE per column), not one statement per rule.
    for (const part of chunks([...bySpace], 200)) {
      const cases = (value: (v: { hours: Record<string, [string, string][]>; closed: string[] }) => string) =>
        knex.raw(`CASE space_id ${part.map(() => 'WHEN ? THEN ?').join(' ')} END`, part.flatMap(([id, v]) => [id, value(v)]));
      await knex('sharing_rules').whereIn('space_id', part.map(([id]) => id)).update({
        opening_hours: cases((v) => JSON.stringify(Object.fromEntries(WEEK.filter((d) => v.hours[d]).map((d) => [d, v.hours[d]])))),
        closed_dates: cases((v) => JSON.stringify([...new Set(v.closed)].sort())),
      });
    }
    await knex.schema.dropTableIfExists('closed_dates');
    await knex.schema.dropTableIfExists('opening_hours');
    await knex.schema.dropTableIfExists('public_holidays');
    await knex.schema.alterTable('sharing_rules', (t) => t.dropColumn('closed_on_public_holidays'));
  },
};
