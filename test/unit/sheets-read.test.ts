import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataRows, type HeaderMatch, headerKey, locateColumns, normaliseHeader } from '../../kit/sheets/headers.js';
import { MAX_COLUMNS, MAX_ROWS, type RawSheet, readWorkbook, SheetReadError } from '../../kit/sheets/read.js';
import type { SheetSpec } from '../../kit/sheets/spec.js';
import { textColumn } from '../helpers/sheet-spec.js';

/**
 * Reading an office's own file (kit/sheets/read.ts) and finding its columns (kit/sheets/headers.ts):
 * files as county offices make them by hand in Excel or WPS — GBK CSVs, title rows, two-row grouped
 * headers with merges, full-width brackets and stray spaces, units in the header, blank rows — all
 * generated here (exceljs writes the XLSX files, iconv-lite the GBK bytes).
 */

const spec: SheetSpec = {
  kind: 'stations',
  name: '社工站',
  aliases: [],
  nameEn: 'Stations',
  key: ['name', 'township'],
  columns: [
    textColumn('name', '站点名称', 'Station name', true),
    textColumn('township', '所在乡镇(街道)', 'Township', true),
    textColumn('address', '具体地址', 'Address', false),
    textColumn('leader', '负责人', 'Person in charge', true),
    textColumn('funding', '配备资金', 'Funding', false),
    textColumn('progress', '工作进度', 'Progress', false),
  ],
};

const CSV_HEADER = '站点名称,所在乡镇(街道),具体地址,负责人,配备资金（万元）,工作进度,备注';
const CSV_TEXT = `${CSV_HEADER}\r\n城关镇社工站,城关镇,"解放路 12 号\r\n（老干部活动中心二楼）",张三,12.5,已建成,\r\n\r\n南山街道社工站,南山街道,南山路 3 号,李四,30,建设中,新建\r\n`;

function match(sheet: RawSheet): HeaderMatch {
  const result = locateColumns(sheet, spec);
  if (!result.ok) throw new Error(result.reason.en);
  return result;
}

const fields = (m: HeaderMatch) => m.columns.map((c) => [c.field, c.index]);
const values = (sheet: RawSheet, m: HeaderMatch) =>
  dataRows(sheet, m).map((row) => [row.number, Object.fromEntries(Object.entries(row.cells).map(([f, c]) => [f, c.raw]))]);

async function xlsx(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('社工站'), wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function refusal(promise: Promise<unknown>): Promise<SheetReadError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SheetReadError);
  return error as SheetReadError;
}

