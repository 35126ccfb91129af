import { describe, expect, it } from 'vitest';
import { countPlan, planImport, sameValue } from '../../kit/sheets/plan.js';

/** Matching an import's records to what is stored (kit/sheets/plan.ts): insert, update or unchanged. */
type Station = { township: string; name: string; establishedYear?: number | null; completedOn?: string | null };
const keyOf = (s: Station) => s.township;
const FIELDS = ['name', 'establishedYear', 'completedOn'] as const;

describe('planImport', () => {
  const stored = new Map<string, Station>([
    ['330106002', { township: '330106002', name: '北山街道社会工作站', establishedYear: 2021, completedOn: '2021-06-02' }],
  ]);

  it('inserts a new key, leaves an equal record alone, updates a changed one naming the fields', () => {
    const plan = planImport(
      [
        { row: 4, record: { township: '330106004', name: '西溪街道社会工作站' } },
        { row: 5, record: { township: '330106002', name: '北山街道社会工作站', establishedYear: 2021 } },
        { row: 6, record: { township: '330106002', name: '北山街道社工站', completedOn: '2021-07-01' } },
      ],
      stored,
      keyOf,
      FIELDS,
    );
    expect(plan.map((p) => [p.row, p.action, p.changed])).toEqual([
      [4, 'insert', []],
      [5, 'unchanged', []],
      [6, 'update', ['name', 'completedOn']],
    ]);
    // What an update writes keeps the stored fields the file left out.
    expect(plan[2]!.record).toEqual({ township: '330106002', name: '北山街道社工站', establishedYear: 2021, completedOn: '2021-07-01' });
    expect(countPlan(plan, 2)).toEqual({ read: 5, inserted: 1, updated: 1, unchanged: 1, refused: 2 });
  });

  it('the same file twice: the second plan is all unchanged', () => {
    const file = [{ row: 4, record: { township: '330106004', name: '西溪街道社会工作站', establishedYear: 2022 } }];
    const first = planImport(file, stored, keyOf, FIELDS);
    const after = new Map([...stored, ...first.map((p) => [p.key, p.record] as const)]);
    const second = planImport(file, after, keyOf, FIELDS);
    expect(countPlan(second, 0)).toEqual({ read: 1, inserted: 0, updated: 0, unchanged: 1, refused: 0 });
  });
});

describe('sameValue: values as databases hand them back', () => {
  it('treats a number and its text, booleans and 0/1, null and undefined, a Date and its day alike', () => {
    expect(sameValue(2021, '2021')).toBe(true);
    expect(sameValue(true, 1)).toBe(true);
    expect(sameValue(false, 0)).toBe(true);
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue('2021-06-02', new Date('2021-06-02T00:00:00Z'))).toBe(true);
    expect(sameValue(12n, 12)).toBe(true);
    expect(sameValue(['a'], ['a'])).toBe(true);
  });

  it('tells different values apart', () => {
    expect(sameValue(2021, 2022)).toBe(false);
    expect(sameValue('站', '站 ')).toBe(false);
    expect(sameValue(null, 0)).toBe(false);
    expect(sameValue(['a'], ['b'])).toBe(false);
    // A code with leading zeros is not the number it would parse as.
    expect(sameValue('0012', 12)).toBe(false);
    expect(sameValue('0012', '12')).toBe(false);
  });
});
