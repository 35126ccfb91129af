import { aggregateByPrefix } from '../../../kit/aggregates.js';
import type { Database } from '../../../kit/db.js';
import { addDays, daysOfMonth, localInstant, WEEK, type Weekday } from '../../../kit/local-time.js';

/**
 * Utilisation of shared spaces in a month, for each region subtree and managing department: the hours
 * they were open (each day's opening hours, less closed dates) and the hours approved bookings held
 * them. Four aggregate statements for any number of regions.
 */

export interface UtilisationRow {
  department: string;
  sharedSpaces: number;
  openMinutes: number;
  bookedMinutes: number;
  bookedByOthersMinutes: number;
}

export async function utilisationByPrefix(
  db: Database,
  prefixes: readonly string[],
  month: string,
): Promise<Map<string, UtilisationRow[]>> {
  // An aggregate over a region's subtree: on the scans' own connections (kit/db.ts).
  const knex = db.scans;
  const days = daysOfMonth(month);
  const dayList = (w: Weekday) => days.filter((d) => d.weekday === w).map((d) => d.day);
  const count = (w: Weekday) => dayList(w).length;
  const shared = () =>
    knex('spaces')
      .join('sites', 'sites.id', 'spaces.site_id')
      .join('sharing_rules', 'sharing_rules.space_id', 'spaces.id')
      .where('spaces.shareable', true)
      .where('sharing_rules.shared', true);
  const byDept = { department: 'sharing_rules.managing_dept' };
  const common = { knex, matchColumn: 'sites.region_code', prefixes, groupBy: byDept };

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
  const [spaces, open, closed, booked] = await Promise.all([
    aggregateByPrefix<{ department: string; n: number }>({ ...common, base: shared(), aggregates: { n: 'COUNT(*)' } }),
    // Each opening span counts once for every day of its weekday in the month, but for the public
    // holidays on that weekday when the rule closes on them (uncorrelated subqueries: run once).
    aggregateByPrefix<{ department: string; m: number }>({
      ...common,
      base: shared().join('opening_hours', 'opening_hours.schedule_id', 'sharing_rules.schedule_id'),
      aggregates: {
        m: [
          `SUM((opening_hours.to_min - opening_hours.from_min) * (CASE opening_hours.weekday ${WEEK.map(() => 'WHEN ? THEN ?').join(' ')} ELSE 0 END
          - CASE WHEN sharing_rules.closed_on_public_holidays = ? THEN CASE opening_hours.weekday
            ${WEEK.map(
              (w) =>
                `WHEN ? THEN (SELECT COUNT(*) FROM public_holidays WHERE day IN (${dayList(w)
                  .map(() => '?')
                  .join(', ')}))`,
            ).join(' ')}
            ELSE 0 END ELSE 0 END))`,
          [...WEEK.flatMap((w) => [w, count(w)]), true, ...WEEK.flatMap((w) => [w, ...dayList(w)])],
        ],
      },
    }),
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

  const out = new Map<string, UtilisationRow[]>();
  for (const prefix of prefixes) {
    const rows = new Map<string, UtilisationRow>();
    const row = (department: string) =>
      rows.get(department) ??
      rows.set(department, { department, sharedSpaces: 0, openMinutes: 0, bookedMinutes: 0, bookedByOthersMinutes: 0 }).get(department)!;
    for (const r of spaces.get(prefix) ?? []) row(r.department).sharedSpaces = r.n;
    for (const r of open.get(prefix) ?? []) row(r.department).openMinutes += r.m;
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
