import { createHash } from 'node:crypto';
import fs from 'node:fs';
import knexFactory, { type Knex } from 'knex';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { redactUrl } from '../redact.js';
import type { FileCheck } from '../sheets/check.js';
import type { RawCell, RawSheet, RawWorkbook } from '../sheets/read.js';
import type { TemplateSpec } from '../sheets/spec.js';
import { MAX_IMPORT_ROWS } from './engine.js';

/**
 * A department's own database as the source of an import (`npm run sync`). A mapping file says once
 * where the source is, which table or query feeds each kind of record, which of its columns feeds
 * which field of the department's template, and how its own codes translate to ours. The rows read
 * become a workbook with the template's headers, so they go through exactly the checks, the report and
 * the import a file does (kit/sheets/check.ts, kit/imports/engine.ts).
 *
 * ```yaml
 * source: mysql://culture_ro:${LEGACY_PASSWORD}@10.0.0.5:3306/whzd   # mysql:// (MySQL, MariaDB) or postgres://
 * scope: '330203'          # the division the source is complete for (what it lacks there is "missing")
 * sheets:
 *   stations:              # a sheet (kind of record) of the department's template
 *     table: wh_zhan       # or: query: SELECT … FROM … WHERE …
 *     columns:             # our field: their column
 *       name: zdmc
 *       township: xzqh_dm
 *       grade: dj
 *     values:              # their codes → our values (or labels), per field
 *       grade: { '1': SPECIAL, '2': FIRST, '3': SECOND, '4': THIRD, '0': UNRATED }
 * ```
 *
 * `${NAME}` in `source` is read from the environment, so a password need not be in the file.
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

const sheetMapping = z
  .object({
    table: z.string().regex(IDENTIFIER, 'a table name (letters, digits, _; schema.table allowed)').optional(),
    query: z.string().min(1).optional(),
    columns: z.record(z.string(), z.string().regex(IDENTIFIER, 'a column name')),
    values: z.record(z.string(), z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))).optional(),
  })
  .strict()
  .refine((s) => (s.table === undefined) !== (s.query === undefined), { message: 'give either table or query' });

export const mappingSchema = z
  .object({
    source: z.string().regex(/^(mysql|mariadb|postgres|postgresql):\/\//, 'a mysql://, mariadb:// or postgres:// URL'),
    scope: z
      .string()
      .regex(/^\d{2,12}$/, 'a division code')
      .optional(),
    sheets: z.record(z.string(), sheetMapping),
  })
  .strict();

export type Mapping = z.infer<typeof mappingSchema>;

/** A mapping file that cannot be used: what is wrong with it, by path. */
export class MappingError extends Error {}

/** Reads and checks a mapping file against the template it feeds. */
export function loadMapping(file: string, spec: TemplateSpec, env: NodeJS.ProcessEnv = process.env): Mapping {
  let raw: unknown;
  try {
    raw = parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new MappingError(`${file}: not readable as YAML: ${(err as Error).message}`);
  }
  const parsed = mappingSchema.safeParse(raw);
  if (!parsed.success) {
    throw new MappingError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
  }
  const mapping = parsed.data;
  const problems: string[] = [];
  for (const [kind, sheet] of Object.entries(mapping.sheets)) {
    const target = spec.sheets.find((s) => s.kind === kind);
    if (!target) {
      problems.push(`sheets.${kind}: ${spec.owner}'s template has no such sheet (it has ${spec.sheets.map((s) => s.kind).join(', ')})`);
      continue;
    }
    for (const field of [...Object.keys(sheet.columns), ...Object.keys(sheet.values ?? {})]) {
      if (!target.columns.some((c) => c.field === field)) {
        problems.push(`sheets.${kind}: no field "${field}" (fields: ${target.columns.map((c) => c.field).join(', ')})`);
      }
    }
  }
  const missingVars = [...mapping.source.matchAll(/\$\{([A-Z0-9_]+)\}/g)].map((m) => m[1]!).filter((v) => env[v] === undefined);
  if (missingVars.length) problems.push(`source: ${missingVars.map((v) => `\${${v}}`).join(', ')} not set in the environment`);
  if (problems.length) throw new MappingError(`${file}: ${problems.join('; ')}`);
  return { ...mapping, source: mapping.source.replace(/\$\{([A-Z0-9_]+)\}/g, (_, v: string) => encodeURIComponent(env[v]!)) };
}

