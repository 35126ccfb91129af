/**
 * The cell checker of the spreadsheet importer: one cell as a reader hands it over (an XLSX cell may be
 * a number, a Date, a boolean or a string; a CSV cell is a string) is checked against its column's
 * `CellKind` (kit/sheets/spec.ts) and becomes the record's value, or a reason in both languages. Lists
 * are typed by hand in Excel or WPS, so the usual forms are accepted: full-width digits and punctuation,
 * thousands separators, 万元, 2021年6月2日, 已建成, 是/否… What cannot be read without guessing is
 * refused, never rounded or cut: above all a long code Excel has already turned into a number.
 * Nothing here throws for bad input; an empty cell is `null` for every kind (required-ness is checked
 * by the caller).
 */

import { createHash, randomBytes } from 'node:crypto';
import type { CellKind, CellResult, EnumValue, Reason } from './spec.js';
import { parseWeeklyHours } from './weekly-hours.js';

/** A cell as a reader hands it over. */
export type RawCell = string | number | boolean | Date | null | undefined;

/** Where the cell is: its column's header as written in the file (money reads 万元 from it). */
export interface CellContext {
  header: string;
}

/** A progress as the graph stores it: the stage, and the percentage when known. */
export interface Progress {
  stage: 'COMPLETED' | 'IN_PROGRESS' | 'NOT_STARTED';
  percent: number | null;
}

/** A division as written: its code, or its name (resolved against the division list by the importer). */
export type RegionRef = { code: string } | { name: string };

// ---------------------------------------------------------------------------------------------------
// Normalising text

const EDGE_SPACE = /^[\s\u200B]+|[\s\u200B]+$/g;
const ANY_SPACE = /[\s\u200B]+/g;

/** The cell's text without surrounding white space (also the full-width space U+3000, NBSP and zero-width spaces). */
export function trimCell(s: string): string {
  return s.replace(EDGE_SPACE, '');
}

/**
 * Full-width ASCII forms (U+FF01–U+FF5E: ０-９, Ａ-Ｚ, '，', '．', '（', '％'…) as their ASCII characters,
 * the ideographic space as a space and the full-width yuan sign as ¥; everything else as it is.
 */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E\u3000\uFFE5]/g, (ch) => {
    if (ch === '\u3000') return ' ';
    if (ch === '\uFFE5') return '¥';
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  });
}

/** The text as compared for numbers and codes: half-width, trimmed. */
function normal(s: string): string {
  return trimCell(toHalfWidth(s));
}

function isEmpty(raw: RawCell): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && trimCell(raw) === '');
}

// ---------------------------------------------------------------------------------------------------
// Reasons

function refuse(zh: string, en: string): { ok: false; reason: Reason } {
  return { ok: false, reason: { zh, en } };
}

function accept<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** What each kind expects, for the generic refusals (a date in a number column…). */
const EXPECTED: Record<CellKind['type'], Reason> = {
  text: { zh: '文字', en: 'text' },
  code: { zh: '编码（文本）', en: 'a code (as text)' },
  int: { zh: '整数', en: 'a whole number' },
  decimal: { zh: '数字', en: 'a number' },
  money: { zh: '金额（如 12000、12,000元、1.2万元）', en: 'an amount (e.g. 12000, 12,000元, 1.2万元)' },
  date: { zh: '日期（如 2021-06-02）', en: 'a date (e.g. 2021-06-02)' },
  enum: { zh: '下拉列表中的一项', en: 'one of the listed values' },
  weeklyHours: { zh: '开放时间（如 周一至周五 09:00-17:00）', en: 'opening hours (e.g. 周一至周五 09:00-17:00)' },
  enumList: { zh: '一项或多项可选项（以顿号分隔）', en: 'one or more of the listed values (separated by 、)' },
  bool: { zh: '是或否', en: 'yes or no (是/否)' },
  progress: { zh: '建设进度（如 已建成、建设中（60%）、未启动）', en: 'a progress (e.g. 已建成, 建设中（60%）, 未启动)' },
  region: { zh: '行政区划代码或名称', en: 'a division code or name' },
  uscc: { zh: '18 位统一社会信用代码', en: 'an 18-character unified social credit code' },
  idCard: { zh: '18 位居民身份证号码', en: 'an 18-character resident identity-card number' },
  phone: { zh: '电话号码', en: 'a phone number' },
};

