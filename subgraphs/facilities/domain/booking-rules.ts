import type { Identity } from '../../../kit/identity.js';
import { localParts as local, toMinutes } from '../../../kit/local-time.js';
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
  if ((startsAt.getTime() - now.getTime()) / 3600_000 < rule.minNoticeHours) return `requests need ${rule.minNoticeHours} hours' notice`;
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
