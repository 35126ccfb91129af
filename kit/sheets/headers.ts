import { columnLetters, type Merge, type RawCell, type RawRow, type RawSheet } from './read.js';
import type { ColumnSpec, Reason, SheetSpec } from './spec.js';

/**
 * Finding a sheet's columns: which row is the header (title rows above it skipped, a two-row grouped
 * header read through its merges), which column is which of the spec's fields, and the data rows below.
 */

/** How many of a sheet's first non-empty rows may be the header (title rows and a group row above it). */
export const HEADER_SEARCH_ROWS = 10;

export interface ColumnMatch {
  field: string;
  /** The column's index in a row's cells (0 for column A). */
  index: number;
  /** The header cell's text as the file writes it (read through merges, trimmed). */
  headerAsWritten: string;
  /** A unit written in brackets after the header (`配备资金（万元）` → 万元), when the spec's header has none there. */
  unit?: string;
}

export interface HeaderMatch {
  ok: true;
  /** The header row's number as Excel shows it (the lower row of a two-row header). */
  headerRow: number;
  /** The first row number below the header (and below any header cell merged down into more rows). */
  dataStart: number;
  columns: ColumnMatch[];
  /** Columns with a header that is none of the spec's (序号, 备注, …): kept out of the records, not an error. */
  unknown: { index: number; headerAsWritten: string }[];
  /** Required fields with no column: empty unless `partial` was asked for. */
  missingRequired: string[];
}

export interface HeaderFailure {
  ok: false;
  reason: Reason;
}

export interface LocateOptions {
  /**
   * Accept a header with only the spec's key columns among the required ones (a file updating some
   * fields of known records); the other required fields missing are listed in `missingRequired`.
   */
  partial?: boolean;
}

/** A header's parts for matching (see {@link normaliseHeader}). */
export interface HeaderKey {
  /** The whole header, normalised. */
  key: string;
  /** The header without a trailing bracketed part, normalised; equal to `key` when there is none. */
  base: string;
  /** The trailing bracketed part's text (`单位：` dropped), normalised; absent when there is none. */
  unit?: string;
}

const BRACKETS: Record<string, string> = { '(': ')', '[': ']', '【': '】', '〔': '〕', '<': '>' };

/**
 * Normalises a header for matching, by these rules in order:
 * 1. Unicode NFKC: full-width letters, digits and punctuation become ASCII (`（）` → `()`, `＊` → `*`, `：` → `:`).
 * 2. All whitespace removed, wherever it is: spaces, U+3000, NBSP, tabs and the line breaks of Alt+Enter.
 * 3. Required-field markers removed: `*` at the start or the end (`*站点名称`, `站点名称*`), repeatedly.
 * 4. Lower-cased (for English headers).
 * A trailing bracketed part (`(万元)`, `[万元]`, `【万元】`) is kept here; {@link headerKey} splits it off as a unit.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/^\*+|\*+$/g, '')
    .toLowerCase();
}

/** A header's whole key and its key without a trailing unit in brackets (`配备资金(万元)` → 配备资金, unit 万元). */
export function headerKey(text: string): HeaderKey {
  const key = normaliseHeader(text);
  const close = key.at(-1);
  const open = Object.keys(BRACKETS).find((o) => BRACKETS[o] === close);
  if (open === undefined) return { key, base: key };
  const at = key.lastIndexOf(open);
  if (at <= 0) return { key, base: key };
  const base = normaliseHeader(key.slice(0, at));
  const unit = key.slice(at + 1, -1).replace(/^单位:?/, '');
  return unit === '' ? { key, base } : { key, base, unit };
}

/** The text of a header cell: a string as written, a number or date as text, nothing for an empty cell. */
function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