describe('readWorkbook: CSV', () => {
  it('reads a GBK CSV (as Excel writes it on a Chinese Windows): one sheet named after the file, strings, record numbers', async () => {
    const bytes = iconv.encode(CSV_TEXT, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const book = await readWorkbook({ name: '城关镇清单.csv', bytes });
    expect(book.format).toBe('csv');
    expect(book.encoding).toBe('gb18030');
    expect(book.sheets).toHaveLength(1);
    const sheet = book.sheets[0]!;
    expect(sheet.name).toBe('城关镇清单');
    expect(sheet.merges).toEqual([]);
    expect(sheet.rows.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect(sheet.rows[0]!.cells).toEqual(CSV_HEADER.split(','));
    // The quoted address spans two lines and is one record (row 2); the blank line is record 3.
    expect(sheet.rows[1]!.cells).toEqual([
      '城关镇社工站',
      '城关镇',
      '解放路 12 号\r\n（老干部活动中心二楼）',
      '张三',
      '12.5',
      '已建成',
      '',
    ]);
    expect(sheet.rows[2]!.cells).toEqual(['', '', '', '', '', '', '']);
    expect(sheet.rows[3]!.cells[4]).toBe('30');

    const m = match(sheet);
    expect(m.headerRow).toBe(1);
    expect(m.dataStart).toBe(2);
    expect(m.columns).toEqual([
      { field: 'name', index: 0, headerAsWritten: '站点名称' },
      { field: 'township', index: 1, headerAsWritten: '所在乡镇(街道)' },
      { field: 'address', index: 2, headerAsWritten: '具体地址' },
      { field: 'leader', index: 3, headerAsWritten: '负责人' },
      { field: 'funding', index: 4, headerAsWritten: '配备资金（万元）', unit: '万元' },
      { field: 'progress', index: 5, headerAsWritten: '工作进度' },
    ]);
    expect(m.unknown).toEqual([{ index: 6, headerAsWritten: '备注' }]);
    expect(m.missingRequired).toEqual([]);
    const rows = dataRows(sheet, m);
    expect(rows.map((r) => r.number)).toEqual([2, 4]);
    expect(rows[1]!.cells.funding).toEqual({ raw: '30', headerAsWritten: '配备资金（万元）', unit: '万元' });
    expect(rows[1]!.cells.name).toEqual({ raw: '南山街道社工站', headerAsWritten: '站点名称' });
  });

  it('reads UTF-8 with a BOM (Excel\'s "CSV UTF-8") and without one alike, the BOM stripped', async () => {
    const plain = Buffer.from(CSV_TEXT, 'utf8');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    for (const bytes of [plain, bom]) {
      const book = await readWorkbook({ name: 'list.csv', bytes });
      expect(book.encoding).toBe('utf-8');
      const sheet = book.sheets[0]!;
      expect(sheet.rows[0]!.cells[0]).toBe('站点名称');
      expect(sheet.rows[1]!.cells[2]).toBe('解放路 12 号\r\n（老干部活动中心二楼）');
      expect(match(sheet).columns.map((c) => c.field)).toEqual(['name', 'township', 'address', 'leader', 'funding', 'progress']);
    }
  });

  it('takes an explicit encoding over detection, and refuses bytes that are not of it', async () => {
    const gbk = iconv.encode('站点名称,负责人\n城关,张三\n', 'gbk');
    expect((await readWorkbook({ name: 'a.csv', bytes: gbk }, { encoding: 'gb18030' })).sheets[0]!.rows[1]!.cells).toEqual([
      '城关',
      '张三',
    ]);
    const error = await refusal(readWorkbook({ name: 'a.csv', bytes: gbk }, { encoding: 'utf-8' }));
    expect(error.code).toBe('unknown-encoding');
    expect(error.reason.zh).toContain('utf-8');
  });

  it('reads a file by its path, and English headers in any case, a tab-separated file too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sheets-'));
    try {
      const path = join(dir, 'stations.csv');
      await writeFile(path, 'STATION NAME\ttownship\tPerson in Charge\tFunding (万元)\nA\tB\tC\t1\n');
      const book = await readWorkbook(path);
      expect(book.sheets[0]!.name).toBe('stations');
      const m = match(book.sheets[0]!);
      expect(fields(m)).toEqual([
        ['name', 0],
        ['township', 1],
        ['leader', 2],
        ['funding', 3],
      ]);
      expect(m.columns[3]!.unit).toBe('万元');
      const missing = await refusal(readWorkbook(join(dir, 'nothing.csv')));
      expect(missing.code).toBe('not-found');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it(`refuses a sheet over ${MAX_COLUMNS} columns or ${MAX_ROWS} rows, and accepts one at the limits`, async () => {
    const wide = (n: number) => Buffer.from(`${Array.from({ length: n }, (_, i) => `c${i}`).join(',')}\n`);
    expect((await readWorkbook({ name: 'w.csv', bytes: wide(MAX_COLUMNS) })).sheets[0]!.rows[0]!.cells).toHaveLength(MAX_COLUMNS);
    expect((await refusal(readWorkbook({ name: 'w.csv', bytes: wide(MAX_COLUMNS + 1) }))).code).toBe('too-many-columns');
    const long = (n: number) => Buffer.from('x\n'.repeat(n));
    expect((await readWorkbook({ name: 'l.csv', bytes: long(MAX_ROWS) })).sheets[0]!.rows).toHaveLength(MAX_ROWS);
    const error = await refusal(readWorkbook({ name: 'l.csv', bytes: long(MAX_ROWS + 1) }));
    expect(error.code).toBe('too-many-rows');
    expect(error.message).toMatch(/^\[too-many-rows\] .*100000.* \/ .*100000/);
  });

  it('refuses a CSV with an unclosed quote, saying where', async () => {
    const error = await refusal(readWorkbook({ name: 'q.csv', bytes: Buffer.from('a,b\n1,"2\n3,4\n') }));
    expect(error.code).toBe('bad-csv');
    expect(error.reason.en).toContain('line');
  });
});

describe('readWorkbook: XLSX', () => {
  let titled: Buffer;
  let grouped: Buffer;
  beforeAll(async () => {
    titled = await xlsx((ws, wb) => {
      ws.getCell('A1').value = 'XX县乡镇（街道）社工站建设清单';
      ws.mergeCells('A1:H1');
      // Row 2 blank.
      ws.getRow(3).values = ['序号', '站点名称', '所在乡镇（街道） ', ' 具体地址', '负责人', '配备资金\n（万元）', '工作进度', '备注'];
      ws.getRow(4).values = [1, '城关镇社工站', '城关镇', '解放路12号', '张三', '12.5', '已建成', new Date(Date.UTC(2021, 5, 2))];
      // Row 5 empty in the middle; row 6 has trailing spaces; row 7 only whitespace; row 8 the formulas and the like.
      ws.getRow(6).values = [2, '南山街道社工站  ', '南山街道 ', '南山路3号', '李四 ', 30, '建设中', null];
      ws.getRow(7).values = [null, '  ', '\u3000', null, '\u00a0'];
      ws.getRow(8).values = [
        { formula: 'A6+1', result: 3 },
        { richText: [{ text: '北岭' }, { font: { bold: true }, text: '社工站' }] },
        { text: '北岭乡', hyperlink: 'https://example.org/' },
        { error: '#N/A' },
        '王五',
        { formula: 'F6/2', result: 15 },
        true,
        null,
      ];
      // Row 9: only its 序号, pre-numbered in an empty row.
      ws.getRow(9).values = [4];
      const other = wb.addWorksheet('说明');
      other.getCell('B2').value = '填表说明';
    });
    grouped = await xlsx((ws) => {
      ws.getRow(1).values = ['序号', '基本信息', null, null, null, '人员信息', null, '备注'];
      ws.getRow(2).values = [null, '站点名称', '所在乡镇(街道)', '具体地址', '配备资金（万元）', '负责人', '工作进度', null];
      ws.mergeCells('A1:A2');
      ws.mergeCells('B1:E1');
      ws.mergeCells('F1:G1');
      ws.mergeCells('H1:H2');
      ws.getRow(3).values = [1, '城关镇社工站', '城关镇', '解放路12号', 12.5, '张三', '已建成', ''];
      ws.getRow(4).values = [2, '城关镇第二社工站', null, '人民路8号', '8', '赵六', '建设中', '与文化站合建'];
      ws.mergeCells('C3:C4');
      ws.getRow(5).values = [3, '南山街道社工站', '南山街道', '南山路3号', 30, '李四', '未启动', ''];
    });
  });

  it('reads every worksheet, keeps the row numbers Excel shows and the cells as they hold them', async () => {
    const book = await readWorkbook({ name: '清单.xlsx', bytes: titled });
    expect(book.format).toBe('xlsx');
    expect(book.encoding).toBeUndefined();
    expect(book.sheets.map((s) => s.name)).toEqual(['社工站', '说明']);
    const [sheet, other] = book.sheets as [RawSheet, RawSheet];
    expect(sheet.rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 8 }]);
    // A cell a merge covers holds nothing; the title is its top-left cell's.
    expect(sheet.rows[0]!.cells).toEqual(['XX县乡镇（街道）社工站建设清单', null, null, null, null, null, null, null]);
    expect(sheet.rows[1]!.cells).toEqual(new Array(8).fill(null));
    const row4 = sheet.rows[3]!.cells;
    expect(row4.slice(0, 7)).toEqual([1, '城关镇社工站', '城关镇', '解放路12号', '张三', '12.5', '已建成']);
    expect(row4[7]).toBeInstanceOf(Date);
    expect((row4[7] as Date).toISOString()).toBe('2021-06-02T00:00:00.000Z');
    // A number stays a number, a number stored as text a string.
    expect(sheet.rows[5]!.cells[5]).toBe(30);
    expect(sheet.rows[5]!.cells[1]).toBe('南山街道社工站  ');
    // Formula → cached result, rich text → plain text, hyperlink → text, error → null, booleans as booleans.
    expect(sheet.rows[7]!.cells).toEqual([3, '北岭社工站', '北岭乡', null, '王五', 15, true, null]);
    expect(other.rows.map((r) => r.number)).toEqual([1, 2]);
    expect(other.rows[1]!.cells).toEqual([null, '填表说明']);
  });

  it('finds the header under a merged title and a blank row, through full-width brackets and stray spaces', async () => {
    const sheet = (await readWorkbook({ name: '清单.xlsx', bytes: titled })).sheets[0]!;
    const m = match(sheet);
    expect(m.headerRow).toBe(3);
    expect(m.dataStart).toBe(4);
    expect(m.columns).toEqual([
      { field: 'name', index: 1, headerAsWritten: '站点名称' },
      { field: 'township', index: 2, headerAsWritten: '所在乡镇（街道）' },
      { field: 'address', index: 3, headerAsWritten: '具体地址' },
      { field: 'leader', index: 4, headerAsWritten: '负责人' },
      { field: 'funding', index: 5, headerAsWritten: '配备资金\n（万元）', unit: '万元' },
      { field: 'progress', index: 6, headerAsWritten: '工作进度' },
    ]);
    expect(m.unknown.map((u) => u.headerAsWritten)).toEqual(['序号', '备注']);
    // Row 5 is empty, row 7 only whitespace (spaces, U+3000, NBSP), row 9 only a 序号: skipped; cells raw, trailing spaces kept.
    expect(values(sheet, m)).toEqual([
      [4, { name: '城关镇社工站', township: '城关镇', address: '解放路12号', leader: '张三', funding: '12.5', progress: '已建成' }],
      [6, { name: '南山街道社工站  ', township: '南山街道 ', address: '南山路3号', leader: '李四 ', funding: 30, progress: '建设中' }],
      [8, { name: '北岭社工站', township: '北岭乡', address: null, leader: '王五', funding: 15, progress: true }],
    ]);
  });

  it('reads a two-row grouped header: the lower row, a header merged down two rows read in both, merged data cells in each row', async () => {
    const sheet = (await readWorkbook({ name: 'grouped.xlsx', bytes: grouped })).sheets[0]!;
    expect(sheet.merges).toEqual([
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 1, right: 5 },
      { top: 1, left: 6, bottom: 1, right: 7 },
      { top: 1, left: 8, bottom: 2, right: 8 },
      { top: 3, left: 3, bottom: 4, right: 3 },
    ]);
    const m = match(sheet);
    expect(m.headerRow).toBe(2);
    expect(m.dataStart).toBe(3);
    expect(fields(m)).toEqual([
      ['name', 1],
      ['township', 2],
      ['address', 3],
      ['funding', 4],
      ['leader', 5],
      ['progress', 6],
    ]);
    expect(m.columns.find((c) => c.field === 'funding')).toEqual({
      field: 'funding',
      index: 4,
      headerAsWritten: '配备资金（万元）',
      unit: '万元',
    });
    expect(m.unknown).toEqual([
      { index: 0, headerAsWritten: '序号' },
      { index: 7, headerAsWritten: '备注' },
    ]);
    const rows = values(sheet, m);
    expect(rows.map(([n]) => n)).toEqual([3, 4, 5]);
    // 城关镇 is merged down over rows 3 and 4: each row's township.
    expect(rows.map(([, r]) => (r as Record<string, unknown>).township)).toEqual(['城关镇', '城关镇', '南山街道']);
    // A number cell stays a number, a number typed as text a string.
    expect(rows.map(([, r]) => (r as Record<string, unknown>).funding)).toEqual([12.5, '8', 30]);
  });

  it('uses the upper cell of a two-row header whose lower cell was left empty without a merge', async () => {
    const bytes = await xlsx((ws) => {
      ws.getRow(1).values = ['站点名称', '位置', null, '负责人'];
      ws.mergeCells('B1:C1');
      ws.getRow(2).values = [null, '所在乡镇(街道)', '具体地址', null];
      ws.getRow(3).values = ['A站', 'B镇', 'C路', 'D'];
    });
    const sheet = (await readWorkbook({ name: 'x.xlsx', bytes })).sheets[0]!;
    const m = match(sheet);
    expect(m.headerRow).toBe(2);
    expect(m.dataStart).toBe(3);
    expect(fields(m)).toEqual([
      ['name', 0],
      ['township', 1],
      ['address', 2],
      ['leader', 3],
    ]);
    expect(m.unknown).toEqual([]);
    expect(values(sheet, m)).toEqual([[3, { name: 'A站', township: 'B镇', address: 'C路', leader: 'D' }]]);
  });

  it('refuses an .xls (or .et), a random file named .xlsx, a password-protected or old file named .xlsx, an unknown extension', async () => {
    const random = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 97 + 13) % 256));
    const xls = await refusal(readWorkbook({ name: '清单.xls', bytes: random }));
    expect(xls.code).toBe('old-format');
    expect(xls.reason.zh).toContain('.xlsx 或 .csv');
    expect(xls.reason.en).toContain('save it as .xlsx or .csv');
    expect(xls.message).toMatch(/^\[old-format\] /);
    expect((await refusal(readWorkbook({ name: '清单.et', bytes: random }))).code).toBe('old-format');
    expect((await refusal(readWorkbook({ name: '清单.xlsx', bytes: random }))).code).toBe('not-xlsx');
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), random]);
    const old = await refusal(readWorkbook({ name: '清单.xlsx', bytes: ole2 }));
    expect(old.code).toBe('old-format');
    expect(old.reason.en).toContain('password');
    // A zip that is not a workbook.
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), random]);
    expect((await refusal(readWorkbook({ name: '清单.xlsx', bytes: zip }))).code).toBe('not-xlsx');
    expect((await refusal(readWorkbook({ name: '清单.txt', bytes: random }))).code).toBe('unknown-extension');
    expect((await refusal(readWorkbook({ name: '清单', bytes: random }))).code).toBe('unknown-extension');
  });

  it(`refuses a worksheet with a value beyond column ${MAX_COLUMNS} or row ${MAX_ROWS}, naming the sheet`, async () => {
    const wide = await xlsx((ws) => {
      ws.getCell(1, MAX_COLUMNS + 1).value = 'x';
    });
    const columns = await refusal(readWorkbook({ name: 'w.xlsx', bytes: wide }));
    expect(columns.code).toBe('too-many-columns');
    expect(columns.reason.en).toBe('sheet "社工站" of "w.xlsx" has 201 columns (to column GS), more than the 200 a sheet may have');
    const long = await xlsx((ws) => {
      ws.getCell(MAX_ROWS + 1, 1).value = 'x';
    });
    expect((await refusal(readWorkbook({ name: 'l.xlsx', bytes: long }))).code).toBe('too-many-rows');
  });

  it('refuses an empty file, and a file with no cells', async () => {
    for (const name of ['a.csv', 'a.xlsx']) {
      const error = await refusal(readWorkbook({ name, bytes: Buffer.alloc(0) }));
      expect(error.code).toBe('empty');
      expect(error.reason).toEqual({ zh: `“${name}”是空文件`, en: `"${name}" is empty` });
    }
    expect((await refusal(readWorkbook({ name: 'a.csv', bytes: Buffer.from('\ufeff\r\n,,\r\n') }))).code).toBe('empty');
    expect((await refusal(readWorkbook({ name: 'a.xlsx', bytes: await xlsx(() => {}) }))).code).toBe('empty');
  });
});

