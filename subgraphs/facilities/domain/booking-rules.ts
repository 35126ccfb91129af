import type { Identity } from '../../../kit/identity.js';
import { addDays, daysOfMonth, localInstant, localParts as local, toMinutes } from '../../../kit/local-time.js';
import type { SharingRule } from '../entities/sharing-rule.js';

/**
 * The booking state machine and the sharing rules, in one place, without I/O: the resolvers ask here
 * whether a move or a request is allowed, and get the reason when it is not.
 */

export type BookingStatus = 'REQUESTED' | 'APPROVED' | 'REJECTED' | 'CANCELLED';
export type BookingAction = 'approve' | 'reject' | 'cancel';

/** The only moves there are; a finished booking (rejected, cancelled) moves no more. */
const MOVES: Record<BookingAction, Partial<Record<BookingStatus, BookingStatus>>> = {
  approve: { REQUESTED: 'APPROVED' },
  reject: { REQUESTED: 'REJECTED' },
  cancel: { REQUESTED: 'CANCELLED', APPROVED: 'CANCELLED' },
};

export function nextStatus(from: BookingStatus, action: BookingAction): BookingStatus | null {
  return MOVES[action][from] ?? null;
}

/** Some letter, digit or symbol: not only blanks, zero-width or other invisible format characters, controls. */
export function hasVisibleText(text: string): boolean {
  return /[^\p{White_Space}\p{Cf}\p{Cc}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]/u.test(text);
}

/** Statuses that hold the space (and so conflict with an overlapping request). */
export const LIVE_STATUSES: readonly BookingStatus[] = ['REQUESTED', 'APPROVED'];

export interface RequestCheck {
  rule: SharingRule | null;
  siteRegion: string;
  requester: Identity;
  startsAt: Date;
  endsAt: Date;
  now: Date;
}

/** Why a request breaks the space's rules, or null when it keeps them. */
export function ruleViolation({ rule, siteRegion, requester, startsAt, endsAt, now }: RequestCheck): string | null {
  if (!rule?.shared) return 'this space is not shared';
  if (!(endsAt > startsAt)) return 'endsAt must be after startsAt';
  const hours = (endsAt.getTime() - startsAt.getTime()) / 3600_000;
  if (hours > rule.maxDurationHours) return `at most ${rule.maxDurationHours} hours at a time`;
  if (hours * 60 < rule.minDurationMinutes) return `at least ${rule.minDurationMinutes} minutes at a time`;
  const step = stepViolation(rule.stepMinutes, startsAt, endsAt);
  if (step) return step;
  if ((startsAt.getTime() - now.getTime()) / 3600_000 < rule.minNoticeHours) return `requests need ${rule.minNoticeHours} hours' notice`;
  if (startsAt.getTime() - now.getTime() > rule.maxDaysAhead * 86_400_000) return `at most ${rule.maxDaysAhead} days ahead`;
  const when = calendarViolation(rule, startsAt, endsAt);
  if (when) return when;
  if (rule.whoMayBook === 'SAME_REGION' && requester.role !== 'admin') {
    const r = requester.region ?? '';
    if (!(siteRegion.startsWith(r) || r.startsWith(siteRegion.slice(0, 6))))
      return 'only departments of the same region may book this space';
  }
  if (rule.whoMayBook === 'NAMED_DEPARTMENTS' && requester.role !== 'admin') {
    const allowed = [...rule.allowedDepartments, rule.managingDepartment] as string[];
    if (!requester.dept || !allowed.includes(requester.dept)) return 'only the named departments may book this space';
  }
  return null;
}

/** Why a booking's ends are off the rule's step of the local clock (whole minutes, a multiple of it from midnight), or null. */
export function stepViolation(stepMinutes: number, startsAt: Date, endsAt: Date): string | null {
  for (const t of [startsAt, endsAt]) {
    if (t.getTime() % 60_000 !== 0 || local(t).minutes % stepMinutes !== 0) {
      return `bookings start and end on a ${stepMinutes}-minute step of the clock (${stepTimes(stepMinutes)} …)`;
    }
  }
  return null;
}

function stepTimes(step: number): string {
  return Array.from({ length: Math.min(4, Math.ceil(60 / step)) }, (_, i) => `:${String((i * step) % 60).padStart(2, '0')}`).join(', ');
}

/**
 * The local calendar month [start, end) a booking starting at `startsAt` counts against (China Standard
 * Time, UTC+8), as instants, and its name (2027-03).
 */
export function quotaMonth(startsAt: Date): { month: string; start: Date; end: Date } {
  const month = local(startsAt).day.slice(0, 7);
  const first = `${month}-01`;
  return { month, start: localInstant(first), end: localInstant(addDays(first, daysOfMonth(month).length)) };
}

/**
 * Why a request would take the requesting department past the rule's monthly hours of the space, given
 * the hours it already holds there that month (requested or approved), or null. The managing
 * department books its own room without a limit; an admin's request (no department) too.
 */
export function quotaViolation(
  rule: SharingRule,
  dept: string | null,
  heldHours: number,
  askedHours: number,
  month: string,
): string | null {
  if (!dept || dept === rule.managingDepartment) return null;
  if (heldHours + askedHours <= rule.monthlyQuotaHours + 1e-9) return null;
  return `at most ${rule.monthlyQuotaHours} hours of this space a month for one department: ${dept} already holds ${round(heldHours)} in ${month}, and this asks ${round(askedHours)} more`;
}

const round = (h: number) => Math.round(h * 100) / 100;

/**
 * Why the space is not open for the whole of [startsAt, endsAt) under its rule (one local day, not a
 * closed date, within one opening span), or null. Checked again when a request is approved: the rule
 * may have changed since it was made.
 */
export function calendarViolation(rule: SharingRule, startsAt: Date, endsAt: Date): string | null {
  const s = local(startsAt);
  const e = local(endsAt);
  if (s.day !== e.day) return 'a booking must start and end on the same day';
  if (rule.closedDates.includes(s.day)) return `closed on ${s.day}`;
  const open = rule.openingHours.filter((h) => h.weekday === s.weekday);
  if (!open.some((h) => toMinutes(h.from) <= s.minutes && e.minutes <= toMinutes(h.to))) return `outside opening hours on ${s.weekday}`;
  return null;
}

/** Who may decide a request: the managing department's staff for the site's region, or an admin. */
export function mayDecide(who: Identity, rule: SharingRule | null, siteRegion: string): boolean {
  if (who.role === 'admin') return true;
  return who.role === 'staff' && !!rule && who.dept === rule.managingDepartment && who.region !== null && siteRegion.startsWith(who.region);
}
