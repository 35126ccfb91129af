import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { maskPhone } from '../../kit/access.js';
import type { Identity } from '../../kit/identity.js';
import { connectionLoader } from '../../kit/loaders.js';
import { keysetConnection } from '../../kit/pagination.js';
import { peakUse } from '../../subgraphs/facilities/domain/availability.js';
import { ruleViolation } from '../../subgraphs/facilities/domain/booking-rules.js';
import { Department } from '../../subgraphs/facilities/entities/department.js';
import type { SharingRule } from '../../subgraphs/facilities/entities/sharing-rule.js';
import { BOOKING_LIMIT_DEFAULTS } from '../../subgraphs/facilities/migrations/006-booking-limits.js';
import { Weekday } from '../../subgraphs/facilities/entities/weekday.js';
import { WhoMayBook } from '../../subgraphs/facilities/entities/who-may-book.js';

/** Issue 9: tests that each fail under a hand mutation a review found the older tests let through. */

describe('maskPhone', () => {
  it('keeps the first three and the LAST four digits of a known number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0571-87654321')).toBe('057****4321');
    expect(maskPhone('1234567')).toBe('123****4567');
  });

  it('masks a number too short to show anything of', () => {
    expect(maskPhone('123456')).toBe('****');
    expect(maskPhone('')).toBe('****');
  });
});

describe('peakUse: back to back is not overlap', () => {
  const t = (hhmm: string) => new Date(`2030-09-03T${hhmm}:00+08:00`);
  const r = (from: string, to: string, quantity: number) => ({ startsAt: t(from), endsAt: t(to), quantity });

  it('a reservation ending exactly when another starts does not add to it, in either order', () => {
    expect(peakUse([r('09:00', '10:00', 2), r('10:00', '11:00', 3)], t('08:00'), t('12:00'))).toBe(3);
    expect(peakUse([r('10:00', '11:00', 3), r('09:00', '10:00', 2)], t('08:00'), t('12:00'))).toBe(3);
    // A chain of three back to back, the largest in the middle.
    expect(peakUse([r('09:00', '10:00', 1), r('10:00', '11:00', 4), r('11:00', '12:00', 2)], t('08:00'), t('13:00'))).toBe(4);
  });

  it('one that merely touches the window is not in use in it', () => {
    expect(peakUse([r('08:00', '09:00', 4)], t('09:00'), t('10:00'))).toBe(0);
    expect(peakUse([r('10:00', '11:00', 4)], t('09:00'), t('10:00'))).toBe(0);
  });
});

describe('SAME_REGION with township-level staff (9-digit regions)', () => {
  const rule: SharingRule = {
    spaceId: 's',
    managingDepartment: Department.PARTY,
    shared: true,
    openingHours: (['MON', 'TUE', 'WED', 'THU', 'FRI'] as const).map((d) => ({ weekday: Weekday[d], from: '08:30', to: '17:30' })),
    closedDates: [],
    closedOnPublicHolidays: false,
    minNoticeHours: 24,
    maxDurationHours: 4,
    whoMayBook: WhoMayBook.SAME_REGION,
    allowedDepartments: [],
    needsApproval: true,
    ...BOOKING_LIMIT_DEFAULTS,
  };
  const township = (region: string): Identity => ({ sub: 'u', name: null, role: 'staff', dept: 'culture', region });
  const check = (siteRegion: string, requester: Identity) =>
    ruleViolation({
      rule,
      siteRegion,
      requester,
      startsAt: new Date('2030-09-03T09:00:00+08:00'),
      endsAt: new Date('2030-09-03T10:00:00+08:00'),
      now: new Date('2030-09-01T00:00:00Z'),
    });

  it('a township officer may book in their own township', () => {
    expect(check('330106002', township('330106002'))).toBeNull();
    expect(check('330106002201', township('330106002'))).toBeNull(); // a village of it
  });

  it('a township officer may book elsewhere in their county (another township, the county seat)', () => {
    expect(check('330106005', township('330106002'))).toBeNull();
    expect(check('330106005203', township('330106002'))).toBeNull();
    expect(check('330106', township('330106002'))).toBeNull();
  });

  it('a township officer may not book in another county, even of the same city', () => {
    expect(check('330108002', township('330106002'))).toMatch(/same region/);
    expect(check('330108', township('330106002'))).toMatch(/same region/);
    expect(check('330205001', township('330106002'))).toMatch(/same region/);
  });
});

describe('hasPreviousPage', () => {
  const edges = [{ cursor: 'c1' }, { cursor: 'c2' }];

  it('keysetConnection: true after a cursor, false on the first page', () => {
    expect(keysetConnection(edges, { hasNextPage: true, totalCount: 9 }, true).pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: 'c1',
      endCursor: 'c2',
    });
    expect(keysetConnection(edges, { hasNextPage: false, totalCount: 2 }, false).pageInfo.hasPreviousPage).toBe(false);
    expect(keysetConnection([], { hasNextPage: false, totalCount: 2 }, true).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });

  it("connectionLoader's empty connection (a key the fetch did not answer) keeps hasPreviousPage after a cursor", async () => {
    const load = connectionLoader<{ id: string }>(async () => new Map());
    const after = await load('k', { first: 5, afterKey: 'x' });
    expect(after).toEqual({
      edges: [],
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
    expect((await load('k', { first: 5, afterKey: null })).pageInfo.hasPreviousPage).toBe(false);
  });
});
