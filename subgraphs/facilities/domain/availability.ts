import { localInstant, weekdayOf, addDays, toMinutes } from '../../../kit/local-time.js';
import type { SharingRule } from '../entities/sharing-rule.js';

/**
 * Availability without I/O: the free time of a space (its opening hours, less its closed dates and the
 * bookings that hold it) and the units of a piece of equipment in use over a window.
 */

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

export interface Reservation extends Interval {
  quantity: number;
}

/** The most units in use at any one moment of [from, to), given the reservations overlapping it. */
export function peakUse(reservations: readonly Reservation[], from: Date, to: Date): number {
  const events: [number, number][] = [];
  for (const r of reservations) {
    const start = Math.max(r.startsAt.getTime(), from.getTime());
    const end = Math.min(r.endsAt.getTime(), to.getTime());
    if (start < end) events.push([start, r.quantity], [end, -r.quantity]);
  }
  // At the same instant a reservation ends before the next one starts: back-to-back is not overlap.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let inUse = 0;
  let peak = 0;
  for (const [, delta] of events) {
    inUse += delta;
    peak = Math.max(peak, inUse);
  }
  return peak;
}

/**
 * The free intervals of `days` local days from `firstDay`: each day's opening hours, unless it is a
 * closed date, less the busy intervals; in time order.
 */
export function freeSlots(rule: SharingRule, firstDay: string, days: number, busy: readonly Interval[]): Interval[] {
  const taken = [...busy].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const out: Interval[] = [];
  for (let i = 0; i < days; i++) {
    const day = addDays(firstDay, i);
    if (rule.closedDates.includes(day)) continue;
    const spans = rule.openingHours.filter((h) => h.weekday === weekdayOf(day));
    for (const span of spans) {
      let cursor = localInstant(day, toMinutes(span.from)).getTime();
      const close = localInstant(day, toMinutes(span.to)).getTime();
      for (const b of taken) {
        if (b.endsAt.getTime() <= cursor || b.startsAt.getTime() >= close) continue;
        if (b.startsAt.getTime() > cursor) out.push({ startsAt: new Date(cursor), endsAt: b.startsAt });
        cursor = Math.max(cursor, b.endsAt.getTime());
      }
      if (cursor < close) out.push({ startsAt: new Date(cursor), endsAt: new Date(close) });
    }
  }
  return out;
}