function wrongCell(type: CellKind['type'], raw: RawCell): { ok: false; reason: Reason } {
  const what =
    raw instanceof Date
      ? { zh: '日期', en: 'a date' }
      : typeof raw === 'boolean'
        ? { zh: '逻辑值（TRUE/FALSE）', en: 'a logical value (TRUE/FALSE)' }
        : typeof raw === 'number'
          ? { zh: '数字', en: 'a number' }
          : { zh: '无法识别的内容', en: 'something unreadable' };
  const e = EXPECTED[type];
  return refuse(`此单元格是${what.zh}，应为${e.zh}`, `this cell holds ${what.en}; expected ${e.en}`);
}

/** Excel turned a long code into a number (or scientific notation): its digits are gone, so it is refused. */
const EXCEL_NUMBER: Reason = {
  zh: '此单元格已被 Excel 转换为数字（如科学计数法 3.30106E+11），编码的末几位或开头的 0 已丢失。请将该列设置单元格格式为"文本"后重新输入。',
  en: 'Excel converted this cell to a number (e.g. scientific notation 3.30106E+11), losing the code\'s last digits or leading zeros. Format the column as text (设置单元格格式为"文本") and type it again.',
};

const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?e[+-]?\d+$/i;

/** True for text such as 3.30106E+11 or 3.30106e11: what Excel shows (and CSV exports) for a long number. */
export function isScientificNotation(s: string): boolean {
  return SCIENTIFIC.test(normal(s).replace(ANY_SPACE, ''));
}

// ---------------------------------------------------------------------------------------------------
// Numbers

/** A plain number's text (sign, digits, optional fraction), thousands separators checked and removed; null otherwise. */
function numberText(s: string): string | null {
  const t = normal(s).replace(ANY_SPACE, '');
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) return t.replace(/,/g, '');
  if (/^[+-]?\d+(?:\.\d+)?$/.test(t)) return t;
  return null;
}

function rangeReason(min: number | undefined, max: number | undefined): Reason {
  if (min !== undefined && max !== undefined) return { zh: `应在 ${min} 至 ${max} 之间`, en: `must be between ${min} and ${max}` };
  if (min !== undefined) return { zh: `应不小于 ${min}`, en: `must be at least ${min}` };
  return { zh: `应不大于 ${max}`, en: `must be at most ${max}` };
}

function inRange(n: number, min: number | undefined, max: number | undefined): CellResult<number> {
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    const r = rangeReason(min, max);
    return refuse(`数值 ${n} 超出范围：${r.zh}`, `${n} is out of range: it ${r.en}`);
  }
  return accept(n);
}

function checkNumber(raw: string | number, integer: boolean, min?: number, max?: number): CellResult<number> {
  const type = integer ? 'int' : 'decimal';
  let n: number;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return wrongCell(type, raw);
    n = raw;
  } else {
    if (isScientificNotation(raw)) return refuse(EXCEL_NUMBER.zh, EXCEL_NUMBER.en);
    const t = numberText(raw);
    if (t === null) {
      return integer
        ? refuse('应为整数（如 12 或 1,234）', 'expected a whole number (e.g. 12 or 1,234)')
        : refuse('应为数字（如 12.5 或 1,234.5）', 'expected a number (e.g. 12.5 or 1,234.5)');
    }
    n = Number(t);
  }
  if (integer && !Number.isInteger(n)) return refuse(`应为整数，${n} 带有小数`, `expected a whole number, ${n} has a fraction`);
  if (integer && !Number.isSafeInteger(n)) return refuse('整数过大', 'the whole number is too large');
  return inRange(n, min, max);
}

// ---------------------------------------------------------------------------------------------------
// Money

/** The largest amount accepted: 10^12 yuan (一万亿元), in fen. */
const MAX_FEN = 10n ** 14n;

/**
 * A non-negative decimal's text (digits, optional fraction, optional exponent as `String(number)` writes
 * it) times 10^`pow`, rounded half up to an integer — exactly, without floating point (1.2 × 10^6 is
 * 1,200,000, not 1,199,999.9999999998). Null for other text.
 */
