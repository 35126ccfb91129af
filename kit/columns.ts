/**
 * A table's columns, named once as record field → column: the data layer's SELECT list (`column as
 * field`) and the rows a writer inserts (the seed today, an import later) both come from it, so a
 * column is renamed in one place.
 */
export interface Columns<F extends string> {
  table: string;
  /** For knex `.select(…)`: each column qualified by its table, aliased to its field. */
  select: string[];
  /** A record (with at least these fields) as a row to insert. */
  row(record: { [K in F]: unknown }): Record<string, unknown>;
}

export function columnsOf<F extends string>(table: string, fields: Record<F, string>): Columns<F> {
  const entries = Object.entries(fields) as [F, string][];
  return {
    table,
    select: entries.map(([field, column]) => `${table}.${column}${field === column ? '' : ` as ${field}`}`),
    row: (record) => Object.fromEntries(entries.map(([field, column]) => [column, record[field]])),
  };
}
