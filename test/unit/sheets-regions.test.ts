import { describe, expect, it } from 'vitest';
import type { FileCheck } from '../../kit/sheets/check.js';
import { regionResolver, resolveRegions } from '../../kit/sheets/regions.js';
import { loadRegions } from '../../seed/regions.js';
import { SOCIAL_WORK_IMPORT } from '../../subgraphs/social-work/import-spec.js';

/** Divisions as offices write them, against the real division list of Zhejiang (seed/regions/zhejiang.csv). */
const resolver = regionResolver(loadRegions());
const township = { level: 'TOWNSHIP' as const };

describe('resolving a division', () => {
  it('takes a code of the asked level, and refuses an unknown code or one of another level', () => {
    expect(resolver.resolve({ code: '330106002' }, township)).toEqual({ ok: true, value: '330106002' });
    const unknown = resolver.resolve({ code: '330106999' }, township);
    expect(unknown.ok || unknown.reason.zh).toBe('区划代码 330106999 不存在（本系统的区划表中没有）');
    const county = resolver.resolve({ code: '330106' }, township);
    expect(county.ok || county.reason).toEqual({
      zh: '应为乡镇（街道）区划，330106（浙江省杭州市西湖区）是区县级',
      en: 'expected a township; 330106 (浙江省杭州市西湖区) is a county',
    });
  });

  it('takes a full name with any of the levels above left out', () => {
    for (const name of [
      '浙江省杭州市西湖区北山街道',
      '杭州市西湖区北山街道',
      '西湖区北山街道',
      '浙江省西湖区北山街道',
      ' 北山街道 ',
      '北山街道',
    ]) {
      expect(resolver.resolve({ name }, township), name).toEqual({ ok: true, value: '330106002' });
    }
    expect(resolver.fullName('330106002')).toBe('浙江省杭州市西湖区北山街道');
  });

  it('refuses a name whose county is wrong, and a name nobody has', () => {
    const wrongCounty = resolver.resolve({ name: '上城区北山街道' }, township);
    expect(wrongCounty.ok).toBe(false);
    const none = resolver.resolve({ name: '不存在街道' }, township);
    expect(none.ok || none.reason.zh).toBe('未找到名为“不存在街道”的乡镇（街道）；请核对名称，或填写区划代码');
  });

  it('refuses an ambiguous name with its candidates, and takes it within the county asked for', () => {
    const ambiguous = resolver.resolve({ name: '白云街道' }, township);
    expect(ambiguous.ok).toBe(false);
    if (ambiguous.ok) return;
    expect(ambiguous.reason.zh).toMatch(/^“白云街道”有 5 处同名乡镇（街道）：浙江省宁波市海曙区白云街道（330203006）、/);
    expect(ambiguous.reason.en).toBe(
      '"白云街道" names 5 divisions: 330203006, 330783004, 330802009, 331002002, 331102004; write the county too, or give the division code',
    );
    expect(resolver.resolve({ name: '白云街道' }, { ...township, within: '330802' })).toEqual({ ok: true, value: '330802009' });
    expect(resolver.resolve({ name: '衢州市柯城区白云街道' }, township)).toEqual({ ok: true, value: '330802009' });
  });
});

describe('resolving the regions of a checked file', () => {
  /** A stations sheet as check.ts leaves it: records with region refs. */
  function checked(townships: ({ name: string } | { code: string })[]): FileCheck {
    const spec = SOCIAL_WORK_IMPORT.sheets[0]!;
    return {
      ignoredSheets: [],
      sheetRefusals: [],
      sheets: [
        {
          name: 'Sheet1',
          spec,
          headerRow: 1,
          headers: { township: '所在乡镇（街道）' },
          ignoredColumns: [],
          rows: townships.map((t, i) => ({ row: i + 2, record: { name: `站${i}`, township: t }, refusals: [] })),
        },
      ],
    };
  }

  it('turns names and codes into codes, finding the file’s county from its unambiguous rows', () => {
    const check = checked([{ name: '北山街道' }, { code: '330106004' }]);
    expect(resolveRegions(check, resolver)).toBe('330106');
    expect(check.sheets[0]!.rows.map((r) => r.record?.township)).toEqual(['330106002', '330106004']);
  });

  it('refuses an ambiguous name when the file names no county, with the header as the file writes it', () => {
    const check = checked([{ name: '白云街道' }, { name: '北山街道' }, { code: '330203001' }]);
    // Two counties: the file's county is not known, so 白云街道 stays ambiguous.
    expect(resolveRegions(check, resolver)).toBeUndefined();
    const [first] = check.sheets[0]!.rows;
    expect(first!.record).toBeNull();
    expect(first!.refusals.map((r) => [r.row, r.header, r.value])).toEqual([[2, '所在乡镇（街道）', '白云街道']]);
  });

  it('resolves an ambiguous name within the county given (--region)', () => {
    const check = checked([{ name: '白云街道' }]);
    expect(resolveRegions(check, resolver, { within: '330203' })).toBe('330203');
    expect(check.sheets[0]!.rows[0]!.record?.township).toBe('330203006');
  });
});
