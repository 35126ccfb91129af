import { describe, expect, it } from 'vitest';
import type { CellKind, EnumValue } from '../../kit/sheets/spec.js';
import { type DivisionLevels, storedValueProblem } from '../../kit/imports/values.js';

/**
 * The server's own check of each value an importer sends (kit/imports/values.ts): the stored form of
 * every kind of column, accepted; anything else refused with that column's reason, in Chinese and in
 * English. A subgraph trusts no client, so this is what stands between a hand-made request and the tables.
 */

const DIVISIONS: DivisionLevels = new Map([
  ['33', 'PROVINCE'],
  ['3301', 'CITY'],
  ['330106', 'COUNTY'],
  ['330106001', 'TOWNSHIP'],
  ['330106001001', 'VILLAGE'],
]);

const problem = (kind: CellKind, value: unknown) => storedValueProblem(kind, value, DIVISIONS);
const en = (kind: CellKind, value: unknown) => problem(kind, value)?.en ?? null;
const zh = (kind: CellKind, value: unknown) => problem(kind, value)?.zh ?? null;

const LEVELS: EnumValue[] = [
  { value: 'A', labels: ['甲'] },
  { value: 'B', labels: ['乙'] },
];

describe('storedValueProblem', () => {
  it('text: non-empty and trimmed, within its length counted in characters (200 unless the column says)', () => {
    const name: CellKind = { type: 'text', maxLength: 4 };
    expect(problem(name, '文化礼堂')).toBeNull();
    expect(problem(name, '𠀀𠀀𠀀𠀀')).toBeNull(); // four characters, eight UTF-16 units
    expect(en(name, '文化礼堂1')).toBe('too long: at most 4 characters');
    expect(zh(name, '文化礼堂1')).toBe('内容过长：最多 4 个字');
    for (const bad of ['', ' 礼堂', '礼堂 ', 42, null, undefined])
      expect(en(name, bad), String(bad)).toBe('expected non-empty, trimmed text');
    expect(zh(name, '')).toBe('应为去掉首尾空格的非空文字');
    const plain: CellKind = { type: 'text' };
    expect(problem(plain, 'x'.repeat(200))).toBeNull();
    expect(en(plain, 'x'.repeat(201))).toBe('too long: at most 200 characters');
  });

  it('code: the column’s pattern, its own words for what it expects', () => {
    const kind: CellKind = {
      type: 'code',
      pattern: /^[A-Z]{2}\d{3}$/,
      expected: { zh: '两个字母加三位数字', en: 'two letters and three digits' },
    };
    expect(problem(kind, 'AB123')).toBeNull();
    expect(en(kind, 'AB12')).toBe('expected two letters and three digits');
    expect(zh(kind, 'AB12')).toBe('格式不符：应为两个字母加三位数字');
    expect(en(kind, 12345)).toBe('expected two letters and three digits');
  });

  it('int: a safe whole number within its bounds, both ends included', () => {
    const kind: CellKind = { type: 'int', min: 1, max: 10 };
    expect(problem(kind, 1)).toBeNull();
    expect(problem(kind, 10)).toBeNull();
    expect(en(kind, 0)).toBe('must be between 1 and 10');
    expect(zh(kind, 11)).toBe('应在 1 至 10 之间');
    for (const bad of [1.5, '3', Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, null])
      expect(en(kind, bad), String(bad)).toBe('expected a whole number');
    expect(zh(kind, 1.5)).toBe('应为整数');
    expect(en({ type: 'int', min: 0 }, -1)).toBe('must be between 0 and ∞');
    expect(en({ type: 'int', max: 0 }, 1)).toBe('must be between -∞ and 0');
    expect(problem({ type: 'int' }, -(2 ** 40))).toBeNull();
  });

  it('decimal: any finite number within its bounds', () => {
    const kind: CellKind = { type: 'decimal', min: 0, max: 1 };
    expect(problem(kind, 0.5)).toBeNull();
    expect(problem(kind, 0)).toBeNull();
    expect(problem(kind, 1)).toBeNull();
    expect(en(kind, 1.01)).toBe('must be between 0 and 1');
    expect(en(kind, -0.01)).toBe('must be between 0 and 1');
    for (const bad of ['0.5', Number.NaN, Number.NEGATIVE_INFINITY]) expect(en(kind, bad)).toBe('expected a number');
    expect(zh(kind, '0.5')).toBe('应为数字');
  });

  it('money: whole yuan, not negative, at most the largest safe integer', () => {
    const kind: CellKind = { type: 'money' };
    expect(problem(kind, 0)).toBeNull();
    expect(problem(kind, Number.MAX_SAFE_INTEGER)).toBeNull();
    expect(en(kind, -1)).toBe(`must be between 0 and ${Number.MAX_SAFE_INTEGER}`);
    expect(en(kind, 12.5)).toBe('expected a whole number');
  });

  it('date: YYYY-MM-DD of a day that exists', () => {
    const kind: CellKind = { type: 'date' };
    expect(problem(kind, '2024-02-29')).toBeNull();
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-01', '2024-01-01T00:00:00Z', ' 2024-01-01', 20240101, null])
      expect(en(kind, bad), String(bad)).toBe('expected a date, YYYY-MM-DD');
    expect(zh(kind, 'x')).toBe('应为日期 YYYY-MM-DD');
  });

  it('enum: one of its values (not a label), naming them all', () => {
    const kind: CellKind = { type: 'enum', values: LEVELS };
    expect(problem(kind, 'A')).toBeNull();
    expect(en(kind, '甲')).toBe('expected one of: A, B');
    expect(zh(kind, 'C')).toBe('应为以下之一：A、B');
  });

  it('enumList: a non-empty list of distinct values', () => {
    const kind: CellKind = { type: 'enumList', values: LEVELS };
    expect(problem(kind, ['A'])).toBeNull();
    expect(problem(kind, ['B', 'A'])).toBeNull();
    for (const bad of [[], ['A', 'A'], ['A', 'C'], 'A', null])
      expect(en(kind, bad), JSON.stringify(bad)).toBe('a list of distinct values of: A, B');
    expect(zh(kind, [])).toBe('应为可选项的列表（不重复）');
  });

  it('weeklyHours: days of the week with spans from before to', () => {
    const kind: CellKind = { type: 'weeklyHours' };
    expect(problem(kind, { MON: [['08:30', '12:00']], SUN: [['13:00', '24:00']] })).toBeNull();
    for (const bad of [{}, { MON: [] }, { XYZ: [['08:00', '09:00']] }, { MON: [['09:00', '08:00']] }, [], null])
      expect(en(kind, bad), JSON.stringify(bad)).toBe('expected a week of spans {MON: [[from, to]], …}');
  });

  it('bool: true or false only', () => {
    const kind: CellKind = { type: 'bool' };
    expect(problem(kind, true)).toBeNull();
    expect(problem(kind, false)).toBeNull();
    for (const bad of [0, 1, 'true', '是', null]) expect(en(kind, bad), String(bad)).toBe('expected true or false');
    expect(zh(kind, 1)).toBe('应为 true 或 false');
  });

  it('progress: a known stage with a percent from 0 to 100, or none', () => {
    const kind: CellKind = { type: 'progress' };
    expect(problem(kind, { stage: 'COMPLETED', percent: 100 })).toBeNull();
    expect(problem(kind, { stage: 'IN_PROGRESS', percent: 0 })).toBeNull();
    expect(problem(kind, { stage: 'NOT_STARTED', percent: null })).toBeNull();
    for (const bad of [
      { stage: 'DONE', percent: 100 },
      { stage: 'IN_PROGRESS', percent: 101 },
      { stage: 'IN_PROGRESS', percent: -1 },
      { stage: 'IN_PROGRESS', percent: '50' },
      { stage: 'IN_PROGRESS' },
      null,
      'COMPLETED',
    ])
      expect(en(kind, bad), JSON.stringify(bad)).toBe('expected a progress {stage, percent}');
  });

  it('region: a code of the division list, of the column’s level when it names one', () => {
    expect(problem({ type: 'region' }, '330106')).toBeNull();
    expect(problem({ type: 'region', level: 'TOWNSHIP' }, '330106001')).toBeNull();
    expect(en({ type: 'region' }, '330199')).toBe('not a known division code');
    expect(zh({ type: 'region' }, 330106)).toBe('不是已知的行政区划代码');
    expect(en({ type: 'region', level: 'TOWNSHIP' }, '330106')).toBe('expected a division of level TOWNSHIP');
    const levels: [CellKind, string][] = [
      [{ type: 'region', level: 'PROVINCE' }, '应为省级区划'],
      [{ type: 'region', level: 'CITY' }, '应为市级区划'],
      [{ type: 'region', level: 'COUNTY' }, '应为县（市、区）级区划'],
      [{ type: 'region', level: 'TOWNSHIP' }, '应为乡镇（街道）级区划'],
      [{ type: 'region', level: 'VILLAGE' }, '应为村（社区）级区划'],
    ];
    for (const [kind, reason] of levels) expect(zh(kind, kind.type === 'region' && kind.level === 'PROVINCE' ? '3301' : '33')).toBe(reason);
  });

  it('uscc, idCard, phone: valid numbers in their stored form only', () => {
    expect(problem({ type: 'uscc' }, '91350100M000100Y43')).toBeNull();
    expect(en({ type: 'uscc' }, '91350100M000100Y44')).toBe('not a valid unified social credit code');
    expect(zh({ type: 'uscc' }, 91350100)).toBe('统一社会信用代码无效');
    expect(problem({ type: 'idCard' }, '11010519491231002X')).toBeNull();
    expect(en({ type: 'idCard' }, '110105194912310021')).toBe('not a valid identity-card number');
    expect(zh({ type: 'idCard' }, null)).toBe('身份证号码无效');
    expect(problem({ type: 'phone' }, '13912345678')).toBeNull();
    expect(problem({ type: 'phone' }, '0571-87654321')).toBeNull();
    // A number a sheet cell would read, but not in the form it is stored in.
    expect(en({ type: 'phone' }, '0571 87654321')).toBe('not a phone number in stored form');
    expect(en({ type: 'phone' }, '+86 139 1234 5678')).toBe('not a phone number in stored form');
    expect(zh({ type: 'phone' }, 13912345678)).toBe('电话号码格式不符');
  });
});
