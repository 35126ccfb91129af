import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPLANATION_SHEET, writeTemplate } from '../../kit/sheets/template.js';
import { SOCIAL_WORK_IMPORT } from '../../subgraphs/social-work/import-spec.js';

/** The social-work template written to a file and read back with exceljs, as Excel would open it. */
describe('the social-work import template', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-template-'));
  const file = path.join(dir, 'social-work.xlsx');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function opened(): Promise<ExcelJS.Workbook> {
    await writeTemplate(SOCIAL_WORK_IMPORT, file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    return book;
  }

  it('has one sheet per kind of record, then the explanation; the lists sheet is hidden', async () => {
    const book = await opened();
    const visible = book.worksheets.filter((w) => w.state === 'visible').map((w) => w.name);
    expect(visible).toEqual(['社工站建设清单', '运营机构', '人员信息', '资金信息', EXPLANATION_SHEET]);
    expect(book.getWorksheet('lists')?.state).toBe('veryHidden');
  });

  it("names the stations sheet's columns as the provincial notice does, with one example row", async () => {
    const ws = (await opened()).getWorksheet('社工站建设清单')!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 6)).toEqual(['站点名称', '所在乡镇(街道)', '具体地址', '负责人', '联系电话', '配备资金']);
    expect(headers).toContain('工作进度');
    expect(ws.getRow(2).getCell(1).value).toBe('西湖区北山街道社会工作站');
    expect(ws.actualRowCount).toBe(2);
  });

  it('formats code and id columns as text, so Excel keeps every digit', async () => {
    const ws = (await opened()).getWorksheet('人员信息')!;
    const headers = (ws.getRow(1).values as string[]).slice(1);
    const idColumn = headers.indexOf('身份证号码') + 1;
    const townshipColumn = headers.indexOf('所在乡镇(街道)') + 1;
    expect(ws.getCell(500, idColumn).numFmt).toBe('@');
    expect(ws.getCell(2, townshipColumn).numFmt).toBe('@');
    expect(ws.getCell(2, headers.indexOf('岗位') + 1).numFmt).not.toBe('@');
  });

  it("offers each enum's Chinese labels as a drop-down list, refusing anything else", async () => {
    const book = await opened();
    const ws = book.getWorksheet('人员信息')!;
    const headers = (ws.getRow(1).values as string[]).slice(1);
    const validation = ws.getCell(10, headers.indexOf('岗位') + 1).dataValidation;
    expect(validation.type).toBe('list');
    expect(validation.showErrorMessage).toBe(true);
    const [, sheet, from, to] = /^'(.+)'!\$([A-Z]+\$\d+):\$([A-Z]+\$\d+)$/.exec(validation.formulae![0] as string)!;
    const lists = book.getWorksheet(sheet!)!;
    const range = (ref: string) => ref.replace('$', '');
    const [col] = /[A-Z]+/.exec(range(from!))!;
    const rows = Number(/\d+$/.exec(range(to!))![0]);
    const labels = Array.from({ length: rows }, (_, i) => lists.getCell(`${col}${i + 1}`).value);
    expect(labels).toEqual(['站长', '社会工作者', '辅助人员']);
  });

  it('explains every column in both languages: required or not, format, example', async () => {
    const ws = (await opened()).getWorksheet(EXPLANATION_SHEET)!;
    const all = SOCIAL_WORK_IMPORT.sheets.flatMap((s) => s.columns);
    expect(ws.rowCount).toBe(1 + all.length);
    const idRow = (ws.getRows(2, all.length) ?? []).find((r) => r.getCell(2).value === '身份证号码')!;
    expect(idRow.getCell(3).value).toBe('ID card number');
    expect(idRow.getCell(4).value).toBe('是 yes');
    expect(String(idRow.getCell(6).value)).toMatch(/18-character resident identity number/);
    expect(String(idRow.getCell(8).value)).toMatch(/only its digest is kept/);
  });
});
