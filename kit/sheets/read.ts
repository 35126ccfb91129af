import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Reason } from './spec.js';

/**
 * Reading an office's own file (XLSX or CSV, made by hand in Excel or WPS) into rows of raw cells, as
 * the file holds them: nothing is trimmed, converted or skipped here. Finding the columns is
 * kit/sheets/headers.ts's; checking each cell is kit/sheets/cells.ts's.
 *
 * Limits (a file over one is refused, not cut): at most {@link MAX_BYTES} bytes, and in each sheet at
 * most {@link MAX_ROWS} rows and {@link MAX_COLUMNS} columns — counted to the last row and column that
 * hold a value, so formatting alone never counts.
 */

/** A cell as the file holds it (see {@link readWorkbook} for what each kind of XLSX cell becomes). */
export type RawCell = string | number | boolean | Date | null;

export interface RawRow {
  /** The row number Excel shows (1-based); for a CSV, the record's number (a quoted field may span lines). */
  number: number;
  /** The cells from column A on, as many as the sheet is wide (an XLSX cell holding nothing is null, a CSV's ''). */
  cells: RawCell[];
}

/** A merged range, 1-based and inclusive (A1:C1 is top 1, left 1, bottom 1, right 3). */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RawSheet {
  name: string;
  /** Every row from row 1 to the last row holding a value, empty ones included, so `rows[i].number === i + 1`. */
  rows: RawRow[];
  merges: Merge[];
}

export interface RawWorkbook {
  format: 'xlsx' | 'csv';
  /** The SHA-256 of what was read (the file's bytes; for a sync, its rows), for the import log. */
  sha256: string;
  /** A CSV's encoding, as detected or as asked for. */
  encoding?: string;
  sheets: RawSheet[];
}

export type Encoding = 'utf-8' | 'gb18030';

export interface ReadOptions {
  /** A CSV's encoding, instead of detecting it. */
  encoding?: Encoding;
}

/** A file larger than this is refused (64 MiB). */
export const MAX_BYTES = 64 * 1024 * 1024;
/** A sheet with more rows than this is refused. */
export const MAX_ROWS = 100_000;
/** A sheet with more columns than this is refused. */
export const MAX_COLUMNS = 200;

export type SheetReadCode =
  | 'not-found'
  | 'unknown-extension'
  | 'old-format'
  | 'not-xlsx'
  | 'empty'
  | 'too-large'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'unknown-encoding'
  | 'bad-csv';

/** A file that cannot be read, with why in both languages; `message` is `[code] zh / en`. */
export class SheetReadError extends Error {
  override readonly name = 'SheetReadError';
  constructor(
    readonly code: SheetReadCode,
    readonly reason: Reason,
  ) {
    super(`[${code}] ${reason.zh} / ${reason.en}`);
  }
}

