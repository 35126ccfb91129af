import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { columnLetters, MAX_BYTES, parseRange, rawValue, readWorkbook, SheetReadError } from '../../kit/sheets/read.js';

/**
 * What an officer reads when a file cannot be read (kit/sheets/read.ts), word for word in both
 * languages, and the small readers beneath: a cell of exceljs's model as a raw cell, a merge range, a
 * column's letters, a CSV's trailing blanks and its digest. The happy paths are sheets-read.test.ts.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-read-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function refusal(p: Promise<unknown>): Promise<SheetReadError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(SheetReadError);
    return err as SheetReadError;
  }
  throw new Error('expected a SheetReadError');
}

describe('the refusals, in both languages', () => {
  it('an unknown extension', async () => {
    const err = await refusal(readWorkbook({ name: '清单.txt', bytes: Buffer.from('a') }));
    expect(err.name).toBe('SheetReadError');
    expect(err.reason).toEqual({
      zh: '无法识别“清单.txt”的文件类型：只能导入 .xlsx 或 .csv 文件',
      en: '"清单.txt" is not a file type this reads: only .xlsx and .csv files can be imported',
    });
    expect(err.message).toBe(`[unknown-extension] ${err.reason.zh} / ${err.reason.en}`);
  });

  it(`a file over ${MAX_BYTES / 1024 / 1024} MB, refused before it is read; one at the limit is not`, async () => {
    const err = await refusal(readWorkbook({ name: 'big.csv', bytes: Buffer.alloc(MAX_BYTES + 1, 0x61) }));
    expect(err.code).toBe('too-large');
    expect(err.reason).toEqual({
      zh: '“big.csv”超过 64 MB，请拆分后分批导入',
      en: '"big.csv" is larger than 64 MB: split it and import the parts',
    });
    // At the limit it goes on to be read (here: found not to be a workbook, which costs nothing to find).
    expect((await refusal(readWorkbook({ name: 'big.xlsx', bytes: Buffer.alloc(MAX_BYTES, 0x61) }))).code).toBe('not-xlsx');
  });

  it('a file with no cells that hold a value, though some sheets have rows', async () => {
    const err = await refusal(readWorkbook({ name: 'blank.csv', bytes: Buffer.from(',,\r\n,\r\n') }));
    expect(err.reason).toEqual({ zh: '“blank.csv”中没有任何内容', en: '"blank.csv" holds no cells with a value' });
    const book = new ExcelJS.Workbook();
    book.addWorksheet('空');
    book.addWorksheet('有').getCell('B2').value = 'x';
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const read = await readWorkbook({ name: 'two.xlsx', bytes });
    expect(read.sheets.map((s) => [s.name, s.rows.length])).toEqual([
      ['空', 0],
      ['有', 2],
    ]);
  });

  it('a path that is a folder, or that is not there', async () => {
    const folder = await refusal(readWorkbook(path.join(dir)));
    expect(folder.code).toBe('not-found');
    expect(folder.reason).toEqual({ zh: `“${dir}”是文件夹，不是文件`, en: `"${dir}" is a folder, not a file` });
    const missing = path.join(dir, 'none.xlsx');
    const gone = await refusal(readWorkbook(missing));
    expect(gone.code).toBe('not-found');
    expect(gone.reason).toEqual({ zh: `找不到或无法打开文件“${missing}”`, en: `cannot find or open "${missing}" (ENOENT)` });
  });

  it('an old .xls, or a password-protected workbook, named .xlsx; anything else named .xlsx', async () => {
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]);
    expect((await refusal(readWorkbook({ name: 'a.xlsx', bytes: ole2 }))).reason).toEqual({
      zh: '“a.xlsx”实际上是旧版 .xls 文件或设置了打开密码：请去掉密码，在 Excel 或 WPS 中“另存为” .xlsx 或 .csv 后再导入',
      en: '"a.xlsx" is really an old .xls file, or is protected by a password: remove the password and save it as .xlsx or .csv in Excel or WPS',
    });
    const notXlsx = {
      zh: '“b.xlsx”不是有效的 .xlsx 文件（可能已损坏，或只是改了扩展名）：请在 Excel 或 WPS 中“另存为” .xlsx 或 .csv 后再导入',
      en: '"b.xlsx" is not a valid .xlsx file (damaged, or only renamed): open it in Excel or WPS and save it as .xlsx or .csv',
    };
    expect((await refusal(readWorkbook({ name: 'b.xlsx', bytes: Buffer.from('站点名称,乡镇\n') }))).reason).toEqual(notXlsx);
    expect((await refusal(readWorkbook({ name: 'b.xlsx', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }))).reason).toEqual(
      notXlsx,
    );
  });

  it('a CSV not in the encoding given, or in none known; a broken quote, near its line', async () => {
    const gbk = Buffer.from([0xd5, 0xbe, 0xb5, 0xe3]); // 站点 in GBK, not UTF-8
    expect((await refusal(readWorkbook({ name: 'g.csv', bytes: gbk }, { encoding: 'utf-8' }))).reason).toEqual({
      zh: '“g.csv”不是 utf-8 编码的文本',
      en: '"g.csv" is not text in utf-8',
    });
    const quote = await refusal(readWorkbook({ name: 'q.csv', bytes: Buffer.from('a,b\n1,2\n"3,4\n') }));
    expect(quote.code).toBe('bad-csv');
    expect(quote.reason.zh).toMatch(
      /^“q\.csv”不是有效的 CSV 文件（约第 \d+ 行，引号未闭合？）：请在 Excel 或 WPS 中重新另存为 \.csv 或 \.xlsx$/,
    );
    expect(quote.reason.en).toMatch(
      /^"q\.csv" is not a valid CSV file \(near line \d+: an unclosed quote\?\): save it again as \.csv or \.xlsx$/,
    );
  });

  it('a worksheet over the column limit names the sheet, the file and the last column', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('名录').getCell(1, 203).value = 'x';
    const err = await refusal(readWorkbook({ name: 'w.xlsx', bytes: Buffer.from(await book.xlsx.writeBuffer()) }));
    expect(err.reason.zh).toBe('“w.xlsx”的工作表“名录”有 203 列（到第 GU 列），超过上限 200 列');
  });
});

describe('CSV details', () => {
  it('drops only a leading BOM, trailing blank lines and trailing empty cells; keeps blanks inside', async () => {
    const text = '\uFEFF名称,乡镇,,\r\n北山,\uFEFF西湖,,\r\n,,x,\r\n\r\n,,\r\n';
    const read = await readWorkbook({ name: '名录.csv', bytes: Buffer.from(text) });
    expect(read.sheets[0]!.name).toBe('名录');
    expect(read.sheets[0]!.rows.map((r) => r.cells)).toEqual([
      ['名称', '乡镇', ''],
      ['北山', '\uFEFF西湖', ''],
      ['', '', 'x'],
    ]);
  });

  it('tab-separated only when the first line has tabs and no commas, the first line ending at CR LF', async () => {
    const tabs = await readWorkbook({ name: 't.csv', bytes: Buffer.from('a\tb\r\n1,2\t3\r\n') });
    expect(tabs.sheets[0]!.rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1,2', '3'],
    ]);
    const commas = await readWorkbook({ name: 'c.csv', bytes: Buffer.from('a,b\r\nx\ty,2\r\n') });
    expect(commas.sheets[0]!.rows[1]!.cells).toEqual(['x\ty', '2']);
    // A tab on the second line only does not make a tab-separated file.
    const later = await readWorkbook({ name: 'l.csv', bytes: Buffer.from('a;b\nc\td\n') });
    expect(later.sheets[0]!.rows.map((r) => r.cells)).toEqual([['a;b'], ['c\td']]);
  });

  it('the digest is the SHA-256 of the bytes as read', async () => {
    const bytes = Buffer.from('a,b\n1,2\n');
    const read = await readWorkbook({ name: 'd.csv', bytes });
    expect(read.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('rawValue', () => {
  it('each kind of exceljs cell value as a raw cell', () => {
    const when = new Date(Date.UTC(2026, 0, 2));
    expect(rawValue(null)).toBeNull();
    expect(rawValue(undefined)).toBeNull();
    expect(rawValue('文字')).toBe('文字');
    expect(rawValue(false)).toBe(false);
    expect(rawValue(1.5)).toBe(1.5);
    expect(rawValue(Number.NaN)).toBeNull();
    expect(rawValue(Number.POSITIVE_INFINITY)).toBeNull();
    expect(rawValue(when)).toBe(when);
    expect(rawValue(new Date(Number.NaN))).toBeNull();
    expect(rawValue(12n)).toBeNull();
    expect(rawValue({ error: '#N/A' })).toBeNull();
    expect(rawValue({ richText: [{ text: '北山' }, { text: 7 }, { text: '街道' }] })).toBe('北山街道');
    expect(rawValue({ formula: 'A1+1', result: 3 })).toBe(3);
    expect(rawValue({ sharedFormula: 'A1', result: '共享' })).toBe('共享');
    expect(rawValue({ formula: 'A1' })).toBeNull();
    expect(rawValue({ hyperlink: 'https://example.org', text: '链接' })).toBe('链接');
    expect(rawValue({ text: '只有文字' })).toBe('只有文字');
    expect(rawValue({ something: 'else' })).toBeNull();
  });
});

describe('parseRange and columnLetters', () => {
  it('a merge range, with or without $, in any case, either corner first; a single cell; anything else null', () => {
    expect(parseRange('A1:C2')).toEqual({ top: 1, left: 1, bottom: 2, right: 3 });
    expect(parseRange(' $b$10:$a$3 ')).toEqual({ top: 3, left: 1, bottom: 10, right: 2 });
    expect(parseRange('AA12')).toEqual({ top: 12, left: 27, bottom: 12, right: 27 });
    expect(parseRange('ZZ100:AAB101')).toEqual({ top: 100, left: 702, bottom: 101, right: 704 });
    for (const bad of ['', 'A', '1', 'A1:', 'A1:B', 'ABCD1', 'A1:ABCD2', '#A1', '1A1', 'A1x', 'A1:B2:C3', 'A-1'])
      expect(parseRange(bad), bad).toBeNull();
  });

  it('a column number as Excel’s letters', () => {
    expect([1, 2, 26, 27, 28, 52, 53, 200, 702, 703, 16384].map(columnLetters)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'GR',
      'ZZ',
      'AAA',
      'XFD',
    ]);
    expect(columnLetters(0)).toBe('');
  });
});
