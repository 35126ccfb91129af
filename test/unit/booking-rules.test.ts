import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import {
  hasVisibleText,
  mayDecide,
  nextStatus,
  quotaMonth,
  quotaViolation,
  ruleViolation,
  type BookingStatus,
} from '../../subgraphs/facilities/domain/booking-rules.js';
import { Department } from '../../subgraphs/facilities/entities/department.js';
import { WhoMayBook } from '../../subgraphs/facilities/entities/who-may-book.js';
import { Weekday } from '../../subgraphs/facilities/entities/weekday.js';
import type { SharingRule } from '../../subgraphs/facilities/entities/sharing-rule.js';
import { BOOKING_LIMIT_DEFAULTS } from '../../subgraphs/facilities/migrations/006-booking-limits.js';
import type { Identity } from '../../kit/identity.js';

const rule: SharingRule = {
  spaceId: 's',
  managingDepartment: Department.PARTY,
  shared: true,
  openingHours: (['MON', 'TUE', 'WED', 'THU', 'FRI'] as const).map((d) => ({ weekday: Weekday[d], from: '08:30', to: '17:30' })),
  closedDates: ['2030-10-01'],
  closedOnPublicHolidays: false,
  minNoticeHours: 24,
  maxDurationHours: 4,
  whoMayBook: WhoMayBook.ANY_DEPARTMENT,
  allowedDepartments: [],
  needsApproval: true,
  ...BOOKING_LIMIT_DEFAULTS,
};
const staff = (dept: Identity['dept'], region: string): Identity => ({ sub: 'u', name: null, role: 'staff', dept, region });
const now = new Date('2030-09-01T00:00:00Z');
// 2030-09-03 is a Tuesday; times are China Standard Time (+08:00).
const at = (s: string) => new Date(s);
const check = (startsAt: string, endsAt: string, over: Partial<SharingRule> = {}, requester = staff('culture', '330106')) =>
  ruleViolation({ rule: { ...rule, ...over }, siteRegion: '330106002', requester, startsAt: at(startsAt), endsAt: at(endsAt), now });

describe('the booking state machine', () => {
  it('allows exactly these moves', () => {
    const table: [BookingStatus, 'approve' | 'reject' | 'cancel', BookingStatus | null][] = [
      ['REQUESTED', 'approve', 'APPROVED'],
      ['REQUESTED', 'reject', 'REJECTED'],
      ['REQUESTED', 'cancel', 'CANCELLED'],
      ['APPROVED', 'approve', null],
      ['APPROVED', 'reject', null],
      ['APPROVED', 'cancel', 'CANCELLED'],
      ['REJECTED', 'approve', null],
      ['REJECTED', 'reject', null],
      ['REJECTED', 'cancel', null],
      ['CANCELLED', 'approve', null],
      ['CANCELLED', 'reject', null],
      ['CANCELLED', 'cancel', null],
    ];
    for (const [from, action, to] of table) expect(nextStatus(from, action), `${from} ${action}`).toBe(to);
  });
});

