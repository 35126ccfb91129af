import { checkCell } from './cells.js';
import { dataRows, headerKey, locateColumns, type HeaderMatch } from './headers.js';
import type { RawCell, RawSheet, RawWorkbook } from './read.js';
import type { Reason, SheetSpec, TemplateSpec } from './spec.js';
import { EXPLANATION_SHEET } from './template.js';

/**
 * A file checked against a template, before anything is written: which sheet is which kind of record,
 * each row's record or every reason it is refused (each cell, required ones missing, a key twice in
 * the file). What needs the database (a region name, a key already known, a reference) is checked by
 * the importer afterwards, and adds its refusals to the same rows.
 */

/** One refused cell (or row), as the report prints it: where, what the file says, and why. */
export interface Refusal {
  sheet: string;
  /** The row number Excel shows; the header's row for a refusal of a whole sheet. */
  row: number;
  /** The column's header as the file writes it ('' for a refusal of the row or sheet). */
  header: string;
  /** The value as the file holds it, shortened (an identity-card number is never shown). */
  value: string;
  reason: Reason;
}

export interface CheckedRow {
  /** The row number Excel shows. */
  row: number;
  /** field → checked value (null for an empty optional cell); present only when the row has no refusal. */
  record: Record<string, unknown> | null;
  refusals: Refusal[];
}

export interface CheckedSheet {
  /** The sheet's name in the file. */
  name: string;
  spec: SheetSpec;
  headerRow: number;
  /** field → its header as the file writes it, for the fields the file has. */
  headers: Record<string, string>;
  /** Headers the template does not know (序号, 备注…): ignored, listed in the report. */
  ignoredColumns: string[];
  rows: CheckedRow[];
}

export interface FileCheck {
  sheets: CheckedSheet[];
  /** Sheets of the file that are none of the template's (the explanation sheet is left out silently). */
  ignoredSheets: string[];
  /** Refusals of a whole sheet (no header found): such a sheet's rows are not read at all. */
  sheetRefusals: Refusal[];
}

/** Longest value shown in a report. */
const SHOWN = 60;

/** A cell's value for the report: never an identity-card number, never more than 60 characters. */
export function shownValue(raw: RawCell, secret: boolean): string {
  if (raw === null || raw === undefined) return '';
  if (secret) return '（已隐藏 hidden）';
  const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw);
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

const sameName = (a: string, b: string) => headerKey(a).key === headerKey(b).key;

/** The template's sheet a sheet of the file is, by its name (or its aliases); null when none. */
function specByName(spec: TemplateSpec, sheetName: string): SheetSpec | null {
  return spec.sheets.find((s) => [s.name, s.nameEn, ...s.aliases].some((n) => sameName(n, sheetName))) ?? null;
}

/** For a sheet named otherwise (a CSV, "Sheet1"): the template sheet whose headers it matches best. */
function specByHeaders(spec: TemplateSpec, sheet: RawSheet): { spec: SheetSpec; match: HeaderMatch } | null {
  let best: { spec: SheetSpec; match: HeaderMatch } | null = null;
  for (const s of spec.sheets) {
    const match = locateColumns(sheet, s);
    if (match.ok && (!best || match.columns.length > best.match.columns.length)) best = { spec: s, match };
  }
  return best;
}

/** A key as text, for finding it twice: a region by code or name, anything else as JSON. */
function keyOf(record: Record<string, unknown>, fields: string[]): string {
  return JSON.stringify(fields.map((f) => record[f] ?? null));
}

