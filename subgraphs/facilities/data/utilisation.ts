import { aggregateByPrefix } from '../../../kit/aggregates.js';
import type { Database } from '../../../kit/db.js';
import { addDays, daysOfMonth, localInstant, type Weekday } from '../../../kit/local-time.js';

/**
 * Utilisation of shared spaces in a month, for each region subtree and managing department: the hours
 * they were open (each day's opening hours, less closed dates) and the hours approved bookings held
 * them. For any number of regions: three aggregate statements (shared spaces by opening schedule,
 * closures, bookings), each reading the rows once (kit/aggregates.ts), and two small reads (the
 * month's public holidays, then the opening spans of the schedules found).
 */

export interface UtilisationRow {
  department: string;
  sharedSpaces: number;
  openMinutes: number;
  bookedMinutes: number;
  bookedByOthersMinutes: number;
}

/** A boolean column as SQLite (0/1) or PostgreSQL (true/false) returns it. */
const closesOnHolidays = (v: unknown) => v === true || v === 1 || v === '1';

/** The length of a county's division code. */
export const COUNTY_CODE_LENGTH = 6;

/**
 * Each prefix's utilisation rows, by department; and, for every county under a prefix no longer than
 * a county's code, that county's (the loader keeps them for the request).
 */
export async function utilisationByPrefix(
  db: Database,
  prefixes: readonly string[],
  month: string,
): Promise<Map<string, UtilisationRow[]>> {
  // An aggregate over a region's subtree: on the scans' own connections (kit/db.ts).
  const knex = db.scans;
  const days = daysOfMonth(month);
  const shared = () =>
    knex('spaces')
      .join('sites', 'sites.id', 'spaces.site_id')
      .join('sharing_rules', 'sharing_rules.space_id', 'spaces.id')
      .where('spaces.shareable', true)
      .where('sharing_rules.shared', true);
  const byDept = { department: 'sharing_rules.managing_dept' };
  // Counties' figures come with any coarser prefix's (grouped by county, the statements read the rows
  // once either way): the result has them too, for the loader to keep (q6 asks the province, then its
  // 90 counties).
  const common = { knex, matchColumn: 'sites.region_code', prefixes, groupBy: byDept, alsoAt: COUNTY_CODE_LENGTH };

  // Minutes a booking lasts, as each database computes it from its timestamps.
  const minutes =
    db.dialect === 'postgres'
      ? 'EXTRACT(EPOCH FROM (bookings.ends_at - bookings.starts_at)) / 60'
      : 'ROUND((julianday(bookings.ends_at) - julianday(bookings.starts_at)) * 1440)';
  // The weekday of a date column, for the days of this month (a CASE the database evaluates per row).
  const weekdayOfColumn = (column: string) =>
    knex.raw(
      `CASE ${column} ${days.map(() => 'WHEN ? THEN ?').join(' ')} END`,
      days.flatMap((d) => [d.day, d.weekday]),
    );
  const [spaces, holidays, closed, booked] = await Promise.all([
    // The shared spaces by department, opening schedule and whether they close on public holidays:
    // their open hours in the month follow from the schedule (a handful of them, read below), so the
    // subtree's spaces are counted, not joined to their opening spans and summed row by row.
    aggregateByPrefix<{ department: string; schedule: string; holidays: unknown; n: number }>({
      ...common,
      groupBy: { ...byDept, schedule: 'sharing_rules.schedule_id', holidays: 'sharing_rules.closed_on_public_holidays' },
      base: shared(),
      aggregates: { n: 'COUNT(*)' },
    }),
    knex('public_holidays')
      .whereBetween('day', [days[0]!.day, days[days.length - 1]!.day])
      .pluck('day') as Promise<string[]>,
    // …less the spans of its own closures (unless also a holiday it closes on).
    aggregateByPrefix<{ department: string; m: number }>({
      ...common,
      base: shared()
        .join('closed_dates', 'closed_dates.space_id', 'spaces.id')
        .join('opening_hours', (j) =>
          j
            .on('opening_hours.schedule_id', 'sharing_rules.schedule_id')
            .andOn('opening_hours.weekday', weekdayOfColumn('closed_dates.day')),
        )
        .where('closed_dates.day', '>=', days[0]!.day)
        .where('closed_dates.day', '<=', days[days.length - 1]!.day)
        .where((w) =>
          w
            .where('sharing_rules.closed_on_public_holidays', false)
            .orWhereNotExists((sub) =>
              sub.select(knex.raw('1')).from('public_holidays').whereRaw('public_holidays.day = closed_dates.day'),
            ),
        ),
      aggregates: { m: 'SUM(opening_hours.to_min - opening_hours.from_min)' },
    }),
    // Approved bookings that start in the month (a booking lies within one local day).
    aggregateByPrefix<{ department: string; m: number; others: number }>({
      ...common,
      base: shared()
        .join('bookings', 'bookings.space_id', 'spaces.id')
        .where('bookings.status', 'APPROVED')
        .where('bookings.starts_at', '>=', localInstant(days[0]!.day).toISOString())
        .where('bookings.starts_at', '<', localInstant(addDays(days[days.length - 1]!.day, 1)).toISOString()),
      aggregates: {
        m: `SUM(${minutes})`,
        others: `SUM(CASE WHEN bookings.requester_dept IS NULL OR bookings.requester_dept <> sharing_rules.managing_dept THEN ${minutes} ELSE 0 END)`,
      },
    }),
  ]);

  // The opening spans of the schedules found (by their id: one per distinct set of hours, a handful).
  const schedules = [...new Set([...spaces.values()].flatMap((rows) => rows.map((r) => r.schedule)))];
  // (Past a thousand, all of them: a statement's bound parameters are limited.)
  const spans = knex('opening_hours');
  if (schedules.length <= 1_000) spans.whereIn('schedule_id', schedules);
  const hours = (await spans.select('schedule_id', 'weekday', 'from_min', 'to_min')) as {
    schedule_id: string;
    weekday: Weekday;
    from_min: number;
    to_min: number;
  }[];
  // Minutes a schedule is open in the month: each day its weekday's spans, but for the public holidays
  // when the rule closes on them.
  const holidaySet = new Set(holidays);
  const spansOf = new Map<string, number>();
  for (const h of hours)
    spansOf.set(`${h.schedule_id} ${h.weekday}`, (spansOf.get(`${h.schedule_id} ${h.weekday}`) ?? 0) + h.to_min - h.from_min);
  const openMinutesOf = (schedule: string, closesOnHolidays: boolean) =>
    days.reduce((sum, d) => sum + (closesOnHolidays && holidaySet.has(d.day) ? 0 : (spansOf.get(`${schedule} ${d.weekday}`) ?? 0)), 0);

  const out = new Map<string, UtilisationRow[]>();
  for (const prefix of new Set([...prefixes, ...spaces.keys()])) {
    const rows = new Map<string, UtilisationRow>();
    const row = (department: string) =>
      rows.get(department) ??
      rows.set(department, { department, sharedSpaces: 0, openMinutes: 0, bookedMinutes: 0, bookedByOthersMinutes: 0 }).get(department)!;
    for (const r of spaces.get(prefix) ?? []) {
      row(r.department).sharedSpaces += r.n;
      row(r.department).openMinutes += r.n * openMinutesOf(r.schedule, closesOnHolidays(r.holidays));
    }
    for (const r of closed.get(prefix) ?? []) row(r.department).openMinutes -= r.m;
    for (const r of booked.get(prefix) ?? []) {
      row(r.department).bookedMinutes = Math.round(r.m);
      row(r.department).bookedByOthersMinutes = Math.round(r.others);
    }
    out.set(
      prefix,
      [...rows.values()].sort((a, b) => a.department.localeCompare(b.department)),
    );
  }
  return out;
}
