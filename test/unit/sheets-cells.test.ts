import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CellContext,
  checkCell,
  excelSerialToIso,
  idCardCheckChar,
  idCardDigest,
  idCardMatches,
  isScientificNotation,
  isValidIdCard,
  isValidUscc,
  normalisePhone,
  type RawCell,
  scaleDecimal,
  toHalfWidth,
  trimCell,
  usccCheckChar,
} from '../../kit/sheets/cells.js';
import type { CellKind, Reason } from '../../kit/sheets/spec.js';
import { isValidUscc as seedIsValidUscc, makeUscc } from '../../seed/uscc.js';

const CTX: CellContext = { header: '列' };

function value(kind: CellKind, raw: RawCell, ctx: CellContext = CTX): unknown {
  const r = checkCell(kind, raw, ctx);
  if (!r.ok) throw new Error(`refused ${String(raw)}: ${r.reason.en}`);
  return r.value;
}

function reason(kind: CellKind, raw: RawCell, ctx: CellContext = CTX): Reason {
  const r = checkCell(kind, raw, ctx);
  if (r.ok) throw new Error(`accepted ${String(raw)} as ${JSON.stringify(r.value)}`);
  return r.reason;
}

const EXCEL_NUMBER: Reason = {
  zh: '此单元格已被 Excel 转换为数字（如科学计数法 3.30106E+11），编码的末几位或开头的 0 已丢失。请将该列设置单元格格式为"文本"后重新输入。',
  en: 'Excel converted this cell to a number (e.g. scientific notation 3.30106E+11), losing the code\'s last digits or leading zeros. Format the column as text (设置单元格格式为"文本") and type it again.',
};

const TEXT: CellKind = { type: 'text' };
const CODE: CellKind = { type: 'code', pattern: /^\d{6}$/, expected: { zh: '6 位数字', en: '6 digits' } };
const INT: CellKind = { type: 'int' };
const DECIMAL: CellKind = { type: 'decimal' };
const MONEY: CellKind = { type: 'money' };
const DATE: CellKind = { type: 'date' };
const BOOL: CellKind = { type: 'bool' };
const PROGRESS: CellKind = { type: 'progress' };
const REGION: CellKind = { type: 'region' };
const USCC: CellKind = { type: 'uscc' };
const ID: CellKind = { type: 'idCard' };
const PHONE: CellKind = { type: 'phone' };
const ENUM: CellKind = {
  type: 'enum',
  values: [
    { value: 'STATION_HEAD', labels: ['站长', '负责人'] },
    { value: 'SOCIAL_WORKER', labels: ['社工（专职）', '专职社工'] },
    { value: 'ASSISTANT', labels: ['助理'] },
  ],
};
const ENUM_LIST: CellKind = { type: 'enumList', values: (ENUM as Extract<CellKind, { type: 'enum' }>).values };
const ALL_KINDS: CellKind[] = [TEXT, CODE, INT, DECIMAL, MONEY, DATE, ENUM, ENUM_LIST, BOOL, PROGRESS, REGION, USCC, ID, PHONE];

/** A valid resident ID (GB 11643-1999's own example) and one made here. */
const ID_EXAMPLE = '11010519491231002X';
const ID_MADE = '33010619900101123X';

describe('empty cells', () => {
  it('are null for every kind: null, undefined, empty and white-space-only text (U+3000, NBSP too)', () => {
    for (const kind of ALL_KINDS) {
      for (const raw of [null, undefined, '', '   ', '\u3000', '\u00A0', ' \u3000\u00A0\t\n']) {
        expect(checkCell(kind, raw, CTX)).toEqual({ ok: true, value: null });
      }
    }
  });
});

describe('normalising helpers', () => {
  it('trims ASCII, full-width, non-breaking and zero-width spaces', () => {
    expect(trimCell('\u3000\u00A0 西湖区\u200B ')).toBe('西湖区');
    expect(trimCell('a b')).toBe('a b');
  });

  it('turns full-width digits, letters and punctuation into ASCII', () => {
    expect(toHalfWidth('１２３４５６７８９０')).toBe('1234567890');
    expect(toHalfWidth('ＡＢＣｘｙｚ')).toBe('ABCxyz');
    expect(toHalfWidth('１，２３４．５（６０％）￥\u3000')).toBe('1,234.5(60%)¥ ');
    expect(toHalfWidth('西湖区')).toBe('西湖区');
  });

  it('recognises scientific notation as Excel writes it', () => {
    expect(isScientificNotation('3.30106E+11')).toBe(true);
    expect(isScientificNotation('3.30106e11')).toBe(true);
    expect(isScientificNotation('３.３０１０６Ｅ＋１１')).toBe(true);
    expect(isScientificNotation('330106')).toBe(false);
    expect(isScientificNotation('E11')).toBe(false);
  });
});

