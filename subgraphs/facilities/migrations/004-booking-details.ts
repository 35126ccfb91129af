import { chunks, type Knex, type Migration } from '../../../kit/db.js';
import { toHhmm as hhmm, toMinutes as minutes, WEEK, type Weekday } from '../../../kit/local-time.js';
import { scheduleIdOf, type WeeklyHours as Hours } from '../domain/schedule.js';

/** `UPDATE table SET column = CASE key WHEN … END` for many rows, 200 per statement. */
async function updateMany(knex: Knex, table: string, key: string, values: [string, Record<string, string>][]): Promise<void> {
  for (const part of chunks(values, 200)) {
    const columns = Object.keys(part[0]![1]);
    await knex(table)
      .whereIn(
        key,
        part.map(([id]) => id),
      )
      .update(
        Object.fromEntries(
          columns.map((c) => [
            c,
            knex.raw(
              `CASE ${key} ${part.map(() => 'WHEN ? THEN ?').join(' ')} END`,
              part.flatMap(([id, v]) => [id, v[c]!]),
            ),
          ]),
        ),
      );
  }
}

/**
 * What search, free slots and utilisation need in SQL, and equipment booking:
 * - opening hours move from JSON text in `sharing_rules` to rows of weekly schedules
 *   (`opening_schedules`, `opening_hours`), one per distinct set of hours (a digest of them is the id;
 *   most buildings of a kind keep the same hours), so "open for this whole window" and "open hours in a
 *   month" are conditions and sums the database computes;
 * - closed dates move to rows (`closed_dates`: a room's own closures) and public holidays are kept once
 *   (`public_holidays`), a rule saying whether it closes on them (`closed_on_public_holidays`), rather
 *   than every room repeating every holiday; the dates already there become each rule's own closures;
 * - the JSON columns are dropped once copied: nothing is lost (the down migration rebuilds them);
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
    const schedules = new Map<string, Hours>();
    const ruleSchedule: [string, { schedule_id: string }][] = [];
    for (const r of rules) {
      const hours = JSON.parse(r.opening_hours) as Hours;
      const unknown = Object.keys(hours).filter((d) => !WEEK.includes(d as Weekday));
      if (unknown.length > 0) throw new Error(`004-booking-details: the rule of ${r.space_id} names no weekday: ${unknown.join(', ')}`);
      const id = scheduleIdOf(hours);
      schedules.set(id, hours);
      ruleSchedule.push([r.space_id, { schedule_id: id }]);
    }
    const closed = rules.flatMap((r) => [...new Set(JSON.parse(r.closed_dates) as string[])].map((day) => ({ space_id: r.space_id, day })));
    // Dropping columns rebuilds the table on SQLite (copy, drop, rename): it must happen before any
    // table refers to it, or the drop would cascade into the new rows.
    await knex.schema.alterTable('sharing_rules', (t) => {
      t.dropColumn('opening_hours');
      t.dropColumn('closed_dates');
      t.boolean('closed_on_public_holidays').notNullable().defaultTo(false);
      t.string('schedule_id', 40);
    });
    await knex.schema.createTable('opening_schedules', (t) => {
      t.string('id', 40).primary();
    });
    await knex.schema.createTable('opening_hours', (t) => {
      t.string('schedule_id', 40).notNullable().references('id').inTable('opening_schedules').onDelete('CASCADE');
      t.string('weekday', 3).notNullable();
      t.integer('from_min').notNullable(); // minutes after local midnight (UTC+8)
      t.integer('to_min').notNullable();
      t.primary(['schedule_id', 'weekday', 'from_min']);
    });
    await knex.schema.createTable('public_holidays', (t) => {
      t.string('day', 10).primary(); // YYYY-MM-DD, local
      t.string('name', 50).notNullable();
    });
    await knex.schema.createTable('closed_dates', (t) => {
      t.string('space_id', 64).notNullable().references('space_id').inTable('sharing_rules').onDelete('CASCADE');
      t.string('day', 10).notNullable(); // YYYY-MM-DD, local
      t.primary(['space_id', 'day']);
    });
    for (const part of chunks(
      [...schedules.keys()].map((id) => ({ id })),
      400,
    ))
      await knex('opening_schedules').insert(part);
    const hourRows = [...schedules].flatMap(([id, hours]) =>
      Object.entries(hours).flatMap(([weekday, spans]) =>
        spans!.map(([from, to]) => ({ schedule_id: id, weekday, from_min: minutes(from), to_min: minutes(to) })),
      ),
    );
    for (const part of chunks(hourRows, 400)) await knex('opening_hours').insert(part);
    await updateMany(knex, 'sharing_rules', 'space_id', ruleSchedule);
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
    // Undoing 004 removes what only 004 can hold, as 003's down removes every booking: the equipment
    // lines, and the bookings of equipment alone (the older schema needs a space). Back up first.
    await knex.schema.dropTableIfExists('booking_equipment');
    await knex('bookings').whereNull('space_id').delete();
    // bookings.space_id stays optional: 003's down drops the table anyway.
    const rules = (await knex('sharing_rules').select('space_id', 'schedule_id', 'closed_on_public_holidays')) as {
      space_id: string;
      schedule_id: string | null;
      closed_on_public_holidays: boolean | number;
    }[];
    const hours = (await knex('opening_hours')
      .select('schedule_id', 'weekday', 'from_min', 'to_min')
      .orderBy(['schedule_id', 'from_min'])) as {
      schedule_id: string;
      weekday: string;
      from_min: number;
      to_min: number;
    }[];
    const closed = (await knex('closed_dates').select('space_id', 'day').orderBy(['space_id', 'day'])) as {
      space_id: string;
      day: string;
    }[];
    const holidays = ((await knex('public_holidays').select('day').orderBy('day')) as { day: string }[]).map((h) => h.day);
    const schedule = new Map<string, Hours>();
    for (const h of hours) {
      const s = schedule.get(h.schedule_id) ?? schedule.set(h.schedule_id, {}).get(h.schedule_id)!;
      s[h.weekday] = s[h.weekday] ?? [];
      s[h.weekday]!.push([hhmm(Number(h.from_min)), hhmm(Number(h.to_min))]);
    }
    const own = new Map<string, string[]>();
    for (const c of closed) own.set(c.space_id, [...(own.get(c.space_id) ?? []), c.day]);

    await knex.schema.dropTableIfExists('closed_dates');
    await knex.schema.dropTableIfExists('opening_hours');
    await knex.schema.dropTableIfExists('opening_schedules');
    await knex.schema.dropTableIfExists('public_holidays');
    await knex.schema.alterTable('sharing_rules', (t) => {
      t.dropColumn('closed_on_public_holidays');
      t.dropColumn('schedule_id');
      t.text('opening_hours').notNullable().defaultTo('{}');
      t.text('closed_dates').notNullable().defaultTo('[]');
    });
    await updateMany(
      knex,
      'sharing_rules',
      'space_id',
      rules.map((r) => {
        const h = (r.schedule_id && schedule.get(r.schedule_id)) || {};
        const days = [...(own.get(r.space_id) ?? []), ...(r.closed_on_public_holidays ? holidays : [])];
        return [
          r.space_id,
          {
            opening_hours: JSON.stringify(Object.fromEntries(WEEK.filter((d) => h[d]).map((d) => [d, h[d]]))),
            closed_dates: JSON.stringify([...new Set(days)].sort()),
          },
        ];
      }),
    );
  },
};
