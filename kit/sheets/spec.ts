/**
 * What an import template is made of: for each department (and facilities) a list of sheets, one per
 * kind of record, each a list of columns. The same spec writes the template (kit/sheets/template.ts),
 * finds the columns of an office's own file (kit/sheets/headers.ts) and checks each cell
 * (kit/sheets/cells.ts). A department's spec lives in its folder: subgraphs/<dept>/import-spec.ts.
 */

/** A division's level, as the division list names it. */
export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

/** A reason a cell was refused, in both languages (the report prints both). */
export interface Reason {
  zh: string;
  en: string;
}

/** A checked cell: its value for the record (null for an empty optional cell), or why it was refused. */
export type CellResult<T = unknown> = { ok: true; value: T } | { ok: false; reason: Reason };

/** How a column's cells are read and checked. */
export type CellKind =
  /** Free text, trimmed; at most `maxLength` characters (default 200). */
  | { type: 'text'; maxLength?: number }
  /** An identifier kept as text (a station's code in the department's list): `pattern`, explained by `expected`. */
  | { type: 'code'; pattern: RegExp; expected: Reason }
  /** A whole number within [min, max]; "12", "12.0", " 12 " and a number cell are all 12. */
  | { type: 'int'; min?: number; max?: number }
  /** A decimal number within [min, max] (e.g. an area in m²). */
  | { type: 'decimal'; min?: number; max?: number }
  /** An amount of money, stored in fen (分, integer); in 元 unless the header says 万元. */
  | { type: 'money' }
  /** A calendar date, stored as YYYY-MM-DD: an Excel date or serial, 2021-06-02, 2021/6/2, 2021.6.2, 2021年6月2日. */
  | { type: 'date' }
  /** One of `values`, written by its Chinese label (or one of its other labels, or the value itself). */
  | { type: 'enum'; values: EnumValue[] }
  /** Several of `values` in one cell, separated by 、 , ， ; ； or /: stored as the list of their values, each once. */
  | { type: 'enumList'; values: EnumValue[] }
  /** Opening hours in words (周一至周五 09:00-17:00；周六 09:00-12:00): stored as a week of spans (kit/sheets/weekly-hours.ts). */
  | { type: 'weeklyHours' }
  /** 是/否 (also 有/无, Y/N, true/false, 1/0). */
  | { type: 'bool' }
  /** A progress as offices write it: 已建成/已完成, 建设中/在建, 未启动, or a percentage. */
  | { type: 'progress' }
  /**
   * A division: a 6-, 9- or 12-digit code, or a name (full, or within the file's county), resolved
   * against the division list (kit/sheets/regions.ts) to a division of `level` (any level if none).
   */
  | { type: 'region'; level?: RegionLevel }
  /** A unified social credit code (统一社会信用代码, GB 32100-2015), check character verified. */
  | { type: 'uscc' }
  /** A resident identity-card number (GB 11643-1999), check digit verified; only its digest is kept. */
  | { type: 'idCard' }
  /** A mobile (11 digits) or landline (area code and number) phone number. */
  | { type: 'phone' };

export interface EnumValue {
  /** As stored and as the GraphQL enum names it. */
  value: string;
  /** The label offices write, first the one the template's drop-down offers. */
  labels: [string, ...string[]];
}

export interface ColumnSpec {
  /** The record's field (as in the subgraph's data/columns.ts map). */
  field: string;
  /** The header as this department's own lists write it (the template's header). */
  header: string;
  /** Other headers accepted for it: other offices' wordings and the English name. */
  aliases: string[];
  /** The English header (accepted on import too). */
  en: string;
  kind: CellKind;
  required: boolean;
  /** What it is, for the template's explanation sheet. */
  description: Reason;
  /** An example value, as written in the template's example row. */
  example: string;
}

export interface SheetSpec {
  /** The kind of record (e.g. `stations`), as named on the command line and in reports. */
  kind: string;
  /** The sheet's name in the template (Chinese), and the names accepted for it on import. */
  name: string;
  aliases: string[];
  nameEn: string;
  /** The fields that identify a record in the department's own lists: a row with a known key is an update. */
  key: string[];
  columns: ColumnSpec[];
}

export interface TemplateSpec {
  /** `facilities` or a department of the registry. */
  owner: string;
  title: Reason;
  sheets: SheetSpec[];
}