describe('text', () => {
  it('is trimmed and kept as written', () => {
    expect(value(TEXT, '  西湖区社会工作站\u3000')).toBe('西湖区社会工作站');
    expect(value(TEXT, 'Ａ栋 1 号')).toBe('Ａ栋 1 号');
    expect(value(TEXT, 12)).toBe('12');
    expect(value(TEXT, true)).toBe('TRUE');
  });

  it('is at most maxLength characters (default 200), counted as characters, not UTF-16 units', () => {
    expect(value(TEXT, '字'.repeat(200))).toBe('字'.repeat(200));
    expect(reason(TEXT, '字'.repeat(201))).toEqual({
      zh: '内容过长：最多 200 个字，此处 201 个字',
      en: 'too long: at most 200 characters, this has 201',
    });
    const short: CellKind = { type: 'text', maxLength: 3 };
    expect(value(short, '𠀀𠀀𠀀')).toBe('𠀀𠀀𠀀');
    expect(reason(short, 'abcd')).toEqual({ zh: '内容过长：最多 3 个字，此处 4 个字', en: 'too long: at most 3 characters, this has 4' });
  });

  it('refuses a date cell (Excel turned the text into a date)', () => {
    expect(reason(TEXT, new Date(Date.UTC(2021, 0, 2)))).toEqual({
      zh: '此单元格是日期，应为文字',
      en: 'this cell holds a date; expected text',
    });
  });
});

describe('code', () => {
  it('is kept as text when it matches the pattern, full-width digits normalised', () => {
    expect(value(CODE, ' 330106 ')).toBe('330106');
    expect(value(CODE, '３３０１０６')).toBe('330106');
    expect(value(CODE, '012345')).toBe('012345');
  });

  it('accepts a number cell whose digits match (a 6-digit code typed into a General cell)', () => {
    expect(value(CODE, 330106)).toBe('330106');
  });

  it('refuses a number cell that lost digits or leading zeros, and scientific notation', () => {
    expect(reason(CODE, 12345)).toEqual(EXCEL_NUMBER); // 012345 typed into a General cell
    expect(reason(CODE, 330106001001)).toEqual(EXCEL_NUMBER);
    expect(reason(CODE, 330106.5)).toEqual(EXCEL_NUMBER);
    expect(reason(CODE, '3.30106E+11')).toEqual(EXCEL_NUMBER);
    expect(reason(CODE, '3.30106e11')).toEqual(EXCEL_NUMBER);
  });

  it('refuses other text with what was expected', () => {
    expect(reason(CODE, '33010')).toEqual({ zh: '格式不符：应为6 位数字', en: 'does not match the format: expected 6 digits' });
  });
});

describe('int', () => {
  it('reads numbers, numeric text, thousands separators and full-width digits', () => {
    expect(value(INT, 12)).toBe(12);
    expect(value(INT, ' 12 ')).toBe(12);
    expect(value(INT, '12.0')).toBe(12);
    expect(value(INT, '1,234')).toBe(1234);
    expect(value(INT, '1，234')).toBe(1234);
    expect(value(INT, '１２')).toBe(12);
    expect(value(INT, '1,234,567')).toBe(1234567);
    expect(value(INT, '-3')).toBe(-3);
  });

  it('refuses fractions, bad thousands grouping and words', () => {
    expect(reason(INT, '12.5')).toEqual({ zh: '应为整数，12.5 带有小数', en: 'expected a whole number, 12.5 has a fraction' });
    expect(reason(INT, 12.5)).toEqual({ zh: '应为整数，12.5 带有小数', en: 'expected a whole number, 12.5 has a fraction' });
    const notInt = { zh: '应为整数（如 12 或 1,234）', en: 'expected a whole number (e.g. 12 or 1,234)' };
    expect(reason(INT, '12个')).toEqual(notInt);
    expect(reason(INT, '1,23')).toEqual(notInt);
    expect(reason(INT, '十二')).toEqual(notInt);
    expect(reason(INT, '1.2E+3')).toEqual(EXCEL_NUMBER);
    expect(reason(INT, true)).toEqual({
      zh: '此单元格是逻辑值（TRUE/FALSE），应为整数',
      en: 'this cell holds a logical value (TRUE/FALSE); expected a whole number',
    });
    expect(reason(INT, Number.NaN)).toEqual({ zh: '此单元格是数字，应为整数', en: 'this cell holds a number; expected a whole number' });
  });

  it('enforces min and max at their edges, naming the range', () => {
    const year: CellKind = { type: 'int', min: 2000, max: 2099 };
    expect(value(year, 2000)).toBe(2000);
    expect(value(year, '2099')).toBe(2099);
    expect(reason(year, 1999)).toEqual({
      zh: '数值 1999 超出范围：应在 2000 至 2099 之间',
      en: '1999 is out of range: it must be between 2000 and 2099',
    });
    expect(reason(year, '2100')).toEqual({
      zh: '数值 2100 超出范围：应在 2000 至 2099 之间',
      en: '2100 is out of range: it must be between 2000 and 2099',
    });
    expect(reason({ type: 'int', min: 0 }, -1)).toEqual({
      zh: '数值 -1 超出范围：应不小于 0',
      en: '-1 is out of range: it must be at least 0',
    });
    expect(reason({ type: 'int', max: 10 }, 11)).toEqual({
      zh: '数值 11 超出范围：应不大于 10',
      en: '11 is out of range: it must be at most 10',
    });
    expect(value({ type: 'int', min: 0 }, 0)).toBe(0);
  });
});

