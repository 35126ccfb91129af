import { describe, expect, it } from 'vitest';
import { dataRows, type HeaderMatch, headerKey, locateColumns, normaliseHeader } from '../../kit/sheets/headers.js';
import type { Merge, RawCell, RawSheet } from '../../kit/sheets/read.js';
import type { SheetSpec } from '../../kit/sheets/spec.js';
import { textColumn } from '../helpers/sheet-spec.js';

/**
 * Finding the header row and the columns (kit/sheets/headers.ts) in sheets built inside each test:
 * how far down it looks, which row wins, what a refusal says of the row it judged, where the data
 * starts under a header merged down, the unit a header carries, and the header's normal form.
 */

const SPEC: SheetSpec = {
  kind: 'stations',
  name: '社工站',
  aliases: [],
  nameEn: 'Stations',
  key: ['name'],
  columns: [
    textColumn('name', '站点名称', 'Station name', true, ['名称']),
    textColumn('township', '所在乡镇(街道)', 'Township', true),
    textColumn('funding', '配备资金', 'Funding', false),
  ],
};

const sheet = (rows: RawCell[][], merges: Merge[] = []): RawSheet => ({
  name: 'S',
  rows: rows.map((cells, i) => ({ number: i + 1, cells })),
  merges,
});

function found(s: RawSheet): HeaderMatch {
  const result = locateColumns(s, SPEC);
  if (!result.ok) throw new Error(result.reason.en);
  return result;
}

const refusedWith = (s: RawSheet) => {
  const result = locateColumns(s, SPEC);
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
};

const HEADER: RawCell[] = ['站点名称', '所在乡镇(街道)', '配备资金'];

describe('locateColumns', () => {
  it('looks at the first 10 rows that hold anything (blank rows do not count), no further', () => {
    const junk = (n: number): RawCell[][] => Array.from({ length: n }, (_, i) => [`说明 ${i + 1}`]);
    expect(found(sheet([...junk(9), HEADER, ['A站', 'B镇', 1]])).headerRow).toBe(10);
    expect(refusedWith(sheet([...junk(10), HEADER, ['A站', 'B镇', 1]])).en).toMatch(/^sheet "S": no header row in the first 10 rows/);
    const blanks: RawCell[][] = Array.from({ length: 5 }, () => [null, '  ', '']);
    expect(found(sheet([...blanks, ...junk(9), HEADER])).headerRow).toBe(15);
  });

  it('the row matching the most columns wins; of two alike, the first', () => {
    expect(found(sheet([['站点名称'], HEADER, ['站点名称', '所在乡镇(街道)']])).headerRow).toBe(2);
    expect(found(sheet([HEADER, HEADER, ['A站', 'B镇', 1]])).headerRow).toBe(1);
  });

  it('with no row matching, the refusal shows the fullest row’s headers, each once', () => {
    const reason = refusedWith(sheet([['清单'], ['甲', '乙', '乙', '丙'], ['丁']]));
    expect(reason).toEqual({
      zh: '工作表“S”：前 10 行中找不到表头，但缺少必填列：站点名称、所在乡镇(街道)；该行的表头为：甲、乙、丙',
      en: 'sheet "S": no header row in the first 10 rows but lacks the required columns: Station name, Township; that row\'s headers are: 甲, 乙, 丙',
    });
  });

  it('a sheet with nothing in it', () => {
    expect(refusedWith(sheet([]))).toEqual({ zh: '工作表“S”：工作表中没有任何内容', en: 'sheet "S": the sheet holds nothing' });
    expect(refusedWith(sheet([[null, ' '], ['\u3000']])).en).toBe('sheet "S": the sheet holds nothing');
  });

  it('a header merged down two rows moves the data below the merge; unknown headers too', () => {
    const merged = found(
      sheet(
        [
          ['站点名称', '所在乡镇(街道)', '备注'],
          [null, null, null],
          ['A站', 'B镇', 'x'],
        ],
        [{ top: 1, left: 3, bottom: 2, right: 3 }],
      ),
    );
    expect(merged.headerRow).toBe(1);
    expect(merged.dataStart).toBe(3);
    expect(merged.unknown).toEqual([{ index: 2, headerAsWritten: '备注' }]);
    const plain = found(sheet([HEADER, ['A站', 'B镇', 1]]));
    expect(plain.dataStart).toBe(2);
  });

  it('a header with a unit matches its column and records the unit; each data cell carries it', () => {
    const withUnit = found(
      sheet([
        ['名称', '所在乡镇(街道)', '配备资金（单位万元）'],
        ['A站', 'B镇', 12.5],
      ]),
    );
    expect(withUnit.columns).toEqual([
      { field: 'name', index: 0, headerAsWritten: '名称' },
      { field: 'township', index: 1, headerAsWritten: '所在乡镇(街道)' },
      { field: 'funding', index: 2, headerAsWritten: '配备资金（单位万元）', unit: '万元' },
    ]);
    const [row] = dataRows(
      sheet([
        ['名称', '所在乡镇(街道)', '配备资金（单位万元）'],
        ['A站', 'B镇', 12.5],
      ]),
      withUnit,
    );
    expect(row!.cells.funding).toEqual({ raw: 12.5, headerAsWritten: '配备资金（单位万元）', unit: '万元' });
    expect('unit' in row!.cells.name!).toBe(false);
  });

  it('a header cell that is a number or a date reads as its text', () => {
    const result = locateColumns(sheet([[...HEADER, 2024, new Date(Date.UTC(2021, 5, 2))]]), SPEC);
    expect(result.ok && result.unknown).toEqual([
      { index: 3, headerAsWritten: '2024' },
      { index: 4, headerAsWritten: '2021-06-02' },
    ]);
  });
});

describe('normaliseHeader and headerKey', () => {
  it('required markers only at the ends, however many; whitespace runs anywhere', () => {
    expect(normaliseHeader('**站点名称**')).toBe('站点名称');
    expect(normaliseHeader('*站*点*')).toBe('站*点');
    expect(normaliseHeader('站  点 \t 名称')).toBe('站点名称');
  });

  it('a unit with or without 单位 and its colon; brackets with nothing in them, or at the start, are no unit', () => {
    expect(headerKey('配备资金(单位万元)')).toEqual({ key: '配备资金(单位万元)', base: '配备资金', unit: '万元' });
    expect(headerKey('配备资金(单位:元)')).toEqual({ key: '配备资金(单位:元)', base: '配备资金', unit: '元' });
    expect(headerKey('配备资金()')).toEqual({ key: '配备资金()', base: '配备资金' });
    expect(headerKey('配备资金（单位：）')).toEqual({ key: '配备资金(单位:)', base: '配备资金' });
    expect(headerKey('(万元)')).toEqual({ key: '(万元)', base: '(万元)' });
  });
});
