import fs from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';
import type { Cell, Column, Table } from './flatten.js';

/**
 * Flattened answers (kit/sheets/flatten.ts) as files for analysts: CSV through csv-stringify (the
 * sibling of the csv-parse the importer reads with: RFC 4180 quoting, CRLF) and XLSX through exceljs
 * (as the import templates).
 *
 * - CSV: one table per file, UTF-8 with a byte-order mark (Excel reads a BOM-less UTF-8 CSV as the
 *   local code page and garbles the Chinese), one header row, each header "中文 English" (`headers`
 *   'zh', 'en' or 'key' for one language, or the column keys, which a BI tool may prefer).
 * - XLSX: one sheet per table (named by the table, cut to Excel's 31 characters), row 1 the Chinese
 *   headers, row 2 the English, both frozen; numbers as numbers, booleans as booleans, text columns
 *   (codes, ids, enums) formatted as text so that Excel never turns "330106" into a number.
 */

export type ExportFormat = 'csv' | 'xlsx';
export type CsvHeaders = 'bilingual' | 'zh' | 'en' | 'key';

export const CSV_MIME = 'text/csv; charset=utf-8';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const BOM = '\uFEFF';

function header(c: Column, headers: CsvHeaders): string {
  if (headers === 'key') return c.key;
  if (headers === 'zh') return c.zh;
  if (headers === 'en') return c.en;
  return c.zh === c.en ? c.zh : `${c.zh} ${c.en}`;
}

const csvCell = (v: Cell | undefined): string => (v === null || v === undefined ? '' : String(v));

/** One table as CSV bytes: the BOM, a header row, a row per table row. */
export function tableToCsv(table: Table, headers: CsvHeaders = 'bilingual'): Buffer {
  const records = [table.columns.map((c) => header(c, headers)), ...table.rows.map((r) => table.columns.map((c) => csvCell(r[c.key])))];
  return Buffer.from(BOM + stringify(records, { record_delimiter: 'windows' }), 'utf8');
}

/** Excel's limits on a sheet's name: 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetNames(tables: Table[]): string[] {
  const used = new Set<string>();
  return tables.map((t) => {
    const base = t.name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Sheet';
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)}-${i}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** Roughly how wide a header or value is in Excel's units: a Chinese character counts as two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * The tables as one workbook: a sheet each. exceljs is imported on the first workbook, not with this
 * module: the gateway loads it for its export route, and most gateways never make a workbook (16 MB of
 * resident memory at start).
 */
export async function tablesToWorkbook(tables: Table[]): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'venue-graph';
  const names = sheetNames(tables);
  tables.forEach((table, i) => {
    const ws = book.addWorksheet(names[i]!, { views: [{ state: 'frozen', ySplit: 2 }] });
    ws.columns = table.columns.map((c) => ({
      key: c.key,
      width: Math.min(60, Math.max(8, width(c.zh), width(c.en)) + 2),
    }));
    ws.addRow(table.columns.map((c) => c.zh)).font = { bold: true };
    ws.addRow(table.columns.map((c) => c.en)).font = { italic: true };
    for (const row of table.rows) {
      ws.addRow(
        table.columns.map((c) => {
          const v = row[c.key];
          if (v === null || v === undefined) return null;
          // A text column holds text even when a value looks like a number.
          return c.kind === 'text' ? String(v) : v;
        }),
      );
    }
    table.columns.forEach((c, j) => {
      if (c.kind === 'text') ws.getColumn(j + 1).numFmt = '@';
    });
  });
  return book;
}

/** The workbook's bytes. */
export async function tablesToXlsx(tables: Table[]): Promise<Buffer> {
  // exceljs's Buffer type predates @types/node's generic Buffer.
  return Buffer.from((await (await tablesToWorkbook(tables)).xlsx.writeBuffer()) as ArrayBuffer);
}

/** The table a single-table export serves: the one named, else the first list (or connection), else the first. */
export function pickTable(tables: Table[], name?: string): Table | undefined {
  if (name !== undefined) return tables.find((t) => t.name === name);
  return tables.find((t) => t.list) ?? tables[0];
}

/** "11 rows of 11", "3 rows (more exist)", "1 row". */
export function describeRows(table: Table): string {
  const rows = `${table.rows.length} row${table.rows.length === 1 ? '' : 's'}`;
  if (table.totalCount !== undefined) return `${rows} of ${table.totalCount} ${table.totalCount === 1 ? 'item' : 'items'}`;
  return table.hasNextPage ? `${rows} (more exist: not all pages asked)` : rows;
}

/** What was written: a file and the tables in it. */
export interface Written {
  file: string;
  tables: { name: string; rows: string }[];
}

/**
 * Writes the tables to `out`: XLSX as one workbook; CSV as one file when there is one table, else a
 * file per table, `<out without .csv>-<table>.csv`.
 */
export async function writeTables(
  tables: Table[],
  format: ExportFormat,
  out: string,
  headers: CsvHeaders = 'bilingual',
): Promise<Written[]> {
  if (format === 'xlsx') {
    await fs.writeFile(out, await tablesToXlsx(tables));
    return [{ file: out, tables: tables.map((t) => ({ name: t.name, rows: describeRows(t) })) }];
  }
  const written: Written[] = [];
  for (const t of tables) {
    const file = tables.length === 1 ? out : `${out.replace(/\.csv$/i, '')}-${t.name}.csv`;
    await fs.writeFile(file, tableToCsv(t, headers));
    written.push({ file, tables: [{ name: t.name, rows: describeRows(t) }] });
  }
  return written;
}
