import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../kit/sheets/check.js';
import { readWorkbook } from '../../kit/sheets/read.js';
import { ERROR_COLUMN, sheetSummary, writeAnnotatedCopy } from '../../kit/sheets/report.js';
import { SOCIAL_WORK_IMPORT } from '../../subgraphs/social-work/import-spec.js';

/**
 * The report of a CSV file (kit/sheets/report.ts), read and checked inside each test: the summary line
 * per sheet, and the annotated copy (an XLSX of the CSV's cells with the 错误 Errors column), also for a
 * file none of whose sheets could be read.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-report-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function checked(name: string, text: string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  const book = await readWorkbook(file);
  return { file, book, check: checkWorkbook(book, SOCIAL_WORK_IMPORT) };
}

const LIST = '序号,站点名称,所在乡镇(街道),配备资金,备注\n1,北山街道社会工作站,北山街道,30,\n2,翠苑街道社会工作站,翠苑街道,三十万,新建\n';

describe('the report of a CSV list', () => {
  it('sums each sheet up in one line: what it was read as, its header row, its counts, the columns ignored', async () => {
    const { check } = await checked('list.csv', LIST);
    const [sheet] = check.sheets;
    const spec = SOCIAL_WORK_IMPORT.sheets.find((s) => s.kind === 'stations')!;
    expect(sheetSummary(sheet!)).toBe(
      `${sheet!.name} → ${spec.name} (${spec.nameEn}), 表头在第 1 行 header on row 1: 2 行 rows, 1 通过 passed, 1 拒绝 refused; 忽略的列 ignored columns: 序号、备注`,
    );
    const clean = await checked('clean.csv', '站点名称,所在乡镇(街道)\n北山街道社会工作站,北山街道\n');
    expect(sheetSummary(clean.check.sheets[0]!)).toBe(
      `${clean.check.sheets[0]!.name} → ${spec.name} (${spec.nameEn}), 表头在第 1 行 header on row 1: 1 行 rows, 1 通过 passed, 0 拒绝 refused`,
    );
  });

  it("copies the CSV's cells into a sheet with the 错误 Errors column, red, each refused row's reasons in it", async () => {
    const { file, book, check } = await checked('list.csv', LIST);
    const out = path.join(dir, 'list.errors.xlsx');
    await writeAnnotatedCopy({ path: file, book }, check, out);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const ws = copy.getWorksheet(check.sheets[0]!.name)!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['序号', '站点名称', '所在乡镇(街道)', '配备资金', '备注', ERROR_COLUMN]);
    expect((ws.getRow(2).values as unknown[]).slice(1, 4)).toEqual(['1', '北山街道社会工作站', '北山街道']);
    const header = ws.getCell(1, 6);
    expect(header.font).toMatchObject({ bold: true, color: { argb: 'FFC00000' } });
    expect(ws.getColumn(6).width).toBe(60);
    expect(ws.getCell(2, 6).value).toBeNull();
    const refused = ws.getCell(3, 6);
    const reasons = check.sheets[0]!.rows.find((r) => r.row === 3)!.refusals;
    expect(refused.value).toBe(reasons.map((r) => `${r.header}：${r.reason.zh} / ${r.reason.en}`).join('\n'));
    expect(String(refused.value)).toMatch(/^配备资金：/);
    expect(refused.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(refused.font).toMatchObject({ color: { argb: 'FFC00000' } });
    expect(ws.getCell(3, 5).value).toBe('新建');
  });

  it('says in the first row of a sheet it could not read why not', async () => {
    // Named after the stations sheet, but without its required columns.
    const { file, book, check } = await checked('社工站建设清单.csv', '名称,金额\n甲,1\n');
    expect(check.sheets).toEqual([]);
    expect(check.sheetRefusals).toHaveLength(1);
    const out = path.join(dir, 'other.errors.xlsx');
    await writeAnnotatedCopy({ path: file, book }, check, out);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const ws = copy.getWorksheet(check.sheetRefusals[0]!.sheet)!;
    const { reason } = check.sheetRefusals[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['名称', '金额', `${ERROR_COLUMN}: ${reason.zh} / ${reason.en}`]);
    expect(ws.getCell(2, 1).value).toBe('甲');
  });
});