describe('decimal', () => {
  it('reads decimals with thousands separators and full-width points', () => {
    expect(value(DECIMAL, '12.5')).toBe(12.5);
    expect(value(DECIMAL, '1,234.5')).toBe(1234.5);
    expect(value(DECIMAL, '１，２３４．５')).toBe(1234.5);
    expect(value(DECIMAL, 0.25)).toBe(0.25);
  });

  it('refuses words and enforces the range', () => {
    expect(reason(DECIMAL, '12.5㎡')).toEqual({ zh: '应为数字（如 12.5 或 1,234.5）', en: 'expected a number (e.g. 12.5 or 1,234.5)' });
    const area: CellKind = { type: 'decimal', min: 0, max: 100000 };
    expect(value(area, '100000')).toBe(100000);
    expect(reason(area, 100000.5)).toEqual({
      zh: '数值 100000.5 超出范围：应在 0 至 100000 之间',
      en: '100000.5 is out of range: it must be between 0 and 100000',
    });
  });
});

describe('money', () => {
  const WAN: CellContext = { header: '建设资金（万元）' };
  const YUAN: CellContext = { header: '建设资金（元）' };

  it('is in fen: number cells and text in yuan', () => {
    expect(value(MONEY, 12000, YUAN)).toBe(1_200_000);
    expect(value(MONEY, '12,000', YUAN)).toBe(1_200_000);
    expect(value(MONEY, '12，000', YUAN)).toBe(1_200_000);
    expect(value(MONEY, '¥12000', YUAN)).toBe(1_200_000);
    expect(value(MONEY, '￥12,000.50', YUAN)).toBe(1_200_050);
    expect(value(MONEY, '12000元', YUAN)).toBe(1_200_000);
    expect(value(MONEY, '12000', CTX)).toBe(1_200_000);
    expect(value(MONEY, '0', YUAN)).toBe(0);
  });

  it('reads 万 in the cell: 1.2万 and 1.2万元 are 12,000 yuan, 1,200,000 fen', () => {
    expect(value(MONEY, '1.2万', YUAN)).toBe(1_200_000);
    expect(value(MONEY, '1.2万元', YUAN)).toBe(1_200_000);
    expect(value(MONEY, '１．２ 万元', YUAN)).toBe(1_200_000);
  });

  it('reads a 万元 header for bare amounts; a unit in the cell wins', () => {
    expect(value(MONEY, 1.2, WAN)).toBe(1_200_000);
    expect(value(MONEY, '1.2', WAN)).toBe(1_200_000);
    expect(value(MONEY, 0.07, WAN)).toBe(70_000);
    expect(value(MONEY, '12000元', WAN)).toBe(1_200_000);
    expect(value(MONEY, '1.2万', WAN)).toBe(1_200_000);
  });

  it('rounds to the fen without floating-point drift', () => {
    expect(value(MONEY, 0.1 + 0.2, YUAN)).toBe(30);
    expect(value(MONEY, 1.005, YUAN)).toBe(101); // 1.005 × 100 is 100.49999999999999 in floating point
    expect(value(MONEY, '1.004', YUAN)).toBe(100);
    expect(value(MONEY, 1.23456, WAN)).toBe(1_234_560);
    expect(value(MONEY, 1e-7, YUAN)).toBe(0);
    expect(scaleDecimal('1.2', 6)).toBe(1_200_000n);
    expect(scaleDecimal('1.5e+3', 2)).toBe(150_000n);
    expect(scaleDecimal('0.005', 2)).toBe(1n);
    expect(scaleDecimal('abc', 2)).toBe(null);
  });

  it('refuses negative, absurd and unreadable amounts', () => {
    const negative = { zh: '金额不能为负数', en: 'the amount cannot be negative' };
    expect(reason(MONEY, -1, YUAN)).toEqual(negative);
    expect(reason(MONEY, '-12,000元', YUAN)).toEqual(negative);
    const absurd = {
      zh: '金额过大（超过一万亿元），请检查单位是元还是万元',
      en: 'the amount is too large (over 10^12 yuan); check whether the unit is 元 or 万元',
    };
    expect(value(MONEY, 1e12, YUAN)).toBe(1e14);
    expect(reason(MONEY, 1e12 + 1, YUAN)).toEqual(absurd);
    expect(value(MONEY, 1e8, WAN)).toBe(1e14);
    expect(reason(MONEY, 100000001, WAN)).toEqual(absurd);
    expect(reason(MONEY, 1e21, YUAN)).toEqual(absurd);
    const unreadable = {
      zh: '应为金额，如 12000、12,000、¥12000、12000元 或 1.2万元',
      en: 'expected an amount, e.g. 12000, 12,000, ¥12000, 12000元 or 1.2万元',
    };
    expect(reason(MONEY, '一万元', YUAN)).toEqual(unreadable);
    expect(reason(MONEY, '12,00', YUAN)).toEqual(unreadable);
    expect(reason(MONEY, '1.2E+07', YUAN)).toEqual(EXCEL_NUMBER);
  });
});