export function scaleDecimal(text: string, pow: number): bigint | null {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m) return null;
  const frac = m[2] ?? '';
  const digits = BigInt(m[1]! + frac);
  const exp = Number(m[3] ?? '0') - frac.length + pow;
  if (exp >= 0) return digits * 10n ** BigInt(exp);
  const d = 10n ** BigInt(-exp);
  const q = digits / d;
  return 2n * (digits % d) >= d ? q + 1n : q;
}

/**
 * An amount in fen (分). A number cell is in the column's unit: 万元 when the header says 万元, else 元.
 * Text may carry its own unit, which wins over the header's: 12,000 · ¥12000 · 12000元 · 1.2万 · 1.2万元.
 * Rounded to the fen (half up); negative amounts and amounts over 10^12 yuan are refused.
 */
function checkMoney(raw: string | number, header: string): CellResult<number> {
  const headerPow = header.includes('万元') ? 6 : 2;
  let text: string;
  let pow = headerPow;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return wrongCell('money', raw);
    if (raw < 0) return refuse('金额不能为负数', 'the amount cannot be negative');
    text = String(raw);
  } else {
    let t = normal(raw).replace(ANY_SPACE, '');
    if (SCIENTIFIC.test(t)) return refuse(EXCEL_NUMBER.zh, EXCEL_NUMBER.en);
    t = t.replace(/^(?:¥|\u00A5|RMB|CNY|人民币)/i, '');
    const unit = /(万元|万|元)$/.exec(t);
    if (unit) {
      pow = unit[1] === '元' ? 2 : 6;
      t = t.slice(0, -unit[1]!.length);
    }
    const n = numberText(t);
    if (n === null) {
      return refuse(
        '应为金额，如 12000、12,000、¥12000、12000元 或 1.2万元',
        'expected an amount, e.g. 12000, 12,000, ¥12000, 12000元 or 1.2万元',
      );
    }
    if (n.startsWith('-') && Number(n) !== 0) return refuse('金额不能为负数', 'the amount cannot be negative');
    text = n.replace(/^[+-]/, '');
  }
  const fen = scaleDecimal(text, pow);
  if (fen === null) return wrongCell('money', raw);
  if (fen > MAX_FEN) {
    return refuse(
      '金额过大（超过一万亿元），请检查单位是元还是万元',
      'the amount is too large (over 10^12 yuan); check whether the unit is 元 or 万元',
    );
  }
  return accept(Number(fen));
}

// ---------------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;
/** The last serial Excel knows: 9999-12-31. */
const MAX_SERIAL = 2_958_465;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** True for a real calendar date (month 1–12, day within the month, leap years counted). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * An Excel serial (1900 date system) as YYYY-MM-DD: 1 is 1900-01-01, 44349 is 2021-06-02; a fraction
 * (the time of day) is dropped. Excel counts a 1900-02-29 that never was (serial 60, Lotus 1-2-3's
 * leap-year bug): serials up to 59 are one day later than a plain count from 1899-12-31, 61 on are
 * counted from 1899-12-30, and 60 itself gives null. Null too below 1 or after 9999-12-31.
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const days = Math.floor(serial);
  if (days < 1 || days > MAX_SERIAL || days === 60) return null;
  const epoch = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + days * DAY_MS).toISOString().slice(0, 10);
}

function isoDate(year: number, month: number, day: number): CellResult<string> {
  if (!isRealDate(year, month, day)) {
    return refuse(
      `日期 ${year}-${pad(month)}-${pad(day)} 不存在，请检查月份和日期`,
      `${year}-${pad(month)}-${pad(day)} is not a real date; check the month and day`,
    );
  }
  if (year < 2000 || year > 2099) {
    return refuse(`年份 ${year} 超出范围：应在 2000 至 2099 年之间`, `the year ${year} is out of range: it must be between 2000 and 2099`);
  }
  return accept(`${year}-${pad(month)}-${pad(day)}`);
}

const DATE_TEXT = [
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/,
  /^(\d{4})(年)(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})()(\d{2})(\d{2})$/,
];

/**
 * A date as YYYY-MM-DD. A Date (from an XLSX reader) is read by its UTC components: readers (exceljs,
 * SheetJS) give a date cell as midnight UTC of the day Excel shows, so local components would be a day
 * off west of Greenwich and the machine's time zone would change the result. A number is an Excel serial,
 * or an 8-digit 20210602 typed into a General cell. Text: 2021-06-02, 2021-6-2, 2021/6/2, 2021.6.2,
 * 2021年6月2日, 20210602 (a time after the date, as some exports add, is ignored).
 */
