import { describe, expect, it } from 'vitest';
import { columnsOf } from '../../kit/columns.js';
import { DEPARTMENTS, VENUE_DEPARTMENT_NAMES, VENUE_TYPE_NAMES, venueDepartment } from '../../kit/departments.js';

/** kit/columns.ts (a table's field → column map, built inside each test) and kit/departments.ts's lookup. */
describe('columnsOf', () => {
  const build = () =>
    columnsOf('rooms', {
      id: 'id',
      siteId: 'site_id',
      hours: { column: 'hours_json', encode: (v: unknown) => JSON.stringify(v) },
      digest: { column: 'id_card_digest', select: false },
    });

  it('selects each column qualified by its table and aliased to its field, leaving out those marked select: false', () => {
    expect(build().select).toEqual(['rooms.id', 'rooms.site_id as siteId', 'rooms.hours_json as hours']);
    expect(build().table).toBe('rooms');
  });

  it('makes a row to insert, each value through its encode', () => {
    expect(build().row({ id: 'r1', siteId: 's1', hours: { MON: [['09:00', '17:00']] }, digest: 'sha256$x' })).toEqual({
      id: 'r1',
      site_id: 's1',
      hours_json: '{"MON":[["09:00","17:00"]]}',
      id_card_digest: 'sha256$x',
    });
  });

  it('names the column of a field, and refuses a field it does not have', () => {
    const c = build();
    expect([c.columnOf('id'), c.columnOf('siteId'), c.columnOf('hours'), c.columnOf('digest')]).toEqual([
      'id',
      'site_id',
      'hours_json',
      'id_card_digest',
    ]);
    expect(() => c.columnOf('nope' as never)).toThrow('rooms has no field "nope"');
    expect(c.fields).toEqual(['id', 'siteId', 'hours', 'digest']);
  });
});

describe('venueDepartment', () => {
  it('finds a department of the table by its name, and names the known ones for an unknown name', () => {
    expect(venueDepartment('culture')).toMatchObject({ dept: 'culture', venueType: 'CultureStation' });
    expect(() => venueDepartment('library')).toThrow(`Unknown department "library": expected one of ${VENUE_DEPARTMENT_NAMES.join(', ')}`);
    expect(VENUE_DEPARTMENT_NAMES).toEqual(['party', 'practice', 'culture', 'social-work']);
    expect(VENUE_TYPE_NAMES).toEqual(['PartyServiceCentre', 'PracticeUnit', 'CultureStation', 'SocialWorkStation']);
    expect(DEPARTMENTS).toEqual(['party', 'practice', 'culture', 'social-work', 'facilities']);
  });
});