describe('date', () => {
  it('reads the text forms offices write', () => {
    for (const t of [
      '2021-06-02',
      '2021-6-2',
      '2021/6/2',
      '2021.6.2',
      '2021年6月2日',
      '2021 年 6 月 2 日',
      '2021年6月2',
      '20210602',
      '２０２１－０６－０２',
      '2021-06-02 00:00:00',
    ]) {
      expect(value(DATE, t)).toBe('2021-06-02');
    }
  });

  it('reads a Date by its UTC components', () => {
    expect(value(DATE, new Date(Date.UTC(2021, 5, 2)))).toBe('2021-06-02');
    expect(value(DATE, new Date('2021-06-02T23:59:59Z'))).toBe('2021-06-02');
    expect(reason(DATE, new Date('nonsense'))).toEqual({ zh: '无效的日期', en: 'an invalid date' });
  });

  it('reads Excel serials in the 1900 system, with its fictitious 1900-02-29', () => {
    expect(value(DATE, 44349)).toBe('2021-06-02');
    expect(value(DATE, 44349.75)).toBe('2021-06-02');
    expect(value(DATE, 36526)).toBe('2000-01-01');
    expect(value(DATE, 73050)).toBe('2099-12-31');
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBe(null);
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(0)).toBe(null);
    expect(excelSerialToIso(2958465)).toBe('9999-12-31');
    expect(excelSerialToIso(2958466)).toBe(null);
    expect(reason(DATE, 60)).toEqual({
      zh: 'Excel 日期序号 60 对应并不存在的 1900-02-29，请输入正确的日期',
      en: 'the Excel date serial 60 is the 1900-02-29 that never was; enter the right date',
    });
    expect(reason(DATE, 61)).toEqual({
      zh: '年份 1900 超出范围：应在 2000 至 2099 年之间',
      en: 'the year 1900 is out of range: it must be between 2000 and 2099',
    });
    expect(reason(DATE, 0)).toEqual({ zh: '数字 0 不是有效的 Excel 日期', en: 'the number 0 is not a valid Excel date' });
  });

  it('reads 20210602 typed into a General cell', () => {
    expect(value(DATE, 20210602)).toBe('2021-06-02');
  });

  it('refuses impossible dates and years outside 2000–2099', () => {
    expect(reason(DATE, '2021-02-30')).toEqual({
      zh: '日期 2021-02-30 不存在，请检查月份和日期',
      en: '2021-02-30 is not a real date; check the month and day',
    });
    expect(reason(DATE, '2021-13-01')).toEqual({
      zh: '日期 2021-13-01 不存在，请检查月份和日期',
      en: '2021-13-01 is not a real date; check the month and day',
    });
    expect(value(DATE, '2024-02-29')).toBe('2024-02-29');
    expect(reason(DATE, '2023-02-29').en).toBe('2023-02-29 is not a real date; check the month and day');
    expect(value(DATE, '2099-12-31')).toBe('2099-12-31');
    expect(reason(DATE, '2100-01-01')).toEqual({
      zh: '年份 2100 超出范围：应在 2000 至 2099 年之间',
      en: 'the year 2100 is out of range: it must be between 2000 and 2099',
    });
    expect(reason(DATE, 73051).en).toBe('the year 2100 is out of range: it must be between 2000 and 2099');
    expect(reason(DATE, '1999-12-31').en).toBe('the year 1999 is out of range: it must be between 2000 and 2099');
    expect(value(DATE, '2000-01-01')).toBe('2000-01-01');
  });

  it('refuses other text, listing the forms', () => {
    const forms = {
      zh: '应为日期，如 2021-06-02、2021/6/2、2021.6.2、2021年6月2日 或 20210602',
      en: 'expected a date, e.g. 2021-06-02, 2021/6/2, 2021.6.2, 2021年6月2日 or 20210602',
    };
    expect(reason(DATE, '六月二日')).toEqual(forms);
    expect(reason(DATE, '2021-06/02')).toEqual(forms);
    expect(reason(DATE, '44349')).toEqual(forms);
    expect(reason(DATE, true)).toEqual({
      zh: '此单元格是逻辑值（TRUE/FALSE），应为日期（如 2021-06-02）',
      en: 'this cell holds a logical value (TRUE/FALSE); expected a date (e.g. 2021-06-02)',
    });
  });
});