describe('locateColumns: failures', () => {
  const sheet = (rows: (string | null)[][]): RawSheet => ({
    name: 'S',
    rows: rows.map((cells, i) => ({ number: i + 1, cells })),
    merges: [],
  });

  it('names the required headers missing and the headers the best row has', () => {
    const result = locateColumns(sheet([['清单'], ['站点名称', '具体地址', '备注'], ['A', 'B', 'C']]), spec);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.zh).toBe(
      '工作表“S”：第 2 行像是表头，但缺少必填列：所在乡镇(街道)、负责人；该行的表头为：站点名称、具体地址、备注',
    );
    expect(result.reason.en).toBe(
      'sheet "S": row 2 looks like the header but lacks the required columns: Township, Person in charge; that row\'s headers are: 站点名称, 具体地址, 备注',
    );
  });

  it('says so when no row looks like a header', () => {
    const result = locateColumns(
      sheet([
        ['名称', '地点'],
        ['A', 'B'],
      ]),
      spec,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.en).toContain('no header row in the first 10 rows');
  });

  it('refuses a column that appears twice, naming both places', () => {
    const result = locateColumns(sheet([['站点名称', '所在乡镇(街道)', '负责人', 'Station name']]), spec);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.zh).toContain('第 A 列“站点名称”和第 D 列“Station name”');
      expect(result.reason.en).toContain('column A "站点名称" and column D "Station name"');
    }
  });

  it('with `partial`, accepts a header with the key columns only and lists the other required ones missing', () => {
    const rows = sheet([['站点名称', '所在乡镇(街道)', '工作进度']]);
    expect(locateColumns(rows, spec).ok).toBe(false);
    const result = locateColumns(rows, spec, { partial: true });
    expect(result.ok && result.missingRequired).toEqual(['leader']);
    expect(locateColumns(sheet([['站点名称', '工作进度']]), spec, { partial: true }).ok).toBe(false);
  });
});

