import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { scheduleIdOf } from '../../subgraphs/facilities/domain/schedule.js';

/**
 * A weekly schedule's id is a digest of its hours (subgraphs/facilities/domain/schedule.ts): rooms with
 * the same hours share one schedule row, so equal hours must give one id however they are written, and
 * different hours never the same one. Stored ids are in databases already: the digest must not change.
 */
describe('scheduleIdOf', () => {
  const weekdays: Record<string, [string, string][]> = {
    MON: [
      ['09:00', '12:00'],
      ['14:00', '17:30'],
    ],
    TUE: [['09:00', '12:00']],
  };

  it('is the documented digest: "hours-" and the first 16 hex digits of the SHA-256 of the canonical JSON', () => {
    const canonical = JSON.stringify([
      [
        'MON',
        [
          ['09:00', '12:00'],
          ['14:00', '17:30'],
        ],
      ],
      ['TUE', [['09:00', '12:00']]],
    ]);
    expect(scheduleIdOf(weekdays)).toBe(`hours-${createHash('sha256').update(canonical).digest('hex').slice(0, 16)}`);
    expect(scheduleIdOf(weekdays)).toMatch(/^hours-[0-9a-f]{16}$/);
  });

  it('gives equal hours one id: days in any key order, spans in any order, empty days left out', () => {
    const reordered = {
      TUE: [['09:00', '12:00']],
      SUN: [],
      MON: [
        ['14:00', '17:30'],
        ['09:00', '12:00'],
      ],
    } as Record<string, [string, string][]>;
    expect(scheduleIdOf(reordered)).toBe(scheduleIdOf(weekdays));
    // The caller's arrays are not sorted in place.
    expect(reordered.MON![0]).toEqual(['14:00', '17:30']);
  });

  it('gives different hours different ids: another span, another day, a day more', () => {
    const ids = new Set([
      scheduleIdOf(weekdays),
      scheduleIdOf({ ...weekdays, TUE: [['09:00', '12:30']] }),
      scheduleIdOf({ MON: weekdays.MON, WED: weekdays.TUE }),
      scheduleIdOf({ ...weekdays, SAT: [['09:00', '11:00']] }),
      scheduleIdOf({}),
    ]);
    expect(ids.size).toBe(5);
  });

  it('orders the days of the week Monday first, not alphabetically', () => {
    const canonical = JSON.stringify([
      ['MON', [['08:00', '09:00']]],
      ['SUN', [['08:00', '09:00']]],
    ]);
    expect(scheduleIdOf({ SUN: [['08:00', '09:00']], MON: [['08:00', '09:00']] })).toBe(
      `hours-${createHash('sha256').update(canonical).digest('hex').slice(0, 16)}`,
    );
  });

  it('ignores keys that are not weekdays', () => {
    expect(scheduleIdOf({ ...weekdays, HOLIDAY: [['10:00', '11:00']] })).toBe(scheduleIdOf(weekdays));
  });
});