describe('enumList', () => {
  it('reads several labels or values separated by 、 , ， ; ； or /, each once, in the order written', () => {
    expect(value(ENUM_LIST, '站长、专职社工')).toEqual(['STATION_HEAD', 'SOCIAL_WORKER']);
    expect(value(ENUM_LIST, ' 助理 ，站长;负责人 / ASSISTANT ')).toEqual(['ASSISTANT', 'STATION_HEAD']);
    expect(value(ENUM_LIST, '、 ,')).toBe(null);
  });

  it('names every part that is not a choice', () => {
    expect(reason(ENUM_LIST, '站长、厨师、司机')).toEqual({
      zh: '“厨师、司机”不是可选项；可选：站长、社工（专职）、助理，以顿号分隔',
      en: '"厨师", "司机" are not among the choices: 站长, 社工（专职）, 助理 (separated by 、 or commas)',
    });
    expect(reason(ENUM_LIST, '厨师').en).toBe('"厨师" is not among the choices: 站长, 社工（专职）, 助理 (separated by 、 or commas)');
  });
});

describe('enum', () => {
  it('matches any label or the value, ignoring spaces, bracket width and ASCII case', () => {
    expect(value(ENUM, '站长')).toBe('STATION_HEAD');
    expect(value(ENUM, ' 负 责 人 ')).toBe('STATION_HEAD');
    expect(value(ENUM, '社工(专职)')).toBe('SOCIAL_WORKER');
    expect(value(ENUM, '社工（专职）')).toBe('SOCIAL_WORKER');
    expect(value(ENUM, '社工 ( 专职 )')).toBe('SOCIAL_WORKER');
    expect(value(ENUM, 'social_worker')).toBe('SOCIAL_WORKER');
    expect(value(ENUM, 'Assistant')).toBe('ASSISTANT');
  });

  it('refuses anything else, listing the allowed labels', () => {
    expect(reason(ENUM, '主任')).toEqual({ zh: '应为以下之一：站长、社工（专职）、助理', en: 'expected one of: 站长, 社工（专职）, 助理' });
  });
});

describe('bool', () => {
  it('reads the usual yes/no forms and boolean cells', () => {
    for (const t of ['是', '有', 'Y', 'y', 'yes', 'YES', 'true', 'TRUE', '1', '√', 'Ｙ', true, 1]) expect(value(BOOL, t)).toBe(true);
    for (const f of ['否', '无', 'N', 'n', 'no', 'No', 'false', 'FALSE', '0', '×', false, 0]) expect(value(BOOL, f)).toBe(false);
  });

  it('refuses anything else', () => {
    const r = {
      zh: '应为 是 或 否（也可写 有/无、Y/N、√/×、1/0）',
      en: 'expected 是 or 否 (yes/no; also 有/无, Y/N, √/×, 1/0, true/false)',
    };
    expect(reason(BOOL, '也许')).toEqual(r);
    expect(reason(BOOL, 2)).toEqual(r);
  });
});