function checkDate(raw: string | number | Date): CellResult<string> {
  if (raw instanceof Date) {
    const t = raw.getTime();
    if (Number.isNaN(t)) return refuse('无效的日期', 'an invalid date');
    return isoDate(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate());
  }
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= 19_000_101 && raw <= 29_991_231) {
      return isoDate(Math.floor(raw / 10_000), Math.floor(raw / 100) % 100, raw % 100);
    }
    if (Math.floor(raw) === 60) {
      return refuse(
        'Excel 日期序号 60 对应并不存在的 1900-02-29，请输入正确的日期',
        'the Excel date serial 60 is the 1900-02-29 that never was; enter the right date',
      );
    }
    const iso = excelSerialToIso(raw);
    if (iso === null) return refuse(`数字 ${raw} 不是有效的 Excel 日期`, `the number ${raw} is not a valid Excel date`);
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return isoDate(y, m, d);
  }
  const t = normal(raw).replace(/\s*([年月日])\s*/g, '$1');
  for (const re of DATE_TEXT) {
    const m = re.exec(t);
    if (m) return isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
  }
  return refuse(
    '应为日期，如 2021-06-02、2021/6/2、2021.6.2、2021年6月2日 或 20210602',
    'expected a date, e.g. 2021-06-02, 2021/6/2, 2021.6.2, 2021年6月2日 or 20210602',
  );
}

// ---------------------------------------------------------------------------------------------------
// Enums, booleans, progress

/** A label as compared: half-width (so full-width brackets are ASCII ones), without any spaces, ASCII lower-cased. */
export function enumKey(s: string): string {
  return toHalfWidth(s).replace(ANY_SPACE, '').toLowerCase();
}

const TRUE_WORDS = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓', '✔', '对']);
const FALSE_WORDS = new Set(['否', '无', '没有', 'n', 'no', 'false', '0', '×', '✗', '✘', '错']);

function checkBool(raw: string | number | boolean): CellResult<boolean> {
  if (typeof raw === 'boolean') return accept(raw);
  const key = typeof raw === 'number' ? String(raw) : enumKey(raw);
  if (TRUE_WORDS.has(key)) return accept(true);
  if (FALSE_WORDS.has(key)) return accept(false);
  return refuse('应为 是 或 否（也可写 有/无、Y/N、√/×、1/0）', 'expected 是 or 否 (yes/no; also 有/无, Y/N, √/×, 1/0, true/false)');
}

const STAGE_WORDS: Record<Progress['stage'], string[]> = {
  COMPLETED: ['已建成', '已完成', '完成', '建成', '已竣工', '竣工'],
  IN_PROGRESS: ['建设中', '在建', '推进中', '进行中', '正在建设', '施工中'],
  NOT_STARTED: ['未启动', '未开工', '未建', '未开始'],
};
const STAGE_OF = new Map(Object.entries(STAGE_WORDS).flatMap(([stage, words]) => words.map((w) => [w, stage as Progress['stage']])));

const PROGRESS_REFUSAL: Reason = {
  zh: '应为建设进度：已建成/已完成、建设中/在建/推进中、未启动/未开工，或百分比（如 60%），也可写作 建设中（60%）',
  en: 'expected a progress: 已建成/已完成 (completed), 建设中/在建/推进中 (in progress), 未启动/未开工 (not started), or a percentage (e.g. 60%), also as 建设中（60%）',
};

function byPercent(percent: number): CellResult<Progress> {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    return refuse('百分比应在 0% 至 100% 之间', 'the percentage must be between 0% and 100%');
  }
  if (percent === 100) return accept({ stage: 'COMPLETED', percent: 100 });
  if (percent === 0) return accept({ stage: 'NOT_STARTED', percent: 0 });
  return accept({ stage: 'IN_PROGRESS', percent });
}

/** Two decimals at most: 0.07 × 100 is 7, not 7.000000000000001. */
function roundPercent(p: number): number {
  return Math.round(p * 100) / 100;
}