function checkSheet(sheet: RawSheet, spec: SheetSpec, match: HeaderMatch): CheckedSheet {
  const rows: CheckedRow[] = [];
  const seen = new Map<string, number>();
  const secret = new Set(spec.columns.filter((c) => c.kind.type === 'idCard').map((c) => c.field));
  for (const data of dataRows(sheet, match)) {
    const refusals: Refusal[] = [];
    const record: Record<string, unknown> = {};
    for (const column of spec.columns) {
      const cell = data.cells[column.field];
      const header = cell?.headerAsWritten ?? column.header;
      if (!cell) {
        // The file has no such column: an optional field stays unset.
        if (column.required) {
          refusals.push({
            sheet: sheet.name,
            row: data.number,
            header: column.header,
            value: '',
            reason: { zh: `缺少必填列“${column.header}”`, en: `the required column "${column.en}" is missing` },
          });
        }
        continue;
      }
      const result = checkCell(column.kind, cell.raw, { header: cell.unit ? `${header}（${cell.unit}）` : header });
      const value = shownValue(cell.raw, secret.has(column.field));
      if (!result.ok) {
        refusals.push({ sheet: sheet.name, row: data.number, header, value, reason: result.reason });
      } else if (result.value === null && column.required) {
        refusals.push({ sheet: sheet.name, row: data.number, header, value, reason: { zh: '必填项为空', en: 'required, but empty' } });
      } else {
        record[column.field] = result.value;
      }
    }
    if (refusals.length === 0) {
      const key = keyOf(record, spec.key);
      const first = seen.get(key);
      if (first !== undefined) {
        const headers = spec.key.map((f) => data.cells[f]?.headerAsWritten ?? f).join('、');
        refusals.push({
          sheet: sheet.name,
          row: data.number,
          header: headers,
          value: spec.key.map((f) => shownValue(data.cells[f]?.raw ?? null, secret.has(f))).join(' / '),
          reason: { zh: `与第 ${first} 行重复（${headers}相同）`, en: `the same record as row ${first} (same ${headers})` },
        });
      } else seen.set(key, data.number);
    }
    rows.push({ row: data.number, record: refusals.length ? null : record, refusals });
  }
  return {
    name: sheet.name,
    spec,
    headerRow: match.headerRow,
    headers: Object.fromEntries(match.columns.map((c) => [c.field, c.headerAsWritten])),
    ignoredColumns: match.unknown.map((u) => u.headerAsWritten),
    rows,
  };
}

/** Checks every sheet of `book` that is one of `spec`'s kinds of record. */
export function checkWorkbook(book: RawWorkbook, spec: TemplateSpec): FileCheck {
  const out: FileCheck = { sheets: [], ignoredSheets: [], sheetRefusals: [] };
  const taken = new Set<string>();
  for (const sheet of book.sheets) {
    if (sameName(sheet.name, EXPLANATION_SHEET) || sheet.rows.every((r) => r.cells.every((c) => c === null || String(c).trim() === ''))) {
      continue;
    }
    const named = specByName(spec, sheet.name);
    const found = named ? { spec: named, match: locateColumns(sheet, named) } : specByHeaders(spec, sheet);
    if (!found) {
      out.ignoredSheets.push(sheet.name);
      continue;
    }
    if (!found.match.ok) {
      out.sheetRefusals.push({ sheet: sheet.name, row: 1, header: '', value: '', reason: found.match.reason });
      continue;
    }
    if (taken.has(found.spec.kind)) {
      out.sheetRefusals.push({
        sheet: sheet.name,
        row: found.match.headerRow,
        header: '',
        value: '',
        reason: {
          zh: `与另一工作表同为“${found.spec.name}”：每类记录只能有一个工作表`,
          en: `another sheet holds ${found.spec.nameEn} already: one sheet per kind of record`,
        },
      });
      continue;
    }
    taken.add(found.spec.kind);
    out.sheets.push(checkSheet(sheet, found.spec, found.match));
  }
  return out;
}

/** Rows read, rows that passed the file's own checks, rows refused: over every checked sheet. */
export function countsOf(check: FileCheck): { read: number; valid: number; refused: number } {
  const rows = check.sheets.flatMap((s) => s.rows);
  const refused = rows.filter((r) => r.refusals.length > 0).length;
  return { read: rows.length, valid: rows.length - refused, refused };
}
