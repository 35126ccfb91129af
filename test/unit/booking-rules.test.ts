import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { mayDecide, nextStatus, ruleViolation, type BookingStatus } from '../../subgraphs/facilities/domain/booking-rules.js';
import { Department } from '../../subgraphs/facilities/entities/department.js';
import { WhoMayBook } from '../../subgraphs/facilities/entities/who-may-book.js';
import { Weekday } from '../../subgraphs/facilities/entities/weekday.js';
import type { SharingRule } from '../../subgraphs/facilities/entities/sharing-rule.js';
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

  it('only the managing department for the site’s region (or an admin) decides', () => {
    expect(mayDecide(staff('party', '330106'), rule, '330106002')).toBe(true);
    expect(mayDecide(staff('party', '330108'), rule, '330106002')).toBe(false);
    expect(mayDecide(staff('culture', '330106'), rule, '330106002')).toBe(false);
    expect(mayDecide({ sub: 'a', name: null, role: 'admin', dept: null, region: null }, rule, '330106002')).toBe(true);
    expect(mayDecide({ sub: 'a', name: null, role: 'analyst', dept: null, region: null }, rule, '330106002')).toBe(false);
  });
});