/**
 * A progress. Words: 已建成/已完成/完成/建成 → COMPLETED 100; 建设中/在建/推进中/进行中 → IN_PROGRESS
 * (percent null); 未启动/未开工/未建 → NOT_STARTED 0. A percentage: "60%", "60％", "60" (text) → IN_PROGRESS
 * 60, 100 → COMPLETED, 0 → NOT_STARTED. A number cell from 0 to 1 is a fraction (Excel's percent format
 * stores 60% as 0.6; 1 is 100%), above 1 a percentage. A word with a percentage, 建设中（60%）, must agree.
 */
function checkProgress(raw: string | number): CellResult<Progress> {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return refuse(PROGRESS_REFUSAL.zh, PROGRESS_REFUSAL.en);
    return byPercent(roundPercent(raw >= 0 && raw <= 1 ? raw * 100 : raw));
  }
  const t = enumKey(raw);
  const word = STAGE_OF.get(t);
  if (word === 'COMPLETED') return accept({ stage: 'COMPLETED', percent: 100 });
  if (word === 'NOT_STARTED') return accept({ stage: 'NOT_STARTED', percent: 0 });
  if (word === 'IN_PROGRESS') return accept({ stage: 'IN_PROGRESS', percent: null });
  const pct = /^(\d+(?:\.\d+)?)%?$/.exec(t);
  if (pct) return byPercent(roundPercent(Number(pct[1])));
  const combo = /^([^\d(:,%]+)[(:,]?(\d+(?:\.\d+)?)%?\)?$/.exec(t);
  const stage = combo ? STAGE_OF.get(combo[1]!) : undefined;
  if (combo && stage) {
    const result = byPercent(roundPercent(Number(combo[2])));
    if (!result.ok || result.value.stage === stage) return result;
    return refuse(
      `进度文字与百分比不一致：${combo[1]} 与 ${combo[2]}%，请只写其一或改正`,
      `the progress word and percentage disagree: ${combo[1]} and ${combo[2]}%; write one of them, or correct it`,
    );
  }
  return refuse(PROGRESS_REFUSAL.zh, PROGRESS_REFUSAL.en);
}

// ---------------------------------------------------------------------------------------------------
// Codes, regions

function checkCode(raw: string | number, pattern: RegExp, expected: Reason): CellResult<string> {
  if (typeof raw === 'number') {
    if (Number.isSafeInteger(raw) && raw >= 0 && pattern.test(String(raw))) return accept(String(raw));
    return refuse(EXCEL_NUMBER.zh, EXCEL_NUMBER.en);
  }
  const t = normal(raw);
  if (SCIENTIFIC.test(t)) return refuse(EXCEL_NUMBER.zh, EXCEL_NUMBER.en);
  if (pattern.test(t)) return accept(t);
  return refuse(`格式不符：应为${expected.zh}`, `does not match the format: expected ${expected.en}`);
}

const REGION_REFUSAL: Reason = {
  zh: '应为 6、9 或 12 位行政区划代码（如 330106），或中文名称（如 西湖区）',
  en: 'expected a 6-, 9- or 12-digit division code (e.g. 330106) or a Chinese name (e.g. 西湖区)',
};

/** A division's code (6, 9 or 12 digits) or its Chinese name (Han characters and ·); only the syntax is checked. */
function checkRegion(raw: string | number): CellResult<RegionRef> {
  if (typeof raw === 'number') {
    if (!Number.isSafeInteger(raw) || raw < 0) return refuse(EXCEL_NUMBER.zh, EXCEL_NUMBER.en);
    const code = String(raw);
    if (/^(?:\d{6}|\d{9}|\d{12})$/.test(code)) return accept({ code });
    return refuse(REGION_REFUSAL.zh, REGION_REFUSAL.en);
  }
  const t = normal(raw);
  if (SCIENTIFIC.test(t)) return refuse(EXCEL_NUMBER.zh, EXCEL_NUMBER.en);
  const compact = t.replace(ANY_SPACE, '');
  if (/^(?:\d{6}|\d{9}|\d{12})$/.test(compact)) return accept({ code: compact });
  if (/^[\p{Script=Han}·・•]+$/u.test(compact) && /\p{Script=Han}/u.test(compact) && [...compact].length <= 50) {
    return accept({ name: compact.replace(/[・•]/g, '·') });
  }
  return refuse(REGION_REFUSAL.zh, REGION_REFUSAL.en);
}

// ---------------------------------------------------------------------------------------------------
// Unified social credit codes (GB 32100-2015)

