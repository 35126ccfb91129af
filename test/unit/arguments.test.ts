import { describe, expect, it } from 'vitest';
import {
  checkId,
  checkInstant,
  checkIntRange,
  checkLocalDate,
  checkRegionCode,
  checkRegionPrefix,
  checkWindow,
  isValidId,
  withinRegion,
} from '../../kit/arguments.js';

/** The argument checks every subgraph shares (kit/arguments.ts), at their edges, with the error each gives. */

function refusal(run: () => unknown): { code: unknown; argument: unknown; message: string } {
  try {
    run();
  } catch (err) {
    const e = err as { extensions: Record<string, unknown>; message: string };
    return { code: e.extensions.code, argument: e.extensions.argument, message: e.message };
  }
  throw new Error('expected BAD_USER_INPUT');
}

const DAY = 86_400_000;

describe('ids', () => {
  it('accepts 1 to 100 letters, digits, "_", ".", ":" and "-"', () => {
    for (const id of ['a', 'site-330106002-r1', 'A_b.c:d-9', 'x'.repeat(100)]) {
      expect(isValidId(id), id).toBe(true);
      expect(checkId('id', id)).toBe(id);
    }
  });

  it('refuses the empty id, 101 characters, spaces, NUL, slashes and non-strings', () => {
    for (const id of ['', 'x'.repeat(101), 'a b', 'a\u0000b', 'a/b', '站点', 'a\nb']) expect(isValidId(id), JSON.stringify(id)).toBe(false);
    expect(isValidId(42 as unknown as string)).toBe(false);
    expect(refusal(() => checkId('spaceId', 'a b'))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'spaceId',
      message: 'Invalid argument "spaceId": expected an id of letters, digits, "_", ".", ":" or "-" (at most 100), received "a b".',
    });
  });
});

describe('region codes and prefixes', () => {
  it('passes a valid one through and names the argument of an invalid one', () => {
    expect(checkRegionCode('code', '330106')).toBe('330106');
    expect(checkRegionPrefix('regionPrefix', '33')).toBe('33');
    expect(refusal(() => checkRegionCode('code', '33x'))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'code' });
    expect(refusal(() => checkRegionPrefix('regionPrefix', 'abc'))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'regionPrefix' });
  });
});

describe('instants and dates: 2000 to 2099', () => {
  it('takes the first instant of 2000 and the last of 2099, and refuses just outside', () => {
    const first = new Date('2000-01-01T00:00:00.000Z');
    const last = new Date('2099-12-31T23:59:59.999Z');
    expect(checkInstant('from', first)).toBe(first);
    expect(checkInstant('from', last)).toBe(last);
    expect(refusal(() => checkInstant('from', new Date('1999-12-31T23:59:59.999Z')))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'from',
      message: 'Invalid argument "from": expected a time from 2000 to 2099, received "1999-12-31T23:59:59.999Z".',
    });
    expect(refusal(() => checkInstant('to', new Date('2100-01-01T00:00:00.000Z'))).argument).toBe('to');
    expect(refusal(() => checkInstant('to', new Date(Number.NaN))).message).toBe(
      'Invalid argument "to": expected a time from 2000 to 2099, received "Invalid Date".',
    );
  });

  it('a LocalDate is YYYY-MM-DD in 2000–2099', () => {
    expect(checkLocalDate('day', '2026-12-16')).toBe('2026-12-16');
    for (const day of ['1999-12-31', '2100-01-01', '2026-1-16', '2026-12-16T00:00', ' 2026-12-16', 'yesterday']) {
      expect(
        refusal(() => checkLocalDate('day', day)),
        day,
      ).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'day' });
    }
    expect(refusal(() => checkLocalDate('day', 'x')).message).toBe(
      'Invalid argument "day": expected a date from 2000-01-01 to 2099-12-31, received "x".',
    );
  });
});

describe('windows [from, to)', () => {
  const from = new Date('2026-12-01T00:00:00.000Z');

  it('takes a window of exactly maxDays, and refuses one millisecond more, an empty one and a reversed one', () => {
    expect(() => checkWindow(from, new Date(from.getTime() + 92 * DAY), 92)).not.toThrow();
    expect(() => checkWindow(from, new Date(from.getTime() + 1), 92)).not.toThrow();
    const over = new Date(from.getTime() + 92 * DAY + 1);
    expect(refusal(() => checkWindow(from, over, 92))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'to',
      message: `Invalid argument "to": expected after from, at most 92 days later, received "${over.toISOString()}".`,
    });
    expect(refusal(() => checkWindow(from, from, 92)).argument).toBe('to');
    expect(refusal(() => checkWindow(from, new Date(from.getTime() - DAY), 92)).argument).toBe('to');
  });

  it('checks each end against 2000–2099 first, naming it', () => {
    expect(refusal(() => checkWindow(new Date('1990-01-01T00:00:00Z'), from, 92)).argument).toBe('from');
    expect(refusal(() => checkWindow(from, new Date('2200-01-01T00:00:00Z'), 92)).argument).toBe('to');
  });
});

describe('integer ranges', () => {
  it('takes min and max, refuses one outside either and non-integers, with the expected text', () => {
    expect(checkIntRange('first', 0, 0, 100)).toBe(0);
    expect(checkIntRange('first', 100, 0, 100)).toBe(100);
    expect(refusal(() => checkIntRange('first', 101, 0, 100))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'first',
      message: 'Invalid argument "first": expected an integer from 0 to 100, received 101.',
    });
    expect(refusal(() => checkIntRange('first', -1, 0, 100)).argument).toBe('first');
    expect(refusal(() => checkIntRange('first', 1.5, 0, 100)).argument).toBe('first');
    expect(refusal(() => checkIntRange('year', 1999, 2000, 2100, 'a year from 2000')).message).toBe(
      'Invalid argument "year": expected a year from 2000, received 1999.',
    );
  });
});

describe('withinRegion: a regionPrefix for a caller limited to a region', () => {
  it('a wider prefix narrows to the region; a narrower one stays; a disjoint one is FORBIDDEN', () => {
    expect(withinRegion('33', '330106')).toBe('330106');
    expect(withinRegion('3301', '330106')).toBe('330106');
    expect(withinRegion('330106', '330106')).toBe('330106');
    expect(withinRegion('330106002', '330106')).toBe('330106002');
    const refused = (() => {
      try {
        withinRegion('330102', '330106');
      } catch (err) {
        return err as { message: string; extensions: { code: string } };
      }
    })();
    expect(refused?.extensions.code).toBe('FORBIDDEN');
    expect(refused?.message).toBe('Only results within your region 330106 may be listed.');
  });
});
