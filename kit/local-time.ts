/**
 * Local time of the venues: China Standard Time, UTC+8 all year (no daylight saving). Opening hours
 * and closed dates are local; instants are stored and served at UTC.
 */
export const LOCAL_OFFSET_MS = 8 * 3600_000;

export type Weekday = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN';
/** The week, Monday first (as opening hours are listed). */
export const WEEK: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
/** By `Date#getUTCDay()`: Sunday first. */
const BY_DAY_NUMBER: Weekday[] = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** "08:30" → 510 minutes after midnight. */
export const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** 510 → "08:30". */
export const toHhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The instant of a local day (YYYY-MM-DD) and minute after local midnight. */
export const localInstant = (day: string, minute = 0): Date => new Date(Date.parse(`${day}T00:00:00+08:00`) + minute * 60_000);

/** The weekday of a calendar day (YYYY-MM-DD). */
export const weekdayOf = (day: string): Weekday => BY_DAY_NUMBER[new Date(`${day}T00:00:00Z`).getUTCDay()]!;

/** An instant's local day, weekday and minute after local midnight. */
export function localParts(date: Date): { day: string; weekday: Weekday; minutes: number } {
  const d = new Date(date.getTime() + LOCAL_OFFSET_MS);
  return { day: d.toISOString().slice(0, 10), weekday: BY_DAY_NUMBER[d.getUTCDay()]!, minutes: d.getUTCHours() * 60 + d.getUTCMinutes() };
}

/** `day` (YYYY-MM-DD) plus `n` days. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The days of a month (YYYY-MM), with their weekdays. */
export function daysOfMonth(month: string): { day: string; weekday: Weekday }[] {
  const out: { day: string; weekday: Weekday }[] = [];
  for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) out.push({ day: d, weekday: weekdayOf(d) });
  return out;
}
