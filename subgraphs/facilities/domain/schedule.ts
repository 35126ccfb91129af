import { createHash } from 'node:crypto';
import { WEEK } from '../../../kit/local-time.js';

/** A week of opening hours: weekday (MON…SUN) → [from, to] spans as HH:MM, local time. */
export type WeeklyHours = Partial<Record<string, [string, string][]>>;

/**
 * The id of a weekly schedule: a digest of its hours, so rooms with the same hours share one schedule
 * (the seed, migration 004 and any later writer give equal hours the same id).
 */
export function scheduleIdOf(hours: WeeklyHours): string {
  const canonical = WEEK.filter((d) => hours[d]?.length).map((d) => [d, [...hours[d]!].sort((a, b) => a[0].localeCompare(b[0]))]);
  return `hours-${createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 16)}`;
}