describe('normaliseHeader', () => {
  it('applies NFKC, drops all whitespace and required markers, lower-cases', () => {
    expect(normaliseHeader(' 所在乡镇（街道）\u3000')).toBe('所在乡镇(街道)');
    expect(normaliseHeader('站点\n名称\u00a0*')).toBe('站点名称');
    expect(normaliseHeader('＊站点名称＊')).toBe('站点名称');
    expect(normaliseHeader('Person In\tCharge')).toBe('personincharge');
    expect(normaliseHeader('ＳＴＡＴＩＯＮ')).toBe('station');
  });

  it('splits a trailing bracketed unit off (any bracket, 单位： dropped)', () => {
    expect(headerKey('配备资金（万元）')).toEqual({ key: '配备资金(万元)', base: '配备资金', unit: '万元' });
    expect(headerKey('配备资金【单位：万元】*')).toEqual({ key: '配备资金【单位:万元】', base: '配备资金', unit: '万元' });
    expect(headerKey('面积[㎡]')).toEqual({ key: '面积[m2]', base: '面积', unit: 'm2' });
    expect(headerKey('配备资金')).toEqual({ key: '配备资金', base: '配备资金' });
    expect(headerKey('(备注)')).toEqual({ key: '(备注)', base: '(备注)' });
  });
});