describe('progress', () => {
  it('reads the words', () => {
    for (const w of ['已建成', '已完成', '完成', '建成']) expect(value(PROGRESS, w)).toEqual({ stage: 'COMPLETED', percent: 100 });
    for (const w of ['建设中', '在建', '推进中', '进行中', ' 在 建 '])
      expect(value(PROGRESS, w)).toEqual({ stage: 'IN_PROGRESS', percent: null });
    for (const w of ['未启动', '未开工', '未建']) expect(value(PROGRESS, w)).toEqual({ stage: 'NOT_STARTED', percent: 0 });
  });

  it('reads percentages: text, full-width, Excel percent cells', () => {
    expect(value(PROGRESS, '60%')).toEqual({ stage: 'IN_PROGRESS', percent: 60 });
    expect(value(PROGRESS, '60％')).toEqual({ stage: 'IN_PROGRESS', percent: 60 });
    expect(value(PROGRESS, '60')).toEqual({ stage: 'IN_PROGRESS', percent: 60 });
    expect(value(PROGRESS, '62.5%')).toEqual({ stage: 'IN_PROGRESS', percent: 62.5 });
    expect(value(PROGRESS, 0.6)).toEqual({ stage: 'IN_PROGRESS', percent: 60 });
    expect(value(PROGRESS, 0.07)).toEqual({ stage: 'IN_PROGRESS', percent: 7 });
    expect(value(PROGRESS, 60)).toEqual({ stage: 'IN_PROGRESS', percent: 60 });
    expect(value(PROGRESS, 1)).toEqual({ stage: 'COMPLETED', percent: 100 });
    expect(value(PROGRESS, '100%')).toEqual({ stage: 'COMPLETED', percent: 100 });
    expect(value(PROGRESS, 0)).toEqual({ stage: 'NOT_STARTED', percent: 0 });
    expect(value(PROGRESS, '0%')).toEqual({ stage: 'NOT_STARTED', percent: 0 });
  });

  it('reads a word with a percentage when they agree', () => {
    expect(value(PROGRESS, '建设中（60%）')).toEqual({ stage: 'IN_PROGRESS', percent: 60 });
    expect(value(PROGRESS, '在建 60％')).toEqual({ stage: 'IN_PROGRESS', percent: 60 });
    expect(value(PROGRESS, '推进中：80%')).toEqual({ stage: 'IN_PROGRESS', percent: 80 });
    expect(value(PROGRESS, '已建成（100%）')).toEqual({ stage: 'COMPLETED', percent: 100 });
    expect(reason(PROGRESS, '已建成（60%）')).toEqual({
      zh: '进度文字与百分比不一致：已建成 与 60%，请只写其一或改正',
      en: 'the progress word and percentage disagree: 已建成 and 60%; write one of them, or correct it',
    });
  });

  it('refuses percentages outside 0–100 and other text, listing what is accepted', () => {
    const range = { zh: '百分比应在 0% 至 100% 之间', en: 'the percentage must be between 0% and 100%' };
    expect(reason(PROGRESS, '120%')).toEqual(range);
    expect(reason(PROGRESS, 120)).toEqual(range);
    expect(reason(PROGRESS, -0.5)).toEqual(range);
    expect(reason(PROGRESS, '建设中（120%）')).toEqual(range);
    const r = {
      zh: '应为建设进度：已建成/已完成、建设中/在建/推进中、未启动/未开工，或百分比（如 60%），也可写作 建设中（60%）',
      en: 'expected a progress: 已建成/已完成 (completed), 建设中/在建/推进中 (in progress), 未启动/未开工 (not started), or a percentage (e.g. 60%), also as 建设中（60%）',
    };
    expect(reason(PROGRESS, '差不多了')).toEqual(r);
    expect(reason(PROGRESS, '差不多（60%）')).toEqual(r);
  });
});

describe('region', () => {
  it('reads 6-, 9- and 12-digit codes as text or integer cells', () => {
    expect(value(REGION, '330106')).toEqual({ code: '330106' });
    expect(value(REGION, '３３０１０６０１２')).toEqual({ code: '330106012' });
    expect(value(REGION, ' 330106012001 ')).toEqual({ code: '330106012001' });
    expect(value(REGION, 330106)).toEqual({ code: '330106' });
    expect(value(REGION, 330106012001)).toEqual({ code: '330106012001' });
  });

  it('reads Chinese names', () => {
    expect(value(REGION, '西湖区')).toEqual({ name: '西湖区' });
    expect(value(REGION, ' 西湖区 北山街道 ')).toEqual({ name: '西湖区北山街道' });
    expect(value(REGION, '伊犁哈萨克自治州·霍城县')).toEqual({ name: '伊犁哈萨克自治州·霍城县' });
  });

  it('refuses scientific notation, other lengths and mixed text', () => {
    expect(reason(REGION, '3.30106E+11')).toEqual(EXCEL_NUMBER);
    expect(reason(REGION, 330106.5)).toEqual(EXCEL_NUMBER);
    const r = {
      zh: '应为 6、9 或 12 位行政区划代码（如 330106），或中文名称（如 西湖区）',
      en: 'expected a 6-, 9- or 12-digit division code (e.g. 330106) or a Chinese name (e.g. 西湖区)',
    };
    expect(reason(REGION, '33010')).toEqual(r);
    expect(reason(REGION, 3301060)).toEqual(r);
    expect(reason(REGION, 'Xihu District')).toEqual(r);
    expect(reason(REGION, '西湖区1')).toEqual(r);
    expect(reason(REGION, '··')).toEqual(r);
  });
});

