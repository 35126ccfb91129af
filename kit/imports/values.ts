import { isRealDate, isValidIdCard, isValidUscc, normalisePhone } from '../sheets/cells.js';
import type { CellKind, Reason, RegionLevel } from '../sheets/spec.js';
import { isWeeklyHours } from '../sheets/weekly-hours.js';

/**
 * The server's own check of a record an importer sends: the command line has read the file's cells
 * into values (kit/sheets/cells.ts) and resolved division names to codes, but a subgraph trusts no
 * client, so every value is checked again here in the form it is stored — a text within its length, a
 * known division code of the column's level, an enum value, a USCC with its check character… A value
 * in any other form is refused with the column's reason, never written.
 */

/** A division the server knows: its level (the committed division list). */
export type DivisionLevels = ReadonlyMap<string, RegionLevel>;

const refuse = (zh: string, en: string): Reason => ({ zh, en });

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `value` is not a stored value of `kind`, or null when it is one. */
export function storedValueProblem(kind: CellKind, value: unknown, divisions: DivisionLevels): Reason | null {
  switch (kind.type) {
    case 'text': {
      const max = kind.maxLength ?? 200;
      if (typeof value !== 'string' || value.trim() !== value || value === '')
        return refuse('应为去掉首尾空格的非空文字', 'expected non-empty, trimmed text');
      return [...value].length > max ? refuse(`内容过长：最多 ${max} 个字`, `too long: at most ${max} characters`) : null;
    }
    case 'code':
      return typeof value === 'string' && kind.pattern.test(value)
        ? null
        : refuse(`格式不符：应为${kind.expected.zh}`, `expected ${kind.expected.en}`);
    case 'int':
    case 'decimal':
    case 'money': {
      const whole = kind.type !== 'decimal';
      const min = kind.type === 'money' ? 0 : kind.min;
      const max = kind.type === 'money' ? Number.MAX_SAFE_INTEGER : kind.max;
      if (typeof value !== 'number' || !Number.isFinite(value) || (whole && !Number.isSafeInteger(value))) {
        return whole ? refuse('应为整数', 'expected a whole number') : refuse('应为数字', 'expected a number');
      }
      if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        return refuse(`应在 ${min ?? '-∞'} 至 ${max ?? '∞'} 之间`, `must be between ${min ?? '-∞'} and ${max ?? '∞'}`);
      }
      return null;
    }
    case 'date': {
      const m = typeof value === 'string' ? DATE.exec(value) : null;
      return m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))
        ? null
        : refuse('应为日期 YYYY-MM-DD', 'expected a date, YYYY-MM-DD');
    }
    case 'enum':
      return kind.values.some((v) => v.value === value)
        ? null
        : refuse(
            `应为以下之一：${kind.values.map((v) => v.value).join('、')}`,
            `expected one of: ${kind.values.map((v) => v.value).join(', ')}`,
          );
    case 'enumList': {
      const ok =
        Array.isArray(value) &&
        value.length > 0 &&
        new Set(value).size === value.length &&
        value.every((v) => kind.values.some((e) => e.value === v));
      return ok
        ? null
        : refuse('应为可选项的列表（不重复）', `a list of distinct values of: ${kind.values.map((v) => v.value).join(', ')}`);
    }
    case 'weeklyHours':
      return isWeeklyHours(value)
        ? null
        : refuse('应为每周开放时段 {MON: [[from, to]]…}', 'expected a week of spans {MON: [[from, to]], …}');
    case 'bool':
      return typeof value === 'boolean' ? null : refuse('应为 true 或 false', 'expected true or false');
    case 'progress': {
      const p = value as { stage?: unknown; percent?: unknown } | null;
      const stages = ['COMPLETED', 'IN_PROGRESS', 'NOT_STARTED'];
      const percentOk = p?.percent === null || (typeof p?.percent === 'number' && p.percent >= 0 && p.percent <= 100);
      return p && typeof p === 'object' && stages.includes(p.stage as string) && percentOk
        ? null
        : refuse('应为建设进度 {stage, percent}', 'expected a progress {stage, percent}');
    }
    case 'region': {
      const level = typeof value === 'string' ? divisions.get(value) : undefined;
      if (!level) return refuse('不是已知的行政区划代码', 'not a known division code');
      if (kind.level && level !== kind.level)
        return refuse(`应为${LEVEL_ZH[kind.level]}级区划`, `expected a division of level ${kind.level}`);
      return null;
    }
    case 'uscc':
      return typeof value === 'string' && isValidUscc(value)
        ? null
        : refuse('统一社会信用代码无效', 'not a valid unified social credit code');
    case 'idCard':
      return typeof value === 'string' && isValidIdCard(value) ? null : refuse('身份证号码无效', 'not a valid identity-card number');
    case 'phone':
      return typeof value === 'string' && normalisePhone(value) === value
        ? null
        : refuse('电话号码格式不符', 'not a phone number in stored form');
  }
}

const LEVEL_ZH: Record<RegionLevel, string> = {
  PROVINCE: '省',
  CITY: '市',
  COUNTY: '县（市、区）',
  TOWNSHIP: '乡镇（街道）',
  VILLAGE: '村（社区）',
};