/** The 31 characters of GB 32100-2015, in the order of their values 0–30 (no I, O, S, V, Z). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character (18th) of a unified social credit code's first 17 characters: mod 31 of the weighted sum (GB 32100-2015). */
export function usccCheckChar(body17: string): string {
  const sum = [...body17].reduce((s, ch, i) => s + USCC_ALPHABET.indexOf(ch) * USCC_WEIGHTS[i]!, 0);
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** True for 18 characters of the GB 32100 alphabet (upper case) whose last is the check character of the first 17. */
export function isValidUscc(code: string): boolean {
  return /^[0-9A-HJ-NP-RTUW-Y]{18}$/.test(code) && usccCheckChar(code.slice(0, 17)) === code[17];
}

function checkUscc(raw: string | number): CellResult<string> {
  if (typeof raw === 'number') return refuse(EXCEL_NUMBER.zh, EXCEL_NUMBER.en);
  const t = normal(raw).replace(ANY_SPACE, '').toUpperCase();
  if (SCIENTIFIC.test(t)) return refuse(EXCEL_NUMBER.zh, EXCEL_NUMBER.en);
  const chars = [...t];
  if (chars.length !== 18) {
    return refuse(
      `统一社会信用代码应为 18 位，此处为 ${chars.length} 位`,
      `a unified social credit code has 18 characters, this one has ${chars.length}`,
    );
  }
  const bad = chars.findIndex((ch) => !USCC_ALPHABET.includes(ch));
  if (bad >= 0) {
    return refuse(
      `第 ${bad + 1} 位字符"${chars[bad]}"不允许：统一社会信用代码只用数字和除 I、O、S、V、Z 以外的大写字母（O、I 常为 0、1 之误）`,
      `character ${bad + 1} ("${chars[bad]}") is not allowed: a unified social credit code uses digits and capital letters except I, O, S, V, Z (O and I are often typos for 0 and 1)`,
    );
  }
  if (usccCheckChar(t.slice(0, 17)) !== t[17]) {
    return refuse(
      '统一社会信用代码的校验位（第 18 位）不符，可能有输入错误，请核对',
      'the check character (the 18th) of the unified social credit code does not match: probably a typo; please check the code',
    );
  }
  return accept(t);
}

// ---------------------------------------------------------------------------------------------------
// Resident identity-card numbers (GB 11643-1999)

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The check character (18th) of an identity-card number's first 17 digits: '10X98765432' at the weighted sum mod 11 (GB 11643-1999). */
export function idCardCheckChar(body17: string): string {
  const sum = [...body17].reduce((s, ch, i) => s + Number(ch) * ID_WEIGHTS[i]!, 0);
  return ID_CHECK[sum % 11]!;
}

/** True for 17 digits and a check character (X upper case) that matches, whose birth date (digits 7–14) is a real date from 1900 on. */
export function isValidIdCard(id: string): boolean {
  return idCardProblem(id) === null;
}

/** Which rule an identity-card number breaks (never quoting it), or null. */
function idCardProblem(id: string): Reason | null {
  const len = [...id].length;
  if (len === 15) {
    return {
      zh: '这是 15 位的旧身份证号码，请改填 18 位号码',
      en: 'this is an old 15-digit identity-card number; enter the 18-character number instead',
    };
  }
  if (len !== 18)
    return { zh: `身份证号码应为 18 位，此处为 ${len} 位`, en: `an identity-card number has 18 characters, this one has ${len}` };
  if (!/^\d{17}[\dX]$/.test(id)) {
    return {
      zh: '身份证号码前 17 位应为数字，最后一位为数字或 X',
      en: 'an identity-card number has 17 digits then a digit or X',
    };
  }
  const year = Number(id.slice(6, 10));
  if (!isRealDate(year, Number(id.slice(10, 12)), Number(id.slice(12, 14))) || year < 1900 || id.slice(6, 14) > todayDigits()) {
    return {
      zh: '身份证号码中的出生日期（第 7–14 位）不是有效日期，请核对',
      en: 'the birth date in the identity-card number (characters 7–14) is not a valid date; please check the number',
    };
  }
  if (idCardCheckChar(id.slice(0, 17)) !== id[17]) {
    return {
      zh: '身份证号码的校验位（第 18 位）不符，可能有输入错误，请核对',
      en: 'the check character (the 18th) of the identity-card number does not match: probably a typo; please check the number',
    };
  }
  return null;
}

function todayDigits(): string {
  return new Date().toISOString().slice(0, 10).replace(/-/g, '');
}

/**
 * The digest kept instead of an identity-card number, as the seed writes it (seed/world/social-work.ts):
 * `sha256$<salt>$<hex of sha256(salt + number)>`, the salt 16 hex digits (random unless given), the
 * number with an upper-case X.
 */
export function idCardDigest(id: string, salt: string = randomBytes(8).toString('hex')): string {
  return `sha256$${salt}$${createHash('sha256')
    .update(salt + id.toUpperCase())
    .digest('hex')}`;
}

/** True when `digest` (idCardDigest's form) is the digest of `id`: the same number imported again is no change. */
export function idCardMatches(id: string, digest: unknown): boolean {
  const m = typeof digest === 'string' ? /^sha256\$([0-9a-f]+)\$[0-9a-f]{64}$/.exec(digest) : null;
  return m !== null && idCardDigest(id, m[1]) === digest;
}

/** The number, normalised (upper-case X): it goes only to the subgraph, which keeps its digest (idCardDigest) and never the number. */
function checkIdCard(raw: string | number): CellResult<string> {
  if (typeof raw === 'number') return refuse(EXCEL_NUMBER.zh, EXCEL_NUMBER.en);
  const t = normal(raw).replace(ANY_SPACE, '').toUpperCase();
  if (SCIENTIFIC.test(t)) return refuse(EXCEL_NUMBER.zh, EXCEL_NUMBER.en);
  const problem = idCardProblem(t);
  if (problem) return refuse(problem.zh, problem.en);
  return accept(t);
}

// ---------------------------------------------------------------------------------------------------
// Phones

const PHONE_REFUSAL: Reason = {
  zh: '应为 11 位手机号码（如 13800138000）或带区号的固定电话（如 0571-87654321，可带分机号），每格一个号码',
  en: 'expected an 11-digit mobile number (e.g. 13800138000) or a landline with its area code (e.g. 0571-87654321, optionally with an extension), one number per cell',
};

/** The area code's length from its first digits: 010 and 020–029 have three digits, the others four. */
function areaLength(digits: string): number {
  return /^0[12]/.test(digits) ? 3 : 4;
}

/**
 * A mobile number as its 11 digits (spaces and dashes allowed, +86 / 86 / 0086 dropped), or a landline as
 * `0571-87654321` (area code, number, and `-extension` when given with 转, 分机, ext, # or a third group).
 */
export function normalisePhone(s: string): string | null {
  const t = normal(s);
  const mobile = t.replace(/[\s\-()]/g, '');
  const m = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/.exec(mobile);
  if (m) return m[1]!;

  let main = t;
  let ext: string | undefined;
  const e = /^(.*?)\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$/i.exec(t);
  if (e) {
    main = e[1]!;
    ext = e[2];
  }
  const groups = main
    .replace(/^\+?86[\s-]*/, '0')
    .replace(/^00+/, '0')
    .split(/[\s\-()]+/)
    .filter(Boolean);
  let area: string;
  let number: string;
  if (groups.length === 1) {
    const d = groups[0]!;
    area = d.slice(0, areaLength(d));
    number = d.slice(area.length);
  } else if (groups.length === 2 || (groups.length === 3 && ext === undefined)) {
    [area, number] = groups as [string, string];
    ext = groups[2] ?? ext;
  } else return null;
  if (!/^0\d{2,3}$/.test(area) || area.length !== areaLength(area)) return null;
  if (!/^[1-9]\d{6,7}$/.test(number)) return null;
  if (ext !== undefined && !/^\d{1,6}$/.test(ext)) return null;
  return `${area}-${number}${ext === undefined ? '' : `-${ext}`}`;
}

function checkPhone(raw: string | number): CellResult<string> {
  if (typeof raw === 'number') {
    if (Number.isSafeInteger(raw)) {
      const m = /^(1[3-9]\d{9})$/.exec(String(raw));
      if (m) return accept(m[1]!);
    }
    return refuse(
      `${PHONE_REFUSAL.zh}。此单元格是数字，固定电话区号开头的 0 可能已被 Excel 去掉：请将该列设置单元格格式为"文本"后重新输入`,
      `${PHONE_REFUSAL.en}. This cell is a number, so Excel may have dropped the area code's leading 0: format the column as text (设置单元格格式为"文本") and type it again`,
    );
  }
  const phone = normalisePhone(raw);
  if (phone === null) return refuse(PHONE_REFUSAL.zh, PHONE_REFUSAL.en);
  return accept(phone);
}

// ---------------------------------------------------------------------------------------------------
// Text

function checkText(raw: string | number, maxLength: number): CellResult<string> {
  const t = typeof raw === 'number' ? String(raw) : trimCell(raw);
  const len = [...t].length;
  if (len > maxLength) {
    return refuse(`内容过长：最多 ${maxLength} 个字，此处 ${len} 个字`, `too long: at most ${maxLength} characters, this has ${len}`);
  }
  return accept(t);
}

// ---------------------------------------------------------------------------------------------------

/**
 * Checks one cell against its column's kind: its value for the record, `null` for an empty cell (of any
 * kind), or why it is refused (in Chinese and English). Never throws for what a file may hold.
 */
/** The value of `values` that `text` names (by its value or any of its labels), or undefined. */
function enumValueOf(values: readonly EnumValue[], text: string): string | undefined {
  const key = enumKey(text);
  return values.find((v) => enumKey(v.value) === key || v.labels.some((l) => enumKey(l) === key))?.value;
}

export function checkCell(kind: CellKind, raw: RawCell, context: CellContext): CellResult {
  if (isEmpty(raw)) return accept(null);
  if (typeof raw === 'number' && !Number.isFinite(raw)) return wrongCell(kind.type, raw);
  if (raw instanceof Date) {
    if (kind.type === 'date') return checkDate(raw);
    return wrongCell(kind.type, raw);
  }
  if (typeof raw === 'boolean') {
    if (kind.type === 'bool') return checkBool(raw);
    if (kind.type === 'text') return checkText(raw ? 'TRUE' : 'FALSE', kind.maxLength ?? 200);
    return wrongCell(kind.type, raw);
  }
  if (typeof raw !== 'string' && typeof raw !== 'number') return wrongCell(kind.type, raw);
  switch (kind.type) {
    case 'text':
      return checkText(raw, kind.maxLength ?? 200);
    case 'code':
      return checkCode(raw, kind.pattern, kind.expected);
    case 'int':
      return checkNumber(raw, true, kind.min, kind.max);
    case 'decimal':
      return checkNumber(raw, false, kind.min, kind.max);
    case 'money':
      return checkMoney(raw, context.header);
    case 'date':
      return checkDate(raw);
    case 'enum': {
      const hit = enumValueOf(kind.values, typeof raw === 'number' ? String(raw) : raw);
      if (hit) return accept(hit);
      const labels = kind.values.map((v) => v.labels[0]);
      return refuse(`应为以下之一：${labels.join('、')}`, `expected one of: ${labels.join(', ')}`);
    }
    case 'enumList': {
      const parts = String(raw)
        .split(/[、,，;；/／]/)
        .map((p) => p.trim())
        .filter(Boolean);
      const unknown = parts.filter((p) => !enumValueOf(kind.values, p));
      if (unknown.length) {
        const labels = kind.values.map((v) => v.labels[0]);
        return refuse(
          `“${unknown.join('、')}”不是可选项；可选：${labels.join('、')}，以顿号分隔`,
          `"${unknown.join('", "')}" ${unknown.length === 1 ? 'is' : 'are'} not among the choices: ${labels.join(', ')} (separated by 、 or commas)`,
        );
      }
      const values = [...new Set(parts.map((p) => enumValueOf(kind.values, p)!))];
      return accept(values.length ? values : null);
    }
    case 'weeklyHours': {
      const week = parseWeeklyHours(String(raw));
      return week.ok ? accept(week.value) : refuse(week.reason.zh, week.reason.en);
    }
    case 'bool':
      return checkBool(raw);
    case 'progress':
      return checkProgress(raw);
    case 'region':
      return checkRegion(raw);
    case 'uscc':
      return checkUscc(raw);
    case 'idCard':
      return checkIdCard(raw);
    case 'phone':
      return checkPhone(raw);
    default:
      return wrongCell((kind as CellKind).type, raw);
  }
}