describe('uscc', () => {
  it('verifies the check character against the literature example and the seed’s codes', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(isValidUscc('91350100m000100y43')).toBe(false);
    const seeded = makeUscc('330106', 'MA2H3K4L');
    expect(isValidUscc(seeded)).toBe(true);
    expect(seedIsValidUscc(seeded)).toBe(true);
    expect(seedIsValidUscc('91350100M000100Y43')).toBe(true);
  });

  it('accepts a valid code, upper-cased, full-width and spaces normalised', () => {
    expect(value(USCC, '91350100M000100Y43')).toBe('91350100M000100Y43');
    expect(value(USCC, ' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(value(USCC, '９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
    expect(value(USCC, '9135 0100 M000 100Y 43')).toBe('91350100M000100Y43');
  });

  it('refuses the wrong length, bad characters and a wrong check character', () => {
    expect(reason(USCC, '91350100M000100Y4')).toEqual({
      zh: '统一社会信用代码应为 18 位，此处为 17 位',
      en: 'a unified social credit code has 18 characters, this one has 17',
    });
    expect(reason(USCC, '91350100MO00100Y43')).toEqual({
      zh: '第 10 位字符"O"不允许：统一社会信用代码只用数字和除 I、O、S、V、Z 以外的大写字母（O、I 常为 0、1 之误）',
      en: 'character 10 ("O") is not allowed: a unified social credit code uses digits and capital letters except I, O, S, V, Z (O and I are often typos for 0 and 1)',
    });
    expect(reason(USCC, '91350100M000100Y42')).toEqual({
      zh: '统一社会信用代码的校验位（第 18 位）不符，可能有输入错误，请核对',
      en: 'the check character (the 18th) of the unified social credit code does not match: probably a typo; please check the code',
    });
    expect(reason(USCC, 913501001234568000)).toEqual(EXCEL_NUMBER);
    expect(reason(USCC, '9.13501E+17')).toEqual(EXCEL_NUMBER);
  });
});

describe('idCard', () => {
  it('verifies the check character (GB 11643-1999) and the birth date', () => {
    expect(idCardCheckChar('11010519491231002')).toBe('X');
    expect(idCardCheckChar('33010619900101123')).toBe('X');
    expect(isValidIdCard(ID_EXAMPLE)).toBe(true);
    expect(isValidIdCard(ID_MADE)).toBe(true);
    expect(isValidIdCard('110105194912310021')).toBe(false);
  });

  it('gives the number normalised (upper-case X) for the subgraph, which keeps only a digest in the seed’s format', () => {
    expect(value(ID, ` ${ID_EXAMPLE.toLowerCase()} `)).toBe(ID_EXAMPLE);
    expect(idCardDigest(ID_EXAMPLE, '0123456789abcdef')).toBe(
      `sha256$0123456789abcdef$${createHash('sha256').update(`0123456789abcdef${ID_EXAMPLE}`).digest('hex')}`,
    );
    expect(idCardDigest(ID_EXAMPLE.toLowerCase(), '0123456789abcdef')).toBe(idCardDigest(ID_EXAMPLE, '0123456789abcdef'));
    const salted = idCardDigest(ID_EXAMPLE);
    expect(salted).toMatch(/^sha256\$[0-9a-f]{16}\$[0-9a-f]{64}$/);
    expect(idCardDigest(ID_EXAMPLE)).not.toBe(salted); // a fresh salt each time
  });

  it('idCardMatches: the same number against its stored digest, whatever the salt; another number or a malformed digest is no match', () => {
    const stored = idCardDigest(ID_EXAMPLE);
    expect(idCardMatches(ID_EXAMPLE, stored)).toBe(true);
    expect(idCardMatches(ID_EXAMPLE.toLowerCase(), stored)).toBe(true);
    expect(idCardMatches(ID_MADE, stored)).toBe(false);
    expect(
      idCardMatches(
        ID_EXAMPLE,
        stored.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
      ),
    ).toBe(false);
    expect(idCardMatches(ID_EXAMPLE, ID_EXAMPLE)).toBe(false);
    expect(idCardMatches(ID_EXAMPLE, null)).toBe(false);
  });

  it('says which rule failed', () => {
    expect(reason(ID, '11010519491231002')).toEqual({
      zh: '身份证号码应为 18 位，此处为 17 位',
      en: 'an identity-card number has 18 characters, this one has 17',
    });
    expect(reason(ID, '110105491231002')).toEqual({
      zh: '这是 15 位的旧身份证号码，请改填 18 位号码',
      en: 'this is an old 15-digit identity-card number; enter the 18-character number instead',
    });
    expect(reason(ID, '1101051949123100XX')).toEqual({
      zh: '身份证号码前 17 位应为数字，最后一位为数字或 X',
      en: 'an identity-card number has 17 digits then a digit or X',
    });
    const date = {
      zh: '身份证号码中的出生日期（第 7–14 位）不是有效日期，请核对',
      en: 'the birth date in the identity-card number (characters 7–14) is not a valid date; please check the number',
    };
    const withCheck = (body: string) => body + idCardCheckChar(body);
    expect(reason(ID, withCheck('11010519490230002'))).toEqual(date);
    expect(reason(ID, withCheck('11010518991231002'))).toEqual(date);
    expect(reason(ID, withCheck('11010529991231002'))).toEqual(date);
    expect(reason(ID, '110105194912310021')).toEqual({
      zh: '身份证号码的校验位（第 18 位）不符，可能有输入错误，请核对',
      en: 'the check character (the 18th) of the identity-card number does not match: probably a typo; please check the number',
    });
    expect(reason(ID, 110105194912310000)).toEqual(EXCEL_NUMBER);
    expect(reason(ID, '1.10105E+17')).toEqual(EXCEL_NUMBER);
  });

  it('never quotes a refused number (nor more than its first 6 digits)', () => {
    const idLike = fc.oneof(
      fc.stringMatching(/^\d{17}[\dXx]$/),
      fc.stringMatching(/^\d{15,20}$/),
      fc.stringMatching(/^[\dXx]{7,25}$/),
      fc.constantFrom(ID_EXAMPLE, ID_MADE).map((s) => `${s.slice(0, 17)}${s[17] === '0' ? '1' : '0'}`),
    );
    fc.assert(
      fc.property(idLike, (id) => {
        const r = checkCell(ID, id, CTX);
        if (r.ok) return isValidIdCard(id.toUpperCase());
        const text = `${r.reason.zh} ${r.reason.en}`;
        const upper = id.toUpperCase();
        // No run of 7 or more of its characters appears in the reason.
        for (let i = 0; i + 7 <= upper.length; i++) if (text.toUpperCase().includes(upper.slice(i, i + 7))) return false;
        return true;
      }),
      { numRuns: 500 },
    );
  });
});

describe('phone', () => {
  it('reads mobiles with spaces, dashes and +86', () => {
    for (const p of [
      '13800138000',
      '138 0013 8000',
      '138-0013-8000',
      '+86 138 0013 8000',
      '+8613800138000',
      '86-13800138000',
      '008613800138000',
      '１３８００１３８０００',
      13800138000,
    ]) {
      expect(value(PHONE, p)).toBe('13800138000');
    }
    expect(value(PHONE, '19912345678')).toBe('19912345678');
  });

  it('reads landlines with their area code, normalised to 0571-87654321, with an extension when given', () => {
    for (const p of ['0571-87654321', '0571 87654321', '057187654321', '(0571)87654321', '（0571）87654321', '+86 571 87654321']) {
      expect(value(PHONE, p)).toBe('0571-87654321');
    }
    expect(value(PHONE, '010-12345678')).toBe('010-12345678');
    expect(value(PHONE, '01012345678')).toBe('010-12345678');
    expect(value(PHONE, '021-6543210')).toBe('021-6543210');
    expect(value(PHONE, '0571-87654321-123')).toBe('0571-87654321-123');
    expect(value(PHONE, '0571-87654321转123')).toBe('0571-87654321-123');
    expect(value(PHONE, '0571-87654321 分机 8')).toBe('0571-87654321-8');
    expect(value(PHONE, '0571-87654321 ext. 8')).toBe('0571-87654321-8');
    expect(normalisePhone('0571-87654321#12')).toBe('0571-87654321-12');
  });

  it('refuses numbers without an area code, wrong area codes, several numbers and others', () => {
    const r = {
      zh: '应为 11 位手机号码（如 13800138000）或带区号的固定电话（如 0571-87654321，可带分机号），每格一个号码',
      en: 'expected an 11-digit mobile number (e.g. 13800138000) or a landline with its area code (e.g. 0571-87654321, optionally with an extension), one number per cell',
    };
    for (const p of [
      '87654321',
      '12800138000',
      '1380013800',
      '138001380001',
      '0108-7654321',
      '05712-87654321',
      '0571-0654321',
      '13800138000/13900139000',
      '电话',
    ]) {
      expect(reason(PHONE, p)).toEqual(r);
    }
    expect(reason(PHONE, 57187654321)).toEqual({
      zh: `${r.zh}。此单元格是数字，固定电话区号开头的 0 可能已被 Excel 去掉：请将该列设置单元格格式为"文本"后重新输入`,
      en: `${r.en}. This cell is a number, so Excel may have dropped the area code's leading 0: format the column as text (设置单元格格式为"文本") and type it again`,
    });
  });
});