function refuse(code: SheetReadCode, zh: string, en: string): never {
  throw new SheetReadError(code, { zh, en });
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The compound-document signature of .xls, .et and of password-protected .xlsx files. */
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const OLD_FORMATS = new Set(['.xls', '.et', '.wps', '.ods', '.numbers', '.xlsb']);

/**
 * Reads an XLSX or CSV file (a path, or a name and its bytes) into its sheets' raw rows.
 *
 * XLSX: every worksheet, in order; each cell as it holds it — a number stays a number (also a
 * number formatted as a percentage or currency: 0.5, not "50%"), text stays text (a number typed as
 * text stays a string, "0571"), a date-formatted cell is a Date whose UTC fields are the date and time
 * Excel shows, a boolean a boolean; a formula is its cached result (null when the file was never
 * calculated, e.g. written by a program and not opened in Excel); rich text its plain text; a
 * hyperlink its text; an error value (#N/A, #DIV/0!, …) null. Cells a merge covers, other than its
 * top-left one, are null (the merge is listed in `merges`).
 *
 * CSV: one sheet named after the file (without its extension); every cell a string, as written;
 * encoding detected (a UTF-8 BOM → UTF-8, stripped; bytes that are valid UTF-8 → UTF-8; otherwise
 * GB18030, a superset of GBK and GB2312 — what Excel and WPS write on a Chinese Windows) unless given;
 * comma-separated, or tab-separated when the first line has tabs and no commas.
 *
 * Refuses, with a {@link SheetReadError}, an unknown extension, an old-format or not-really-XLSX file
 * (.xls: "save it as .xlsx or .csv"), an empty file, a file or sheet over the limits, a CSV in no
 * known encoding or with a broken quote.
 */
export async function readWorkbook(file: string | { name: string; bytes: Buffer }, options: ReadOptions = {}): Promise<RawWorkbook> {
  const { name, bytes } = typeof file === 'string' ? { name: basename(file), bytes: await readBytes(file) } : file;
  const ext = extname(name).toLowerCase();
  if (OLD_FORMATS.has(ext)) {
    refuse(
      'old-format',
      `“${name}”是旧版或其他软件的表格格式，无法读取：请在 Excel 或 WPS 中“另存为” .xlsx 或 .csv 后再导入`,
      `"${name}" is in an old or another program's spreadsheet format: open it in Excel or WPS and save it as .xlsx or .csv`,
    );
  }
  if (ext !== '.xlsx' && ext !== '.csv') {
    refuse(
      'unknown-extension',
      `无法识别“${name}”的文件类型：只能导入 .xlsx 或 .csv 文件`,
      `"${name}" is not a file type this reads: only .xlsx and .csv files can be imported`,
    );
  }
  if (bytes.length === 0) refuse('empty', `“${name}”是空文件`, `"${name}" is empty`);
  if (bytes.length > MAX_BYTES) {
    refuse(
      'too-large',
      `“${name}”超过 ${MAX_BYTES / 1024 / 1024} MB，请拆分后分批导入`,
      `"${name}" is larger than ${MAX_BYTES / 1024 / 1024} MB: split it and import the parts`,
    );
  }
  const workbook = ext === '.xlsx' ? await readXlsx(name, bytes) : readCsv(name, bytes, options.encoding);
  if (workbook.sheets.every((sheet) => sheet.rows.length === 0)) {
    refuse('empty', `“${name}”中没有任何内容`, `"${name}" holds no cells with a value`);
  }
  return workbook;
}

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') refuse('not-found', `“${path}”是文件夹，不是文件`, `"${path}" is a folder, not a file`);
    refuse('not-found', `找不到或无法打开文件“${path}”`, `cannot find or open "${path}" (${code ?? 'unknown error'})`);
  }
}

// ---------------------------------------------------------------------------------------------------
// XLSX

async function readXlsx(name: string, bytes: Buffer): Promise<RawWorkbook> {
  if (bytes.subarray(0, OLE2.length).equals(OLE2)) {
    refuse(
      'old-format',
      `“${name}”实际上是旧版 .xls 文件或设置了打开密码：请去掉密码，在 Excel 或 WPS 中“另存为” .xlsx 或 .csv 后再导入`,
      `"${name}" is really an old .xls file, or is protected by a password: remove the password and save it as .xlsx or .csv in Excel or WPS`,
    );
  }
  const notXlsx = (): never =>
    refuse(
      'not-xlsx',
      `“${name}”不是有效的 .xlsx 文件（可能已损坏，或只是改了扩展名）：请在 Excel 或 WPS 中“另存为” .xlsx 或 .csv 后再导入`,
      `"${name}" is not a valid .xlsx file (damaged, or only renamed): open it in Excel or WPS and save it as .xlsx or .csv`,
    );
  if (!bytes.subarray(0, ZIP.length).equals(ZIP)) notXlsx();
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's Buffer type predates @types/node's generic Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    notXlsx();
  }
  return { format: 'xlsx', sha256: sha256Of(bytes), sheets: workbook.worksheets.map((worksheet) => readWorksheet(name, worksheet)) };
}

function readWorksheet(file: string, worksheet: ExcelJS.Worksheet): RawSheet {
  const found: { number: number; cells: Map<number, RawCell> }[] = [];
  let lastRow = 0;
  let width = 0;
  worksheet.eachRow((row, number) => {
    const cells = new Map<number, RawCell>();
    row.eachCell((cell, col) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = rawValue(cell.value);
      if (value === null) return;
      cells.set(col, value);
      width = Math.max(width, col);
    });
    if (cells.size === 0) return;
    found.push({ number, cells });
    lastRow = number;
  });
  checkSize(file, worksheet.name, lastRow, width);
  const rows: RawRow[] = Array.from({ length: lastRow }, (_, i) => ({ number: i + 1, cells: new Array<RawCell>(width).fill(null) }));
  for (const { number, cells } of found) {
    const target = rows[number - 1] as RawRow;
    for (const [col, value] of cells) target.cells[col - 1] = value;
  }
  return { name: worksheet.name, rows, merges: sortMerges(worksheet.model.merges.map(parseRange).filter((m) => m !== null)) };
}

