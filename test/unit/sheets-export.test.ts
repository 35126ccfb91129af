import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRows, pickTable, sheetNames, tablesToWorkbook, tablesToXlsx, tableToCsv, writeTables } from '../../kit/sheets/export.js';
import type { Table } from '../../kit/sheets/flatten.js';

/**
 * Flattened answers as analysts' files (kit/sheets/export.ts), built and read back inside each test:
 * the CSV's bytes (BOM, headers in each language, CRLF, quoting), the workbook (sheet names within
 * Excel's rules, two frozen header rows, widths, text columns kept as text), which table a single
 * export serves, and the files `npm run export` writes.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-export-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function regions(over: Partial<Table> = {}): Table {
  return {
    name: 'regions',
    zh: '区划',
    en: 'Regions',
    list: true,
    columns: [
      { key: 'code', zh: '代码', en: 'Code', kind: 'text' },
      { key: 'name', zh: '名称', en: 'Name', kind: 'text' },
      { key: 'venues.totalCount', zh: '场所数', en: 'Venue count', kind: 'number' },
      { key: 'open', zh: '开放', en: 'Open', kind: 'boolean' },
      { key: 'id', zh: 'id', en: 'id', kind: 'auto' },
    ],
    rows: [
      { code: '330106', name: '西湖区', 'venues.totalCount': 12, open: true, id: 'a' },
      { code: '330106002', name: '北山街道, "北山"', 'venues.totalCount': null, open: false },
    ],
    ...over,
  };
}

describe('tableToCsv', () => {
  it('bilingual headers by default (one word when both are the same), a BOM, CRLF, RFC 4180 quoting, empty for null', () => {
    const text = tableToCsv(regions()).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      '代码 Code,名称 Name,场所数 Venue count,开放 Open,id',
      '330106,西湖区,12,true,a',
      '330106002,"北山街道, ""北山""",,false,',
      '',
    ]);
  });

  it('headers in one language, or the column keys', () => {
    const first = (headers: 'zh' | 'en' | 'key') => tableToCsv(regions(), headers).toString('utf8').slice(1).split('\r\n')[0];
    expect(first('zh')).toBe('代码,名称,场所数,开放,id');
    expect(first('en')).toBe('Code,Name,Venue count,Open,id');
    expect(first('key')).toBe('code,name,venues.totalCount,open,id');
  });
});

describe('sheetNames', () => {
  it('keeps Excel’s rules: no : \\ / ? * [ ], at most 31 characters, unique whatever the case, never empty', () => {
    const t = (name: string) => regions({ name });
    expect(sheetNames([t('a:b/c\\d?e*f[g]'), t('x'.repeat(40)), t('Regions'), t('regions'), t('regions'), t('')])).toEqual([
      'a_b_c_d_e_f_g_',
      'x'.repeat(31),
      'Regions',
      'regions-2',
      'regions-3',
      'Sheet',
    ]);
    const long = 'y'.repeat(31);
    expect(sheetNames([t(long), t(long)])).toEqual([long, `${'y'.repeat(29)}-2`]);
  });
});

describe('tablesToWorkbook and tablesToXlsx', () => {
  it('a sheet per table: Chinese then English headers, frozen, widths from the headers, numbers and booleans as they are, text as text', async () => {
    const wide = regions({
      name: 'wide',
      columns: [
        { key: 'code', zh: '代码', en: 'Code', kind: 'text' },
        { key: 'n', zh: '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一', en: 'n', kind: 'number' },
      ],
      rows: [{ code: 330106, n: 3 }],
    });
    const bytes = await tablesToXlsx([regions(), wide]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as never);
    expect(book.creator).toBe('venue-graph');
    expect(book.worksheets.map((w) => w.name)).toEqual(['regions', 'wide']);
    const ws = book.getWorksheet('regions')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['代码', '名称', '场所数', '开放', 'id']);
    expect(ws.getRow(1).font).toMatchObject({ bold: true });
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(['Code', 'Name', 'Venue count', 'Open', 'id']);
    expect(ws.getRow(2).font).toMatchObject({ italic: true });
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(['330106', '西湖区', 12, true, 'a']);
    expect(ws.getCell(4, 3).value).toBeNull();
    expect(ws.getCell(4, 4).value).toBe(false);
    expect(ws.getColumn(1).numFmt).toBe('@');
    expect(ws.getColumn(3).numFmt).toBeUndefined();
    // 场所数 is 6 wide, "Venue count" 11: the wider, plus 2; at least 8 (+2); at most 60.
    expect(ws.getColumn(3).width).toBe(13);
    expect(ws.getColumn(5).width).toBe(10);
    const w = book.getWorksheet('wide')!;
    expect(w.getColumn(2).width).toBe(60);
    // A code in a text column stays text even when the answer held a number.
    expect(w.getCell(3, 1).value).toBe('330106');
    expect(w.getCell(3, 2).value).toBe(3);
  });

  it('the workbook object itself has the same sheets, for the HTTP route to stream', async () => {
    const book = await tablesToWorkbook([regions(), regions()]);
    expect(book.worksheets.map((w) => w.name)).toEqual(['regions', 'regions-2']);
  });
});

describe('pickTable and describeRows', () => {
  it('serves the table named, else the first list, else the first table', () => {
    const one = regions({ name: 'region', list: false });
    const list = regions({ name: 'sites', list: true });
    expect(pickTable([one, list], 'region')).toBe(one);
    expect(pickTable([one, list], 'nothing')).toBeUndefined();
    expect(pickTable([one, list])).toBe(list);
    expect(pickTable([one])).toBe(one);
    expect(pickTable([])).toBeUndefined();
  });

  it('says how many rows, of how many items, or that more exist', () => {
    expect(describeRows(regions())).toBe('2 rows');
    expect(describeRows(regions({ rows: [{}] }))).toBe('1 row');
    expect(describeRows(regions({ totalCount: 11 }))).toBe('2 rows of 11 items');
    expect(describeRows(regions({ rows: [{}], totalCount: 1 }))).toBe('1 row of 1 item');
    expect(describeRows(regions({ hasNextPage: true }))).toBe('2 rows (more exist: not all pages asked)');
    expect(describeRows(regions({ hasNextPage: false }))).toBe('2 rows');
  });
});

describe('writeTables', () => {
  it('CSV: one table to the file named; several to a file each, named by table', async () => {
    const out = path.join(dir, 'answer.csv');
    expect(await writeTables([regions()], 'csv', out, 'en')).toEqual([{ file: out, tables: [{ name: 'regions', rows: '2 rows' }] }]);
    expect(fs.readFileSync(out, 'utf8').split('\r\n')[0]).toBe('\uFEFFCode,Name,Venue count,Open,id');
    const many = path.join(dir, 'many.CSV');
    const written = await writeTables([regions(), regions({ name: 'sites', totalCount: 5 })], 'csv', many);
    expect(written).toEqual([
      { file: path.join(dir, 'many-regions.csv'), tables: [{ name: 'regions', rows: '2 rows' }] },
      { file: path.join(dir, 'many-sites.csv'), tables: [{ name: 'sites', rows: '2 rows of 5 items' }] },
    ]);
    expect(fs.readFileSync(path.join(dir, 'many-sites.csv'), 'utf8').split('\r\n')[0]).toBe(
      '\uFEFF代码 Code,名称 Name,场所数 Venue count,开放 Open,id',
    );
    expect(fs.existsSync(many)).toBe(false);
  });

  it('XLSX: every table in one workbook', async () => {
    const out = path.join(dir, 'answer.xlsx');
    expect(await writeTables([regions(), regions({ name: 'sites', hasNextPage: true })], 'xlsx', out)).toEqual([
      {
        file: out,
        tables: [
          { name: 'regions', rows: '2 rows' },
          { name: 'sites', rows: '2 rows (more exist: not all pages asked)' },
        ],
      },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['regions', 'sites']);
  });
});