function connect(source: string): Knex {
  if (/^postgres(ql)?:/.test(source)) return knexFactory({ client: 'pg', connection: source, pool: { min: 0, max: 1 } });
  // mysql2 reads a mysql:// URL; dates come as the text they are (no time-zone shift).
  const url = source.replace(/^mariadb:/, 'mysql:');
  return knexFactory({ client: 'mysql2', connection: { uri: url, dateStrings: true } as never, pool: { min: 0, max: 1 } });
}

/** A value as a sheet would hold it. */
function cellOf(v: unknown): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'bigint') return Number(v);
  if (Buffer.isBuffer(v)) return v.toString('utf8');
  return String(v);
}

export interface SourceRead {
  book: RawWorkbook;
  /** kind → field → the source column, for the report's headers. */
  columns: Record<string, Record<string, string>>;
  rows: number;
}

/** Reads the source's rows for every mapped sheet as a workbook with the template's headers. */
export async function readSource(mapping: Mapping, spec: TemplateSpec): Promise<SourceRead> {
  const knex = connect(mapping.source);
  const hash = createHash('sha256');
  const sheets: RawSheet[] = [];
  const columns: SourceRead['columns'] = {};
  let total = 0;
  try {
    for (const [kind, m] of Object.entries(mapping.sheets)) {
      const target = spec.sheets.find((s) => s.kind === kind)!;
      const fields = Object.keys(m.columns);
      let rows: Record<string, unknown>[];
      try {
        if (m.table) rows = await knex(m.table).select(fields.map((f) => m.columns[f]!));
        else {
          // pg answers knex.raw with { rows }, mysql2 with [rows, fields].
          const answer = (await knex.raw(m.query!)) as { rows: Record<string, unknown>[] } | [Record<string, unknown>[], unknown];
          rows = Array.isArray(answer) ? answer[0] : answer.rows;
        }
      } catch (err) {
        throw new MappingError(`sheets.${kind}: the source refused the read (${redactUrl(mapping.source)}): ${(err as Error).message}`);
      }
      total += rows.length;
      if (total > MAX_IMPORT_ROWS)
        throw new MappingError(`the source holds more than ${MAX_IMPORT_ROWS} rows: narrow the query (by region, say)`);
      const headers = fields.map((f) => target.columns.find((c) => c.field === f)!.header);
      const sheetRows = [
        { number: 1, cells: headers as RawCell[] },
        ...rows.map((r, i) => ({
          number: i + 2,
          cells: fields.map((f) => {
            const value = cellOf(r[m.columns[f]!]);
            const translated = m.values?.[f]?.[String(value)];
            return translated === undefined ? value : (translated as RawCell);
          }),
        })),
      ];
      for (const row of sheetRows) hash.update(JSON.stringify([kind, row.cells]));
      sheets.push({ name: target.name, rows: sheetRows, merges: [] });
      columns[kind] = m.columns;
    }
  } finally {
    await knex.destroy();
  }
  // The digest of every row read, in order, is a sync's "file" SHA-256 in the import log.
  return { book: { format: 'xlsx', sha256: hash.digest('hex'), sheets }, columns, rows: total };
}

/** Shows the source's own column names in the report: `dj（等级）`. */
export function sourceHeaders(check: FileCheck, columns: SourceRead['columns']): void {
  for (const sheet of check.sheets) {
    const map = columns[sheet.spec.kind] ?? {};
    const byHeader = new Map(
      Object.entries(map).map(([field, col]) => [
        sheet.spec.columns.find((c) => c.field === field)!.header,
        `${col}（${sheet.headers[field] ?? field}）`,
      ]),
    );
    for (const row of sheet.rows) for (const r of row.refusals) r.header = byHeader.get(r.header) ?? r.header;
  }
}
