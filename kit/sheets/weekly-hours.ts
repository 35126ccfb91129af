import { WEEK, type Weekday } from '../local-time.js';
import type { Reason } from './spec.js';

/**
 * Opening hours as offices write them — 周一至周五 09:00-17:00；周六、周日 09:00-12:00,14:00-17:00,
 * 每天 08:30-20:30, 工作日 8:30-17:30 周末闭馆 — read into a week: weekday → its [from, to] spans as HH:MM,
 * local time. A day named twice keeps all its spans; days marked 闭馆/休息/不开放 are closed.
 */
export type WeeklyHours = Partial<Record<Weekday, [string, string][]>>;

const DAY_CHAR: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6, 七: 6 };
const PREFIX = '(?:周|星期|礼拜)';
const ONE_DAY = `${PREFIX}?[一二三四五六日天七]`;
const DAYS = `(?:每天|每日|全天|天天|工作日|周末|${PREFIX}[一二三四五六日天七](?:\\s*(?:至|到|-|~|—)\\s*${ONE_DAY})?(?:\\s*[、,，和及]\\s*${ONE_DAY}(?:\\s*(?:至|到|-|~|—)\\s*${ONE_DAY})?)*)`;
const TIME = '(\\d{1,2})[:：.](\\d{2})';
const SPAN = `${TIME}\\s*(?:-|~|—|–|至|到)\\s*${TIME}`;
const SEGMENT = new RegExp(`(${DAYS})\\s*(?:[:：]\\s*)?((?:${SPAN}[\\s,，、;；]*)+|闭馆|休息|不开放|关闭)`, 'g');

const REFUSAL: Reason = {
  zh: '应为开放时间，如“周一至周五 09:00-17:00；周六 09:00-12:00”或“每天 08:30-20:30”',
  en: 'expected opening hours such as 周一至周五 09:00-17:00；周六 09:00-12:00 (Monday to Friday…) or 每天 08:30-20:30 (every day)',
};

/** The weekday indexes (0 = Monday) a day expression names. */
function daysOf(expr: string): number[] {
  if (/^(每天|每日|全天|天天)$/.test(expr)) return [0, 1, 2, 3, 4, 5, 6];
  if (expr === '工作日') return [0, 1, 2, 3, 4];
  if (expr === '周末') return [5, 6];
  const out: number[] = [];
  for (const part of expr.split(/\s*[、,，和及]\s*/)) {
    const ends = [...part.matchAll(/[一二三四五六日天七]/g)].map((m) => DAY_CHAR[m[0]]!);
    if (ends.length === 2 && /至|到|-|~|—/.test(part)) {
      for (let d = ends[0]!; ; d = (d + 1) % 7) {
        out.push(d);
        if (d === ends[1]) break;
      }
    } else out.push(...ends);
  }
  return out;
}

const pad = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/** The week `text` describes, or why it cannot be read. */
export function parseWeeklyHours(text: string): { ok: true; value: WeeklyHours } | { ok: false; reason: Reason } {
  // NFKC: full-width digits, colons and tildes (０９：００～) as their ASCII forms.
  const t = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const week: WeeklyHours = {};
  let rest = t;
  for (const m of t.matchAll(SEGMENT)) {
    rest = rest.replace(m[0], ' ');
    const days = daysOf(m[1]!.replace(/\s+/g, ''));
    if (/^(闭馆|休息|不开放|关闭)$/.test(m[2]!)) {
      for (const d of days) delete week[WEEK[d]!];
      continue;
    }
    for (const span of m[2]!.matchAll(new RegExp(SPAN, 'g'))) {
      const [, h1, m1, h2, m2] = span.map(Number) as number[];
      if (h1! > 24 || h2! > 24 || m1! > 59 || m2! > 59 || (h1 === 24 && m1! > 0) || (h2 === 24 && m2! > 0)) {
        return { ok: false, reason: { zh: `时间 ${span[0]} 不存在`, en: `${span[0]} is not a time of day` } };
      }
      const from = pad(h1!, m1!);
      const to = pad(h2!, m2!);
      if (from >= to) {
        return { ok: false, reason: { zh: `${span[0]}：结束时间应晚于开始时间`, en: `${span[0]}: the end must be after the start` } };
      }
      for (const d of days) {
        const day = WEEK[d]!;
        week[day] = [...(week[day] ?? []), [from, to]];
      }
    }
  }
  if (rest.replace(/[\s,，、;；。]/g, '') !== '' || Object.keys(week).length === 0) return { ok: false, reason: REFUSAL };
  for (const day of WEEK) {
    const spans = week[day];
    if (!spans) continue;
    spans.sort((a, b) => a[0].localeCompare(b[0]));
    for (let i = 1; i < spans.length; i++) {
      if (spans[i]![0] < spans[i - 1]![1]) {
        return {
          ok: false,
          reason: {
            zh: `${day} 的开放时段重叠：${spans[i - 1]!.join('-')} 与 ${spans[i]!.join('-')}`,
            en: `${day} has overlapping spans: ${spans[i - 1]!.join('-')} and ${spans[i]!.join('-')}`,
          },
        };
      }
    }
  }
  return { ok: true, value: week };
}

/** True when `value` is a week in stored form (the server's check of what an importer sends). */
export function isWeeklyHours(value: unknown): value is WeeklyHours {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length > 0 &&
    entries.every(
      ([day, spans]) =>
        (WEEK as readonly string[]).includes(day) &&
        Array.isArray(spans) &&
        spans.length > 0 &&
        spans.every(
          (s) =>
            Array.isArray(s) &&
            s.length === 2 &&
            s.every((x) => typeof x === 'string' && /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/.test(x)) &&
            s[0] < s[1],
        ),
    )
  );
}