function isEmpty(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A sheet's cells read through its merges: a cell a merge covers reads as the merge's top-left cell. */
class Grid {
  private readonly byNumber = new Map<number, RawRow>();
  /** The merges over each row number. */
  private readonly mergesByRow = new Map<number, Merge[]>();
  constructor(private readonly sheet: RawSheet) {
    for (const row of sheet.rows) this.byNumber.set(row.number, row);
    for (const merge of sheet.merges) {
      for (let r = merge.top; r <= merge.bottom; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(merge);
        else this.mergesByRow.set(r, [merge]);
      }
    }
  }

  raw(row: number, index: number): RawCell {
    return this.byNumber.get(row)?.cells[index] ?? null;
  }

  mergeAt(row: number, index: number): Merge | undefined {
    const col = index + 1;
    return this.mergesByRow.get(row)?.find((m) => m.left <= col && col <= m.right);
  }

  value(row: number, index: number): RawCell {
    const merge = this.mergeAt(row, index);
    return merge ? this.raw(merge.top, merge.left - 1) : this.raw(row, index);
  }

  width(): number {
    const cells = Math.max(0, ...this.sheet.rows.map((r) => r.cells.length));
    return Math.max(cells, ...this.sheet.merges.map((m) => m.right));
  }
}

interface Candidate {
  row: number;
  /** The header text of each column, through merges, a lower cell left empty taking the one above. */
  headers: string[];
  matches: ColumnMatch[];
  duplicates: { field: string; first: ColumnMatch; second: ColumnMatch }[];
  unknown: { index: number; headerAsWritten: string }[];
}

/** The spec's columns by each key they accept: the header, each alias and the English header, normalised. */
function specKeys(spec: SheetSpec): Map<string, ColumnSpec> {
  const keys = new Map<string, ColumnSpec>();
  for (const column of spec.columns) {
    for (const text of [column.header, ...column.aliases, column.en]) {
      const key = normaliseHeader(text);
      if (key !== '' && !keys.has(key)) keys.set(key, column);
    }
  }
  return keys;
}

function candidate(grid: Grid, row: number, width: number, keys: Map<string, ColumnSpec>): Candidate {
  const headers: string[] = [];
  for (let index = 0; index < width; index++) {
    let cell = grid.value(row, index);
    // A header written in the row above and left alone (not merged down): 序号 over an empty cell.
    if (isEmpty(cell) && !grid.mergeAt(row, index)) {
      const above = grid.mergeAt(row - 1, index);
      if (!above || above.left === above.right) cell = grid.value(row - 1, index);
    }
    headers.push(isEmpty(cell) ? '' : cellText(cell).trim());
  }
  const matches: ColumnMatch[] = [];
  const duplicates: Candidate['duplicates'] = [];
  const unknown: Candidate['unknown'] = [];
  headers.forEach((headerAsWritten, index) => {
    if (headerAsWritten === '') return;
    const parts = headerKey(headerAsWritten);
    let column = keys.get(parts.key);
    let unit: string | undefined;
    if (!column && parts.unit !== undefined) {
      column = keys.get(parts.base);
      unit = parts.unit;
    }
    if (!column) {
      unknown.push({ index, headerAsWritten });
      return;
    }
    const match: ColumnMatch =
      unit === undefined ? { field: column.field, index, headerAsWritten } : { field: column.field, index, headerAsWritten, unit };
    const first = matches.find((m) => m.field === column.field);
    if (first) duplicates.push({ field: column.field, first, second: match });
    else matches.push(match);
  });
  return { row, headers, matches, duplicates, unknown };
}

const position = (m: ColumnMatch) => `${columnLetters(m.index + 1)}`;

/**
 * Finds the header row among the sheet's first {@link HEADER_SEARCH_ROWS} non-empty rows — the row
 * whose cells match the most of the spec's columns (by header, alias or English header, normalised by
 * {@link normaliseHeader}; a header with a unit in brackets matches the column without it, the unit
 * recorded) — and which column is which field. Rows above it (a title, a row of group headers) are
 * skipped; every cell reads through the merges, so a group header merged across columns or a header
 * merged down two rows (序号 over A1:A2) reads in each cell it covers, and the lower row of a two-row
 * header is the header, a column whose lower cell is empty taking the cell above.
 *
 * Fails, with the reason, when the best row lacks a required column (naming those missing and the
 * headers that row has), or has one of the spec's columns twice (naming both places).
 */
export function locateColumns(sheet: RawSheet, spec: SheetSpec, options: LocateOptions = {}): HeaderMatch | HeaderFailure {
  const grid = new Grid(sheet);
  const width = grid.width();
  const keys = specKeys(spec);
  const rows = sheet.rows.filter((r) => r.cells.some((c) => !isEmpty(c))).slice(0, HEADER_SEARCH_ROWS);
  let best: Candidate | undefined;
  for (const { number } of rows) {
    const c = candidate(grid, number, width, keys);
    const filled = (x: Candidate) => x.headers.filter((h) => h !== '').length;
    if (
      !best ||
      c.matches.length > best.matches.length ||
      (best.matches.length === 0 && c.matches.length === 0 && filled(c) > filled(best))
    ) {
      best = c;
    }
  }
  if (!best) {
    return failure('工作表中没有任何内容', 'the sheet holds nothing', sheet.name);
  }
  // Each header once: a title or group header merged across columns reads in each of them.
  const found = [...new Set(best.headers.filter((h) => h !== ''))];
  const foundZh = found.length ? `该行的表头为：${found.join('、')}` : '该行没有表头';
  const foundEn = found.length ? `that row's headers are: ${found.join(', ')}` : 'that row has no headers';
  const duplicate = best.duplicates[0];
  if (duplicate) {
    const column = spec.columns.find((c) => c.field === duplicate.field) as ColumnSpec;
    return failure(
      `“${column.header}”列出现了两次：第 ${position(duplicate.first)} 列“${duplicate.first.headerAsWritten}”和第 ${position(duplicate.second)} 列“${duplicate.second.headerAsWritten}”（第 ${best.row} 行），请删去或改名其中一列`,
      `the column "${column.en}" appears twice in row ${best.row}: column ${position(duplicate.first)} "${duplicate.first.headerAsWritten}" and column ${position(duplicate.second)} "${duplicate.second.headerAsWritten}"; remove or rename one`,
      sheet.name,
    );
  }
  const matched = new Set(best.matches.map((m) => m.field));
  const missing = spec.columns.filter((c) => c.required && !matched.has(c.field));
  const blocking = options.partial ? missing.filter((c) => spec.key.includes(c.field)) : missing;
  if (best.matches.length === 0 || blocking.length > 0) {
    const names = blocking.length ? blocking : missing;
    const where = best.matches.length === 0 ? `前 ${HEADER_SEARCH_ROWS} 行中找不到表头` : `第 ${best.row} 行像是表头`;
    const whereEn =
      best.matches.length === 0 ? `no header row in the first ${HEADER_SEARCH_ROWS} rows` : `row ${best.row} looks like the header`;
    return failure(
      `${where}，但缺少必填列：${names.map((c) => c.header).join('、') || '（无）'}；${foundZh}`,
      `${whereEn} but lacks the required columns: ${names.map((c) => c.en).join(', ') || '(none)'}; ${foundEn}`,
      sheet.name,
    );
  }
  let dataStart = best.row + 1;
  for (const m of [...best.matches, ...best.unknown]) {
    const merge = grid.mergeAt(best.row, m.index);
    if (merge) dataStart = Math.max(dataStart, merge.bottom + 1);
  }
  return {
    ok: true,
    headerRow: best.row,
    dataStart,
    columns: best.matches,
    unknown: best.unknown,
    missingRequired: missing.map((c) => c.field),
  };
}

function failure(zh: string, en: string, sheet: string): HeaderFailure {
  return { ok: false, reason: { zh: `工作表“${sheet}”：${zh}`, en: `sheet "${sheet}": ${en}` } };
}

export interface DataCell {
  /** The cell as the file holds it; a cell a merge covers reads as the merge's top-left cell. */
  raw: RawCell;
  headerAsWritten: string;
  unit?: string;
}

export interface DataRow {
  /** The row number Excel shows. */
  number: number;
  /** Each matched field's cell. */
  cells: Record<string, DataCell>;
}

/**
 * The data rows below the header: every row from `dataStart` on that holds a value in one of the
 * matched columns (a row whose cells there are all empty or whitespace — in the file itself, not through
 * merges — is skipped, as is a row with only a 序号 or a 备注: a template's pre-numbered empty row),
 * each with its Excel row number and, for each matched field, its cell. A cell a merge covers reads as
 * the merge's top-left cell: a township merged down over the rows of its stations is each row's township.
 */
export function dataRows(sheet: RawSheet, match: HeaderMatch): DataRow[] {
  const grid = new Grid(sheet);
  const rows: DataRow[] = [];
  for (const row of sheet.rows) {
    if (row.number < match.dataStart || match.columns.every((c) => isEmpty(row.cells[c.index]))) continue;
    const cells: Record<string, DataCell> = {};
    for (const column of match.columns) {
      const cell: DataCell = { raw: grid.value(row.number, column.index), headerAsWritten: column.headerAsWritten };
      if (column.unit !== undefined) cell.unit = column.unit;
      cells[column.field] = cell;
    }
    rows.push({ number: row.number, cells });
  }
  return rows;
}
