import type { CheckedSheet, FileCheck } from './check.js';
import type { RegionRef } from './cells.js';
import type { CellResult, RegionLevel } from './spec.js';

/**
 * Divisions as offices write them, resolved against the division list (the same list the facilities
 * subgraph holds: seed/regions/zhejiang.csv): a code, a full name (浙江省杭州市西湖区北山街道, with any of
 * the levels above left out), or a township's name alone when it is unique (within the file's county,
 * when the file says which). An unknown code or name, a division of the wrong level and an ambiguous
 * name are refused, the last with its candidates.
 */

export interface Division {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

const LEVEL_ZH: Record<RegionLevel, string> = {
  PROVINCE: '省级',
  CITY: '地市级',
  COUNTY: '区县级',
  TOWNSHIP: '乡镇（街道）',
  VILLAGE: '村（社区）',
};
const LEVEL_EN: Record<RegionLevel, string> = {
  PROVINCE: 'a province',
  CITY: 'a city',
  COUNTY: 'a county',
  TOWNSHIP: 'a township',
  VILLAGE: 'a village',
};
/** How many candidates an ambiguous name's refusal lists. */
const SHOWN_CANDIDATES = 6;

const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');

export interface ResolveOptions {
  /** The level the column asks for (any when absent). */
  level?: RegionLevel;
  /** A division code the name must lie within (the file's county), if known. */
  within?: string;
}

export interface RegionResolver {
  resolve(ref: RegionRef, options?: ResolveOptions): CellResult<string>;
  /** A division's full name, province first (浙江省杭州市西湖区北山街道). */
  fullName(code: string): string;
  byCode(code: string): Division | undefined;
}

export function regionResolver(divisions: readonly Division[]): RegionResolver {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const byName = new Map<string, Division[]>();
  for (const d of divisions) {
    const key = normalise(d.name);
    byName.set(key, [...(byName.get(key) ?? []), d]);
  }
  const ancestors = (d: Division): Division[] => {
    const out: Division[] = [];
    for (let p = d.parentCode ? byCode.get(d.parentCode) : undefined; p; p = p.parentCode ? byCode.get(p.parentCode) : undefined)
      out.push(p);
    return out;
  };
  const fullName = (code: string) => {
    const d = byCode.get(code);
    return d
      ? [...ancestors(d)]
          .reverse()
          .map((a) => a.name)
          .join('') + d.name
      : code;
  };
  /** Whether `prefix` is made of names of `d`'s ancestors, nearest last, any of them left out. */
  const prefixFits = (prefix: string, d: Division): boolean => {
    let rest = prefix;
    for (const a of ancestors(d)) {
      if (rest === '') return true;
      const name = normalise(a.name);
      if (rest.endsWith(name)) rest = rest.slice(0, -name.length);
    }
    return rest === '';
  };
  const levelFits = (d: Division, level?: RegionLevel) => !level || d.level === level;

  function fromCode(code: string, options: ResolveOptions): CellResult<string> {
    const d = byCode.get(code);
    if (!d) {
      return refuse(`区划代码 ${code} 不存在（本系统的区划表中没有）`, `no division has the code ${code} (it is not in the division list)`);
    }
    if (!levelFits(d, options.level)) {
      return refuse(
        `应为${LEVEL_ZH[options.level!]}区划，${code}（${fullName(code)}）是${LEVEL_ZH[d.level]}`,
        `expected ${LEVEL_EN[options.level!]}; ${code} (${fullName(code)}) is ${LEVEL_EN[d.level]}`,
      );
    }
    if (options.within && !code.startsWith(options.within)) {
      return refuse(`${fullName(code)}（${code}）不在${fullName(options.within)}范围内`, `${code} is not within ${options.within}`);
    }
    return { ok: true, value: code };
  }

  function fromName(written: string, options: ResolveOptions): CellResult<string> {
    const text = normalise(written);
    const candidates: Division[] = [];
    for (const [name, ds] of byName) {
      if (!text.endsWith(name)) continue;
      const prefix = text.slice(0, -name.length);
      for (const d of ds) if (levelFits(d, options.level) && prefixFits(prefix, d)) candidates.push(d);
    }
    const inside = options.within ? candidates.filter((d) => d.code.startsWith(options.within!)) : candidates;
    if (inside.length === 1) return { ok: true, value: inside[0]!.code };
    const what = options.level ? LEVEL_ZH[options.level] : '区划';
    const whatEn = options.level ? LEVEL_EN[options.level] : 'a division';
    if (inside.length === 0) {
      const where = options.within ? `${fullName(options.within)}内` : '';
      const whereEn = options.within ? ` within ${options.within}` : '';
      return refuse(
        `${where}未找到名为“${written}”的${what}；请核对名称，或填写区划代码`,
        `no ${whatEn.replace(/^an? /, '')} named "${written}"${whereEn}; check the name, or give the division code`,
      );
    }
    const listed = inside
      .slice(0, SHOWN_CANDIDATES)
      .map((d) => `${fullName(d.code)}（${d.code}）`)
      .join('、');
    const more = inside.length > SHOWN_CANDIDATES ? ` 等 ${inside.length} 处` : '';
    return refuse(
      `“${written}”有 ${inside.length} 处同名${what}：${listed}${more}；请写明所属区县，或填写区划代码`,
      `"${written}" names ${inside.length} divisions: ${inside
        .slice(0, SHOWN_CANDIDATES)
        .map((d) => d.code)
        .join(', ')}; write the county too, or give the division code`,
    );
  }

  return {
    resolve: (ref, options = {}) => ('code' in ref ? fromCode(ref.code, options) : fromName(ref.name, options)),
    fullName,
    byCode: (code) => byCode.get(code),
  };
}

function refuse(zh: string, en: string): CellResult<string> {
  return { ok: false, reason: { zh, en } };
}

/**
 * Resolves every region cell of a checked file in place: each record's region fields become codes,
 * a refused one a refusal of its row. A name alone is looked up within `within` when given; otherwise,
 * when every township the file names unambiguously lies in one county, within that county (the file's
 * county). Returns that county, if any.
 */
export function resolveRegions(check: FileCheck, resolver: RegionResolver, options: { within?: string } = {}): string | undefined {
  const columns = (sheet: CheckedSheet) => sheet.spec.columns.filter((c) => c.kind.type === 'region');
  let within = options.within;
  if (!within) {
    const counties = new Set<string>();
    for (const sheet of check.sheets) {
      for (const column of columns(sheet)) {
        for (const row of sheet.rows) {
          const ref = row.record?.[column.field] as RegionRef | null | undefined;
          if (!ref) continue;
          const r = resolver.resolve(ref, { level: column.kind.type === 'region' ? column.kind.level : undefined });
          if (r.ok && r.value.length >= 6) counties.add(r.value.slice(0, 6));
        }
      }
    }
    if (counties.size === 1) within = [...counties][0];
  }
  for (const sheet of check.sheets) {
    for (const column of columns(sheet)) {
      const level = column.kind.type === 'region' ? column.kind.level : undefined;
      for (const row of sheet.rows) {
        const ref = row.record?.[column.field] as RegionRef | null | undefined;
        if (!ref || !row.record) continue;
        // A county or above is never narrowed to the file's county.
        const inside = level === 'COUNTY' || level === 'CITY' || level === 'PROVINCE' ? undefined : within;
        const r = resolver.resolve(ref, { level, within: inside });
        if (r.ok) row.record[column.field] = r.value;
        else {
          const header = sheet.headers[column.field] ?? column.header;
          row.refusals.push({ sheet: sheet.name, row: row.row, header, value: 'code' in ref ? ref.code : ref.name, reason: r.reason });
        }
      }
      for (const row of sheet.rows) if (row.refusals.length) row.record = null;
    }
  }
  return within;
}
