import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkWorkbook, countsOf, type FileCheck } from '../../kit/sheets/check.js';
import { readWorkbook, type RawWorkbook } from '../../kit/sheets/read.js';
import { ERROR_COLUMN, refusalsOf, refusalTable, wrapToWidth, writeAnnotatedCopy } from '../../kit/sheets/report.js';
import stringWidth from 'string-width';
import { SOCIAL_WORK_IMPORT } from '../../subgraphs/social-work/import-spec.js';

/**
 * A county's 建设清单 as offices make it (a merged title row, a blank row, 序号 and 备注 columns, full-width
 * brackets and a stray space in a header, 万元, an empty row, a duplicate, bad cells), checked against the
 * social-work template: each refusal where Excel shows it, and the annotated copy the office gets back.
 */
describe('checking an office’s own list against the social-work template', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-check-'));
  const file = path.join(dir, '西湖区社工站建设清单.xlsx');
  let book: RawWorkbook;
  let check: FileCheck;

  beforeAll(async () => {
    const out = new ExcelJS.Workbook();
    const ws = out.addWorksheet('Sheet1');
    ws.mergeCells('A1:H1');
    ws.getCell('A1').value = '西湖区乡镇（街道）社工站建设清单';
    ws.addRow([]);
    ws.addRow(['序号', '站点名称', '所在乡镇（街道） ', '具体地址', '负责人', '配备资金（万元）', '工作进度', '备注']);
    ws.addRow([1, '北山街道社会工作站', '北山街道', '保俶路12号', '张伟', 30, '已建成', '']);
    ws.addRow([2, '西溪街道社会工作站 ', '330106004', '文二路1号', '李娜', '25.5', '建设中（60%）', '新建']);
    ws.addRow([]);
    ws.addRow([3, '', '翠苑街道', '', '', 'abc', '差不多', '']);
    ws.addRow([4, '北山街道社会工作站', '北山街道', '', '', '', '未启动', '']);
    await out.xlsx.writeFile(file);
  });
  // Read and checked again for every test, not once: Stryker credits a mutant of code run in beforeAll to no test.
  beforeEach(async () => {
    book = await readWorkbook(file);
    check = checkWorkbook(book, SOCIAL_WORK_IMPORT);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads Sheet1 as the stations sheet, under its title rows, ignoring 序号 and 备注', () => {
    expect(check.sheets.map((s) => [s.name, s.spec.kind, s.headerRow, s.ignoredColumns])).toEqual([
      ['Sheet1', 'stations', 3, ['序号', '备注']],
    ]);
    expect(check.sheets[0]!.rows.map((r) => r.row)).toEqual([4, 5, 7, 8]);
  });

  it('turns good rows into records: 万元 from the header, progress as offices write it, text trimmed', () => {
    const [first, second] = check.sheets[0]!.rows;
    expect(first!.record).toMatchObject({
      name: '北山街道社会工作站',
      township: { name: '北山街道' },
      address: '保俶路12号',
      leader: '张伟',
      funding: 300_000 * 100,
      progress: { stage: 'COMPLETED', percent: 100 },
    });
    expect(second!.record).toMatchObject({
      name: '西溪街道社会工作站',
      township: { code: '330106004' },
      funding: 255_000 * 100,
      progress: { stage: 'IN_PROGRESS', percent: 60 },
    });
  });

  it('refuses each bad cell where Excel shows it, with the header as the file writes it, and a key twice', () => {
    const refusals = refusalsOf(check).map((r) => [r.row, r.header, r.value, r.reason.en.split(':')[0]]);
    expect(refusals).toEqual([
      [7, '站点名称', '', 'required, but empty'],
      [7, '配备资金（万元）', 'abc', 'expected an amount, e.g. 12000, 12,000, ¥12000, 12000元 or 1.2万元'],
      [7, '工作进度', '差不多', 'expected a progress'],
      [8, '所在乡镇（街道）', '北山街道', 'the same record as row 4 (same 所在乡镇（街道）)'],
    ]);
    expect(refusalsOf(check)[0]!.reason.zh).toBe('必填项为空');
    expect(countsOf(check)).toEqual({ read: 4, valid: 2, refused: 2 });
    const table = refusalTable(refusalsOf(check));
    expect(table).toContain('配备资金（万元）');
    expect(table).toContain('Reason');
  });

  it('writes a copy of the file with the errors in one more column, on the rows they belong to', async () => {
    const out = path.join(dir, 'report.xlsx');
    await writeAnnotatedCopy({ path: file, book }, check, out);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const ws = copy.getWorksheet('Sheet1')!;
    expect(ws.getCell('I3').value).toBe(ERROR_COLUMN);
    expect(ws.getCell('B4').value).toBe('北山街道社会工作站');
    expect(ws.getCell('I4').value).toBeNull();
    expect(String(ws.getCell('I7').value).split('\n')).toHaveLength(3);
    expect(String(ws.getCell('I7').value)).toMatch(/^站点名称：必填项为空 \/ required, but empty/);
    expect(String(ws.getCell('I8').value)).toContain('与第 4 行重复');
    expect(ws.getCell('A1').value).toBe('西湖区乡镇（街道）社工站建设清单');
  });

  it('never shows an identity-card number, in the report or the copy', async () => {
    const out = new ExcelJS.Workbook();
    const ws = out.addWorksheet('人员信息');
    ws.addRow(['所在乡镇(街道)', '姓名', '岗位', '身份证号码']);
    ws.addRow(['北山街道', '王五', '社工', '330106199001011235']);
    ws.addRow(['北山街道', '王五', '社工', '330106199001011234']);
    const staffFile = path.join(dir, 'staff.xlsx');
    await out.xlsx.writeFile(staffFile);
    const staffBook = await readWorkbook(staffFile);
    const staffCheck = checkWorkbook(staffBook, SOCIAL_WORK_IMPORT);
    const report = path.join(dir, 'staff.report.xlsx');
    await writeAnnotatedCopy({ path: staffFile, book: staffBook }, staffCheck, report);
    const shown = JSON.stringify(refusalsOf(staffCheck));
    expect(refusalsOf(staffCheck).length).toBeGreaterThan(0);
    expect(shown).not.toMatch(/33010619900101123/);
    expect(refusalTable(refusalsOf(staffCheck))).not.toMatch(/33010619900101123/);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(report);
    const errors = copy.getWorksheet('人员信息')!.getColumn(5).values.map(String).join(' ');
    expect(errors).not.toMatch(/33010619900101123/);
  });

  it('wraps a reason to its column without losing a character (Chinese at any character, English at spaces)', () => {
    const zh = '浙江省杭州市上城区内未找到名为“北山街道”的乡镇（街道）；请核对名称，或填写区划代码';
    const en = 'no township named "北山街道" within 330102; check the name, or give the division code';
    for (const [text, width] of [
      [zh, 34],
      [en, 34],
      [zh, 7],
      ['x'.repeat(50), 10],
    ] as const) {
      const lines = wrapToWidth(text, width).split('\n');
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
    expect(wrapToWidth(en, 34).split('\n')[0]).toBe('no township named "北山街道"');
  });
});