describe('the sharing rules', () => {
  it('accepts a request that keeps them', () => {
    expect(check('2030-09-03T09:00:00+08:00', '2030-09-03T11:00:00+08:00')).toBeNull();
  });

  it.each([
    [{ shared: false }, '2030-09-03T09:00:00+08:00', '2030-09-03T11:00:00+08:00', /not shared/],
    [{}, '2030-09-03T11:00:00+08:00', '2030-09-03T09:00:00+08:00', /after startsAt/],
    [{}, '2030-09-03T09:00:00+08:00', '2030-09-03T14:00:00+08:00', /at most 4 hours/],
    [{}, '2030-09-01T10:00:00+08:00', '2030-09-01T11:00:00+08:00', /24 hours' notice/],
    [{}, '2030-09-03T07:00:00+08:00', '2030-09-03T09:00:00+08:00', /outside opening hours on TUE/],
    [{}, '2030-09-07T09:00:00+08:00', '2030-09-07T10:00:00+08:00', /outside opening hours on SAT/],
    [{}, '2030-10-01T09:00:00+08:00', '2030-10-01T10:00:00+08:00', /closed on 2030-10-01/],
    [
      { whoMayBook: WhoMayBook.NAMED_DEPARTMENTS, allowedDepartments: [Department.SOCIAL_WORK] },
      '2030-09-03T09:00:00+08:00',
      '2030-09-03T10:00:00+08:00',
      /named departments/,
    ],
  ] as const)('refuses %o %s–%s', (over, s, e, why) => {
    expect(check(s, e, over as Partial<SharingRule>)).toMatch(why);
  });

  it('same region: a county officer may book in their county, not in another', () => {
    expect(check('2030-09-03T09:00:00+08:00', '2030-09-03T10:00:00+08:00', { whoMayBook: WhoMayBook.SAME_REGION })).toBeNull();
    expect(
      check('2030-09-03T09:00:00+08:00', '2030-09-03T10:00:00+08:00', { whoMayBook: WhoMayBook.SAME_REGION }, staff('culture', '330108')),
    ).toMatch(/same region/);
  });

  it('same region is the site’s county subtree: a city officer above it and a township officer beside it may book', () => {
    const sameRegion = { whoMayBook: WhoMayBook.SAME_REGION };
    const slot = ['2030-09-03T09:00:00+08:00', '2030-09-03T10:00:00+08:00'] as const;
    expect(check(...slot, sameRegion, staff('culture', '3301'))).toBeNull();
    expect(check(...slot, sameRegion, staff('culture', '330106003'))).toBeNull();
    expect(check(...slot, sameRegion, staff('culture', '3302'))).toMatch(/same region/);
    const admin: Identity = { sub: 'a', name: null, role: 'admin', dept: null, region: null };
    expect(check(...slot, sameRegion, { ...admin, region: '3302' })).toBeNull();
    // Any department: the region does not matter.
    expect(check(...slot, {}, staff('culture', '3302'))).toBeNull();
  });

  it('named departments: the named ones, the managing one and an admin may book; a staff member of no department may not', () => {
    const named = { whoMayBook: WhoMayBook.NAMED_DEPARTMENTS, allowedDepartments: [Department.SOCIAL_WORK] };
    const slot = ['2030-09-03T09:00:00+08:00', '2030-09-03T10:00:00+08:00'] as const;
    expect(check(...slot, named, staff('social-work', '330106'))).toBeNull();
    expect(check(...slot, named, staff('party', '330106'))).toBeNull();
    expect(check(...slot, named, { sub: 'a', name: null, role: 'admin', dept: null, region: null })).toBeNull();
    expect(check(...slot, named, staff(null, '330106'))).toMatch(/named departments/);
  });

  it('keeps the limits inclusive: exactly the longest stay, exactly the notice, the opening span edge to edge', () => {
    expect(check('2030-09-03T09:00:00+08:00', '2030-09-03T13:00:00+08:00')).toBeNull(); // 4 hours
    expect(check('2030-09-03T08:30:00+08:00', '2030-09-03T10:30:00+08:00')).toBeNull(); // from opening
    expect(check('2030-09-03T15:30:00+08:00', '2030-09-03T17:30:00+08:00')).toBeNull(); // to closing
    expect(check('2030-09-03T15:30:00+08:00', '2030-09-03T17:31:00+08:00', { stepMinutes: 1 })).toMatch(/outside opening hours/);
    const startsAt = at('2030-09-03T09:00:00+08:00');
    const dayBefore = new Date(startsAt.getTime() - 24 * 3600_000);
    const request = {
      rule,
      siteRegion: '330106002',
      requester: staff('culture', '330106'),
      startsAt,
      endsAt: at('2030-09-03T10:00:00+08:00'),
    };
    expect(ruleViolation({ ...request, now: dayBefore })).toBeNull();
    expect(ruleViolation({ ...request, now: new Date(dayBefore.getTime() + 1000) })).toMatch(/24 hours' notice/);
  });

  it('refuses an empty stay and one that runs past midnight', () => {
    expect(check('2030-09-03T09:00:00+08:00', '2030-09-03T09:00:00+08:00')).toMatch(/after startsAt/);
    const allDay = (['TUE', 'WED'] as const).map((d) => ({ weekday: Weekday[d], from: '00:00', to: '24:00' }));
    expect(check('2030-09-03T23:00:00+08:00', '2030-09-04T01:00:00+08:00', { openingHours: allDay })).toMatch(/same day/);
  });

  it('only the managing department for the site’s region (or an admin) decides', () => {
    expect(mayDecide(staff('party', '330106'), null, '330106002')).toBe(false);
    expect(mayDecide({ sub: 'a', name: null, role: 'analyst', dept: 'party', region: '330106' }, rule, '330106002')).toBe(false);
    expect(mayDecide(staff('party', '330106'), rule, '330106002')).toBe(true);
    expect(mayDecide(staff('party', '330108'), rule, '330106002')).toBe(false);
    expect(mayDecide(staff('culture', '330106'), rule, '330106002')).toBe(false);
    expect(mayDecide({ sub: 'a', name: null, role: 'admin', dept: null, region: null }, rule, '330106002')).toBe(true);
    expect(mayDecide({ sub: 'a', name: null, role: 'analyst', dept: null, region: null }, rule, '330106002')).toBe(false);
  });
});

describe('a booking’s length, step and horizon', () => {
  it('at least minDurationMinutes: 29 minutes refused, 30 pass', () => {
    expect(check('2030-09-03T09:00:00+08:00', '2030-09-03T09:29:00+08:00', { stepMinutes: 1 })).toBe('at least 30 minutes at a time');
    expect(check('2030-09-03T09:00:00+08:00', '2030-09-03T09:30:00+08:00')).toBeNull();
    expect(check('2030-09-03T09:00:00+08:00', '2030-09-03T09:00:00.001+08:00')).toBe('at least 30 minutes at a time');
  });

  it('both ends on the step of the local clock, in whole minutes', () => {
    const off = 'bookings start and end on a 15-minute step of the clock (:00, :15, :30, :45 …)';
    expect(check('2030-09-03T09:05:00+08:00', '2030-09-03T10:00:00+08:00')).toBe(off);
    expect(check('2030-09-03T09:00:00+08:00', '2030-09-03T10:10:00+08:00')).toBe(off);
    expect(check('2030-09-03T09:00:30+08:00', '2030-09-03T10:00:00+08:00')).toBe(off);
    expect(check('2030-09-03T09:15:00+08:00', '2030-09-03T10:45:00+08:00')).toBeNull();
    expect(check('2030-09-03T09:15:00+08:00', '2030-09-03T10:00:00+08:00', { stepMinutes: 30 })).toBe(
      'bookings start and end on a 30-minute step of the clock (:00, :30 …)',
    );
  });

  it('no further ahead than maxDaysAhead', () => {
    // now is 2030-09-01T00:00Z; 2030-09-03 09:00 +08:00 is 2 days and 1 hour later.
    expect(check('2030-09-03T09:00:00+08:00', '2030-09-03T10:00:00+08:00', { maxDaysAhead: 2 })).toBe('at most 2 days ahead');
    expect(check('2030-09-03T09:00:00+08:00', '2030-09-03T10:00:00+08:00', { maxDaysAhead: 3 })).toBeNull();
    expect(check('2099-09-01T09:00:00+08:00', '2099-09-01T10:00:00+08:00')).toBe('at most 180 days ahead');
  });
});

describe('the monthly quota of a requesting department', () => {
  it('counts the local calendar month', () => {
    expect(quotaMonth(new Date('2027-03-01T00:00:00+08:00'))).toEqual({
      month: '2027-03',
      start: new Date('2027-02-28T16:00:00Z'),
      end: new Date('2027-03-31T16:00:00Z'),
    });
    expect(quotaMonth(new Date('2027-02-28T23:59:00+08:00')).month).toBe('2027-02');
    expect(quotaMonth(new Date('2027-12-31T20:00:00+08:00')).end).toEqual(new Date('2027-12-31T16:00:00Z'));
  });

  it('refuses past the quota, naming what is held; the managing department and admins are not counted', () => {
    const r = { ...rule, monthlyQuotaHours: 40 };
    expect(quotaViolation(r, 'culture', 38, 2, '2027-03')).toBeNull();
    expect(quotaViolation(r, 'culture', 38, 2.5, '2027-03')).toBe(
      'at most 40 hours of this space a month for one department: culture already holds 38 in 2027-03, and this asks 2.5 more',
    );
    expect(quotaViolation(r, 'party', 400, 8, '2027-03')).toBeNull();
    expect(quotaViolation(r, null, 400, 8, '2027-03')).toBeNull();
  });
});

describe('visible text', () => {
  it('letters, digits and symbols are; blanks, zero-width and format characters alone are not', () => {
    expect(['会议', ' a ', '1', '—', '🙂'].map(hasVisibleText)).toEqual([true, true, true, true, true]);
    expect(['', '   ', '\u200b\u200b\u200b', '\u3000', '\u2060\ufeff', '\n\t', '\u3164', '\u00a0\u202f'].map(hasVisibleText)).toEqual(
      Array(8).fill(false),
    );
  });
});
