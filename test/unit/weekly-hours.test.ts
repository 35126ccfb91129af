import { describe, expect, it } from 'vitest';
import { isWeeklyHours, parseWeeklyHours } from '../../kit/sheets/weekly-hours.js';

/** Opening hours as offices write them (kit/sheets/weekly-hours.ts), read into a week. */
const week = (text: string) => {
  const r = parseWeeklyHours(text);
  if (!r.ok) throw new Error(`refused: ${r.reason.en}`);
  return r.value;
};

describe('parseWeeklyHours', () => {
  it('reads day ranges, lists, several spans a day and several segments', () => {
    expect(week('周一至周五 09:00-12:00,14:00-17:30；周六 9:00-12:00')).toEqual({
      MON: [
        ['09:00', '12:00'],
        ['14:00', '17:30'],
      ],
      TUE: [
        ['09:00', '12:00'],
        ['14:00', '17:30'],
      ],
      WED: [
        ['09:00', '12:00'],
        ['14:00', '17:30'],
      ],
      THU: [
        ['09:00', '12:00'],
        ['14:00', '17:30'],
      ],
      FRI: [
        ['09:00', '12:00'],
        ['14:00', '17:30'],
      ],
      SAT: [['09:00', '12:00']],
    });
    expect(week('周六、周日 08:30～11:30')).toEqual({ SAT: [['08:30', '11:30']], SUN: [['08:30', '11:30']] });
    expect(week('星期二到星期四：13:00至16:00')).toEqual({
      TUE: [['13:00', '16:00']],
      WED: [['13:00', '16:00']],
      THU: [['13:00', '16:00']],
    });
  });

  it('every day, working days, the weekend; a closed day taken out; full-width colons', () => {
    expect(Object.keys(week('每天 08:30-20:30'))).toEqual(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']);
    expect(week('每天 08:30-20:30；周一闭馆').MON).toBeUndefined();
    expect(Object.keys(week('工作日 8：30-17：30 周末休息'))).toEqual(['MON', 'TUE', 'WED', 'THU', 'FRI']);
    expect(week('周五至周一 10:00-12:00')).toEqual({
      FRI: [['10:00', '12:00']],
      SAT: [['10:00', '12:00']],
      SUN: [['10:00', '12:00']],
      MON: [['10:00', '12:00']],
    });
  });

  it('refuses what it cannot read, a span ending before it starts, overlaps and impossible times, saying which', () => {
    const reason = (t: string) => {
      const r = parseWeeklyHours(t);
      return r.ok ? null : r.reason.en;
    };
    expect(reason('上午开放')).toMatch(/^expected opening hours/);
    expect(reason('周一至周五 09:00-17:00 另行通知')).toMatch(/^expected opening hours/);
    expect(reason('周一 17:00-09:00')).toBe('17:00-09:00: the end must be after the start');
    expect(reason('周一 25:00-26:00')).toBe('25:00-26:00 is not a time of day');
    expect(reason('周一 09:00-12:00,11:00-13:00')).toBe('MON has overlapping spans: 09:00-12:00 and 11:00-13:00');
    expect(reason('周一闭馆')).toMatch(/^expected opening hours/); // closed every day named: no hours at all
  });
});

describe('isWeeklyHours (the server’s check)', () => {
  it('takes a week in stored form and nothing else', () => {
    expect(isWeeklyHours({ MON: [['09:00', '17:00']] })).toBe(true);
    expect(isWeeklyHours({ MON: [['09:00', '24:00']] })).toBe(true);
    for (const bad of [
      {},
      null,
      [],
      { MON: [] },
      { MONDAY: [['09:00', '17:00']] },
      { MON: [['9:00', '17:00']] },
      { MON: [['17:00', '09:00']] },
      { MON: [['09:00']] },
    ]) {
      expect(isWeeklyHours(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
