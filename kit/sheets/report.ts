import Table from 'cli-table3';
import ExcelJS from 'exceljs';
import stringWidth from 'string-width';
import type { CheckedSheet, FileCheck, Refusal } from './check.js';
import type { RawWorkbook } from './read.js';

/**
 * The report of a checked file: every refusal as a table (sheet, row as Excel shows it, header as the
 * file writes it, value, reason in Chinese and English), counts, and a copy of the input with an added
 * error column, so the office can correct its own file and send it again.
 */

/** The refusals of a check, sheet refusals first, then by sheet and row. */
export function refusalsOf(check: FileCheck): Refusal[] {
  return [...check.sheetRefusals, ...check.sheets.flatMap((s) => s.rows.flatMap((r) => r.refusals))];
}

const WIDTHS = [16, 8, 18, 22, 36, 36];

/**
 * `text` in lines of at most `width` terminal columns (a Chinese character is two): cli-table3 wraps at
 * spaces, which Chinese has none of, and cuts what does not fit; wrapped here, nothing is cut.
 */
export function wrapToWidth(text: string, width: number): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    // Words of Latin letters stay whole where they fit; Chinese breaks between any two characters.
    for (const token of paragraph.match(/[\x21-\x7E]+|\s+|[^\x21-\x7E\s]/gu) ?? []) {
      if (stringWidth(line + token) <= width) {
        line += token;
        continue;
      }
      if (line.trim() !== '') lines.push(line.trimEnd());
      line = token.trim() === '' ? '' : token;
      while (stringWidth(line) > width) {
        let cut = 0;
        while (stringWidth(line.slice(0, cut + 1)) <= width) cut++;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines.join('\n');
}

/** The refusals as a text table, every cell wrapped to its column (cli-table3 draws it). */
export function refusalTable(refusals: Refusal[]): string {
  const table = new Table({
    head: ['工作表 Sheet', '行 Row', '列 Column', '值 Value', '原因', 'Reason'],
    colWidths: WIDTHS,
    style: { head: [], border: [] },
  });
  for (const r of refusals) {
    const cells = [r.sheet, String(r.row), r.header, r.value, r.reason.zh, r.reason.en];
    table.push(cells.map((c, i) => wrapToWidth(c, WIDTHS[i]! - 2)));
  }
  return table.toString();
}

/** One line per sheet: what it was read as, its header row, its counts, the columns it ignored. */
export function sheetSummary(sheet: CheckedSheet): string {
  const refused = sheet.rows.filter((r) => r.refusals.length > 0).length;
  const ignored = sheet.ignoredColumns.length ? `; 忽略的列 ignored columns: ${sheet.ignoredColumns.join('、')}` : '';
  return `${sheet.name} → ${sheet.spec.name} (${sheet.spec.nameEn}), 表头在第 ${sheet.headerRow} 行 header on row ${sheet.headerRow}: ${sheet.rows.length} 行 rows, ${sheet.rows.length - refused} 通过 passed, ${refused} 拒绝 refused${ignored}`;
}

/** The header of the added column. */
export const ERROR_COLUMN = '错误 Errors';

/** A row's refusals as one cell: `header：reason / reason`, one per line. */
function errorText(refusals: Refusal[]): string {
  return refusals.map((r) => `${r.header ? `${r.header}：` : ''}${r.reason.zh} / ${r.reason.en}`).join('\n');
}

/**
 * Writes `out` (.xlsx): the input as it is with one more column, 错误 Errors, holding each refused row's
 * reasons. An XLSX input is copied with its formatting (exceljs); a CSV input becomes a sheet of its cells.
 */
export async function writeAnnotatedCopy(input: { path: string; book: RawWorkbook }, check: FileCheck, out: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  if (input.book.format === 'xlsx') await book.xlsx.readFile(input.path);
  else {
    for (const sheet of input.book.sheets) {
      const ws = book.addWorksheet(sheet.name);
      for (const row of sheet.rows) ws.getRow(row.number).values = row.cells.map((c) => c ?? '');
    }
  }
  for (const sheet of check.sheets) {
    const ws = book.getWorksheet(sheet.name);
    if (!ws) continue;
    const column = ws.columnCount + 1;
    const header = ws.getCell(sheet.headerRow, column);
    header.value = ERROR_COLUMN;
    header.font = { bold: true, color: { argb: 'FFC00000' } };
    ws.getColumn(column).width = 60;
    for (const row of sheet.rows) {
      if (row.refusals.length === 0) continue;
      const cell = ws.getCell(row.row, column);
      cell.value = errorText(row.refusals);
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.font = { color: { argb: 'FFC00000' } };
    }
  }
  for (const r of check.sheetRefusals) {
    const ws = book.getWorksheet(r.sheet);
    if (!ws) continue;
    const cell = ws.getCell(1, ws.columnCount + 1);
    cell.value = `${ERROR_COLUMN}: ${r.reason.zh} / ${r.reason.en}`;
  }
  await book.xlsx.writeFile(out);
}