/** A workbook made in memory, as readWorkbook gives one: each sheet's rows from row 1. */
function bookOf(sheets: Record<string, (string | number | null)[][]>): RawWorkbook {
  return {
    format: 'xlsx',
    sha256: '0'.repeat(64),
    sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows: rows.map((cells, i) => ({ number: i + 1, cells })), merges: [] })),
  };
}

describe('which sheet is which kind of record', () => {
  const STATIONS = ['站点名称', '所在乡镇(街道)'];
  const OPERATORS = ['机构名称', '统一社会信用代码', '登记地(县市区)'];

  it('by its name or, named otherwise (Sheet1, a CSV), by the headers it matches best; 填写说明 and empty sheets are passed over silently', () => {
    const check = checkWorkbook(
      bookOf({
        运营机构: [OPERATORS, ['阳光社工', '52330106MJ0000001P', '西湖区']],
        Sheet1: [STATIONS, ['北山街道社会工作站', '北山街道']],
        填写说明: [['列', '说明']],
        Sheet3: [[null, ' '], []],
        备忘: [['随便写写']],
      }),
      SOCIAL_WORK_IMPORT,
    );
    expect(check.sheets.map((s) => [s.name, s.spec.kind, s.headerRow])).toEqual([
      ['运营机构', 'operators', 1],
      ['Sheet1', 'stations', 1],
    ]);
    expect(check.ignoredSheets).toEqual(['备忘']);
    expect(check.sheetRefusals).toEqual([]);
    expect(countsOf(check)).toEqual({ read: 2, valid: 2, refused: 0 });
  });

  it('refuses a second sheet of the same kind, and a named sheet whose header cannot be found, reading none of their rows', () => {
    const check = checkWorkbook(
      bookOf({
        社工站建设清单: [STATIONS, ['北山街道社会工作站', '北山街道']],
        站点: [STATIONS, ['西溪街道社会工作站', '西溪街道']],
        运营机构: [['名单'], ['阳光社工']],
      }),
      SOCIAL_WORK_IMPORT,
    );
    expect(check.sheets.map((s) => s.name)).toEqual(['社工站建设清单']);
    expect(check.sheetRefusals.map((r) => [r.sheet, r.row, r.reason.en])).toEqual([
      ['站点', 1, 'another sheet holds Stations already: one sheet per kind of record'],
      ['运营机构', 1, expect.stringMatching(/./)],
    ]);
    expect(countsOf(check)).toEqual({ read: 1, valid: 1, refused: 0 });
  });

  it('refuses a sheet without a required column, naming it; a required cell left empty; an optional empty cell is simply unset', () => {
    const lacking = checkWorkbook(
      bookOf({
        运营机构: [
          ['机构名称', '统一社会信用代码'],
          ['阳光社工', '52330106MJ0000001P'],
        ],
      }),
      SOCIAL_WORK_IMPORT,
    );
    expect(lacking.sheets).toEqual([]);
    expect(lacking.sheetRefusals.map((r) => r.reason.en)).toEqual([
      'sheet "运营机构": row 1 looks like the header but lacks the required columns: County of registration; that row\'s headers are: 机构名称, 统一社会信用代码',
    ]);
    const empty = checkWorkbook(
      bookOf({
        运营机构: [
          ['机构名称', '统一社会信用代码', '登记地(县市区)'],
          ['', '52330106MJ0000001P', '西湖区'],
        ],
      }),
      SOCIAL_WORK_IMPORT,
    );
    expect(empty.sheets[0]!.rows).toEqual([
      {
        row: 2,
        record: null,
        refusals: [{ sheet: '运营机构', row: 2, header: '机构名称', value: '', reason: { zh: '必填项为空', en: 'required, but empty' } }],
      },
    ]);
    const ok = checkWorkbook(
      bookOf({
        社工站建设清单: [
          [...STATIONS, '具体地址'],
          ['北山街道社会工作站', '北山街道', ''],
        ],
      }),
      SOCIAL_WORK_IMPORT,
    );
    expect(ok.sheets[0]!.rows[0]!.record).toEqual({ name: '北山街道社会工作站', township: { name: '北山街道' }, address: null });
  });

  it('shows values shortened to 60 characters, dates as days, nothing for an identity number', () => {
    const long = '长'.repeat(70);
    const check = checkWorkbook(
      bookOf({
        社工站建设清单: [
          [...STATIONS, '建设年度'],
          [long + long + long, '北山街道', 1999],
        ],
      }),
      SOCIAL_WORK_IMPORT,
    );
    const values = check.sheets[0]!.rows[0]!.refusals.map((r) => r.value);
    expect(values).toEqual([`${'长'.repeat(60)}…`, '1999']);
  });
});
