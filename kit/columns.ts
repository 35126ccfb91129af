/**
 * A table's columns, named once as record field → column: the data layer's SELECT list (`column as
 * field`) and the rows a writer inserts (the seed today, an import later) both come from it, so a
 * column is renamed in one place.
 */
export interface Columns<F extends string> {
  table: string;
  /**
   * For knex `.select(…)`: each column qualified by its table, aliased to its field, as stored (an
   * encoded column is read back encoded: the data layer decodes it). Columns marked `select: false`
   * are left out.
   */
  select: string[];
  /** A record (with at least these fields) as a row to insert, each value through its column's `encode` if it has one. */
  row(record: { [K in F]: unknown }): Record<string, unknown>;
  /** The column a field is stored in (unqualified). */
  columnOf(field: F): string;
  /** The fields, in the map's order. */
  fields: F[];
}

/** A column stored otherwise than as its field's value, or written but never read back. */
export interface ColumnSpec {
  column: string;
  /** The field's value as stored, e.g. `JSON.stringify` for a JSON text column or `toMinutes` for minutes after midnight. */
  encode?: (value: never) => unknown;
  /** `false` for a column written but never selected (e.g. a digest the data layer must not load). */
  select?: false;
}

export function columnsOf<F extends string>(table: string, fields: Record<F, string | ColumnSpec>): Columns<F> {
  const entries = (Object.entries(fields) as [F, string | ColumnSpec][]).map(([field, c]) => {
    const spec: ColumnSpec = typeof c === 'string' ? { column: c } : c;
    return { field, ...spec, encode: spec.encode as ((value: unknown) => unknown) | undefined };
  });
  return {
    table,
    select: entries
      .filter((c) => c.select !== false)
      .map(({ field, column }) => `${table}.${column}${field === column ? '' : ` as ${field}`}`),
    row: (record) =>
      Object.fromEntries(entries.map(({ field, column, encode }) => [column, encode ? encode(record[field]) : record[field]])),
    columnOf: (field) => {
      const entry = entries.find((e) => e.field === field);
      if (!entry) throw new Error(`${table} has no field "${field}"`);
      return entry.column;
    },
    fields: entries.map((e) => e.field),
  };
}
