import { describe, expect, it } from 'vitest';
import { freeSlots, peakUse } from '../../subgraphs/facilities/domain/availability.js';
import type { SharingRule } from '../../subgraphs/facilities/entities/sharing-rule.js';

const t = (hhmm: string, day = '2027-03-17') => new Date(`${day}T${hhmm}:00+08:00`);
const iso = (slots: { startsAt: Date; endsAt: Date }[]) => slots.map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString()]);

describe('peakUse', () => {
  it('counts the most units held at one moment, not the sum over the window', () => {
    const r = (from: string, to: string, quantity: number) => ({ startsAt: t(from), endsAt: t(to), quantity });
    expect(peakUse([], t('09:00'), t('17:00'))).toBe(0);
    expect(peakUse([r('09:00', '10:00', 2), r('10:00', '11:00', 3)], t('09:00'), t('17:00'))).toBe(3); // back to back
    expect(peakUse([r('09:00', '11:00', 2), r('10:00', '12:00', 3)], t('09:00'), t('17:00'))).toBe(5);
    expect(peakUse([r('09:00', '11:00', 2), r('10:00', '12:00', 3)], t('11:00'), t('17:00'))).toBe(3); // clipped to the window
    expect(peakUse([r('08:00', '09:00', 4)], t('09:00'), t('10:00'))).toBe(0);
  });
});

describe('freeSlots', () => {
  const rule = {
    spaceId: 's',
    managingDepartment: 'party',
    shared: true,
    minNoticeHours: 0,
    maxDurationHours: 4,
    whoMayBook: 'ANY_DEPARTMENT',
    allowedDepartments: [],
    needsApproval: false,
    closedDates: ['2027-03-18'],
    openingHours: [
      { weekday: 'WED', from: '08:30', to: '12:00' },
      { weekday: 'WED', from: '13:30', to: '17:30' },
      { weekday: 'THU', from: '08:30', to: '17:30' },
      { weekday: 'FRI', from: '09:00', to: '10:00' },
    ],
  } as unknown as SharingRule;

  it('is the opening hours of each day less the bookings, skipping closed dates and closed weekdays', () => {
    const busy = [
      { startsAt: t('08:00'), endsAt: t('09:00') }, // starts before opening
      { startsAt: t('10:00'), endsAt: t('11:00') },
      { startsAt: t('10:30'), endsAt: t('11:30') }, // overlaps the previous one
      { startsAt: t('13:30'), endsAt: t('17:30') }, // the whole afternoon
    ];
    expect(iso(freeSlots(rule, '2027-03-17', 1, busy))).toEqual([
      [t('09:00').toISOString(), t('10:00').toISOString()],
      [t('11:30').toISOString(), t('12:00').toISOString()],
    ]);
    // Thursday 18th is closed, Friday is open 09–10, the weekend never.
    expect(iso(freeSlots(rule, '2027-03-18', 4, []))).toEqual([
      [t('09:00', '2027-03-19').toISOString(), t('10:00', '2027-03-19').toISOString()],
    ]);
    expect(freeSlots({ ...rule, openingHours: [] } as SharingRule, '2027-03-17', 7, [])).toEqual([]);
  });
});