/** Merges in reading order: by top row, then left column. */
function sortMerges(merges: Merge[]): Merge[] {
  return merges.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** A cell's value from exceljs's model to a raw cell (see {@link readWorkbook}). */
export function rawValue(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if ('error' in v) return null;
  if (Array.isArray(v.richText))
    return v.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join('');
  if ('formula' in v || 'sharedFormula' in v) return rawValue(v.result);
  if ('hyperlink' in v || 'text' in v) return rawValue(v.text);
  return null;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 'A1:C2' → { top: 1, left: 1, bottom: 2, right: 3 }; null for anything else. */
export function parseRange(range: string): Merge | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(range.trim());
  if (!m) return null;
  const [a, b] = [
    { col: columnNumber(m[1] as string), row: Number(m[2]) },
    { col: columnNumber(m[3] ?? (m[1] as string)), row: Number(m[4] ?? m[2]) },
  ];
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** A column's letters, as Excel shows them: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function checkSize(file: string, sheet: string, rows: number, columns: number): void {
  if (rows > MAX_ROWS) {
    refuse(
      'too-many-rows',
      `“${file}”的工作表“${sheet}”有 ${rows} 行，超过上限 ${MAX_ROWS} 行，请拆分后分批导入`,
      `sheet "${sheet}" of "${file}" has ${rows} rows, more than the ${MAX_ROWS} a sheet may have: split it and import the parts`,
    );
  }
  if (columns > MAX_COLUMNS) {
    refuse(
      'too-many-columns',
      `“${file}”的工作表“${sheet}”有 ${columns} 列（到第 ${columnLetters(columns)} 列），超过上限 ${MAX_COLUMNS} 列`,
      `sheet "${sheet}" of "${file}" has ${columns} columns (to column ${columnLetters(columns)}), more than the ${MAX_COLUMNS} a sheet may have`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// CSV

/** Decodes a CSV's bytes: the encoding given, or detected (see {@link readWorkbook}). A BOM is dropped. */
export function decodeCsv(name: string, bytes: Buffer, encoding?: Encoding): { text: string; encoding: Encoding } {
  const bom = bytes.subarray(0, 3).equals(UTF8_BOM);
  const order: Encoding[] = encoding ? [encoding] : bom ? ['utf-8'] : ['utf-8', 'gb18030'];
  for (const candidate of order) {
    try {
      // ignoreBOM: false (the default) drops a UTF-8 BOM; fatal: a byte that is not of the encoding throws.
      return { text: new TextDecoder(candidate, { fatal: true }).decode(bytes), encoding: candidate };
    } catch {
      // the next candidate
    }
  }
  return refuse(
    'unknown-encoding',
    encoding
      ? `“${name}”不是 ${encoding} 编码的文本`
      : `无法识别“${name}”的编码（既不是 UTF-8 也不是 GBK/GB18030）：请在 Excel 或 WPS 中另存为“CSV UTF-8”或 .xlsx`,
    encoding
      ? `"${name}" is not text in ${encoding}`
      : `"${name}" is neither UTF-8 nor GBK/GB18030 text: save it as "CSV UTF-8" or .xlsx in Excel or WPS`,
  );
}

function readCsv(name: string, bytes: Buffer, encoding?: Encoding): RawWorkbook {
  const decoded = decodeCsv(name, bytes, encoding);
  const text = decoded.text.replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // One record more than the limit is enough to know it is over.
      to: MAX_ROWS + 1,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    refuse(
      'bad-csv',
      `“${name}”不是有效的 CSV 文件${line ? `（约第 ${line} 行，引号未闭合？）` : ''}：请在 Excel 或 WPS 中重新另存为 .csv 或 .xlsx`,
      `"${name}" is not a valid CSV file${line ? ` (near line ${line}: an unclosed quote?)` : ''}: save it again as .csv or .xlsx`,
    );
  }
  // Trailing empty records (a file ending in blank lines) are not rows.
  let last = records.length;
  while (last > 0 && (records[last - 1] as string[]).every((cell) => cell === '')) last--;
  records.length = last;
  const width = records.reduce((max, record) => {
    let end = record.length;
    while (end > 0 && record[end - 1] === '') end--;
    return Math.max(max, end);
  }, 0);
  const sheet = basename(name, extname(name));
  checkSize(name, sheet, records.length, width);
  const rows = records.map((record, i) => ({
    number: i + 1,
    cells: Array.from({ length: width }, (_, c): RawCell => record[c] ?? ''),
  }));
  return { format: 'csv', encoding: decoded.encoding, sha256: sha256Of(bytes), sheets: [{ name: sheet, rows, merges: [] }] };
}
