import type { Knex } from 'knex';
import type { Database } from '../db.js';
import { canWrite } from '../access.js';
import { prefixRange } from '../sql-pages.js';
import type { Identity } from '../identity.js';
import { comparable, countPlan, planImport, type ImportCounts, type PlannedAction } from '../sheets/plan.js';
import type { Reason, SheetSpec } from '../sheets/spec.js';
import { recordImport } from './log.js';
import { storedValueProblem, type DivisionLevels } from './values.js';
import type { ImportDefinition, SheetWriter } from './writer.js';

/**
 * An import, as a subgraph runs it: every record checked again (a subgraph trusts no client), each row
 * allowed or refused by the same rule as reads (kit/access.ts canWrite), references found in the file
 * or the database, each record matched by its key to what is stored (an insert, an update naming what
 * changes, or unchanged), and — when asked to commit and nothing was refused, or refused rows are to
 * be skipped — everything written in one transaction with its audit entry. A process killed half-way
 * leaves the database as it was; the same file again converges (0 inserted, 0 updated).
 */

type Row = Record<string, unknown>;

export interface ImportRequest {
  /**
   * Each row's record, in the template's fields; `id` is the id a new record gets instead of its
   * writer's `newId` (in-process callers only: the demo world's seed keeps the ids it generated).
   */
  sheets: { kind: string; rows: { row: number; record: Row; id?: string }[] }[];
  commit: boolean;
  /** Write the rows that passed even though others were refused. */
  skipInvalid: boolean;
  fileName: string;
  fileSha256: string;
  /** Rows the importer refused while reading the file (never sent): counted as read and refused. */
  refusedInFile: number;
  /**
   * A sync's view of the source as complete within `scope` (a division code prefix): stored records
   * of the sent sheets (those with a region field) in that scope and not sent are reported as missing,
   * and deleted when `delete` is set and the import commits.
   */
  missing?: { scope: string; delete: boolean } | null;
}

export interface MissingRecord {
  sheet: string;
  id: string;
  /** The record's key as stored (e.g. its township). */
  key: string;
}

export interface ImportRefusal {
  /** The sheet's kind (`stations`). */
  sheet: string;
  row: number;
  /** The template's field the reason is about; null for the row as a whole. */
  field: string | null;
  reason: Reason;
}

export interface ImportOutcome {
  sheet: string;
  row: number;
  /** The record's id (a new record's as it is, or would be, written). */
  id: string;
  action: PlannedAction;
  /** The fields an update changes. */
  changed: string[];
}

export interface ImportResult {
  committed: boolean;
  /** The audit entry of this import (kit/imports/log.ts). */
  importId: number;
  counts: ImportCounts;
  refusals: ImportRefusal[];
  outcomes: ImportOutcome[];
  /** Stored records within a sync's scope that the source no longer has (see ImportRequest.missing). */
  missing: MissingRecord[];
  /** How many of them were deleted. */
  deleted: number;
}

/** The most rows one request may carry (a county's lists are hundreds; a province's social-work stations 1,393). */
export const MAX_IMPORT_ROWS = 20_000;

export interface RunOptions {
  /** The most rows the request may carry (MAX_IMPORT_ROWS): the demo world's seed, in process, has more. */
  maxRows?: number;
}

/** A problem with the request itself (not with a row): the resolver turns it into BAD_USER_INPUT. */
export class ImportRequestError extends Error {
  constructor(
    readonly argument: string,
    readonly expected: string,
    readonly received: unknown,
  ) {
    super(`${argument}: expected ${expected}`);
  }
}

/** The file an import (or a placement) names for the import log: its name and SHA-256, or an ImportRequestError. */
export function checkImportFile(fileName: string, fileSha256: string): void {
  if (!/^[0-9a-f]{64}$/.test(fileSha256))
    throw new ImportRequestError('fileSha256', 'the SHA-256 of the file, 64 lower-case hex digits', fileSha256);
  if (fileName.length === 0 || fileName.length > 255)
    throw new ImportRequestError('fileName', 'the file name, 1 to 255 characters', fileName);
}

const keyOf = (writer: SheetWriter, stored: Row) =>
  JSON.stringify((writer.keyValues ? writer.keyValues(stored) : writer.key.map((f) => stored[f])).map(comparable));

/** Stored records of `writer`'s table with the keys of `keys`, by key. */
async function storedByKey(knex: Knex, writer: SheetWriter, keys: readonly Row[]): Promise<Map<string, Row>> {
  const { columns } = writer;
  const fields = [...new Set([writer.id, ...writer.key, ...writer.fields])];
  const select = fields.map((f) => `${columns.columnOf(f)} as ${f}`);
  const wanted = new Set(keys.map((k) => keyOf(writer, k)));
  const first = writer.key[0]!;
  const values = [...new Set(keys.map((k) => k[first]))];
  const found = new Map<string, Row>();
  for (let i = 0; i < values.length; i += 500) {
    const rows = (await knex(columns.table)
      .select(select)
      .whereIn(columns.columnOf(first), values.slice(i, i + 500) as never[])) as Row[];
    for (const row of rows) {
      const key = keyOf(writer, row);
      if (wanted.has(key)) found.set(key, row);
    }
  }
  return found;
}

/** The ids the records of a sheet will have, by key: the stored record's, else a new one's. */
async function ownIds(
  knex: Knex,
  writer: SheetWriter,
  checked: readonly { row: number; stored: Row }[],
  givenIds: ReadonlyMap<number, string>,
): Promise<Map<string, string>> {
  const stored = await storedByKey(
    knex,
    writer,
    checked.map((c) => c.stored),
  );
  return new Map(
    checked.map((c) => [
      keyOf(writer, c.stored),
      (stored.get(keyOf(writer, c.stored))?.[writer.id] as string) ?? givenIds.get(c.row) ?? writer.newId(c.stored),
    ]),
  );
}

/** The refusals of one record against its sheet's columns, in the form a subgraph stores values. */
function recordProblems(sheet: SheetSpec, record: Row, divisions: DivisionLevels): { field: string | null; reason: Reason }[] {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return [{ field: null, reason: { zh: '记录应为对象', en: 'a record must be an object' } }];
  }
  const problems: { field: string | null; reason: Reason }[] = [];
  const known = new Set(sheet.columns.map((c) => c.field));
  for (const field of Object.keys(record)) {
    if (!known.has(field)) problems.push({ field, reason: { zh: `模板中没有字段 ${field}`, en: `the template has no field "${field}"` } });
  }
  for (const column of sheet.columns) {
    const value = record[column.field];
    if (value === undefined || value === null) {
      if (column.required) problems.push({ field: column.field, reason: { zh: '必填项为空', en: 'required, but empty' } });
      continue;
    }
    const problem = storedValueProblem(column.kind, value, divisions);
    if (problem) problems.push({ field: column.field, reason: problem });
  }
  return problems;
}

const NOT_ALLOWED = (identity: Identity): Reason =>
  identity.role === 'staff'
    ? {
        zh: `无权导入：仅可导入本部门（${identity.dept}）在本辖区（${identity.region}）内的记录`,
        en: `not allowed: you may import only your department's (${identity.dept}) records within your region (${identity.region})`,
      }
    : { zh: '无权导入', en: 'not allowed to import' };

interface Candidate {
  row: number;
  record: Row;
}

/** Checks, plans and (when asked and allowed) writes one import. */
export async function runImport(
  db: Database,
  definition: ImportDefinition,
  divisions: DivisionLevels,
  who: { identity: Identity; requestId: string },
  request: ImportRequest,
  { maxRows = MAX_IMPORT_ROWS }: RunOptions = {},
): Promise<ImportResult> {
  const { identity } = who;
  const writers = new Map(definition.writers.map((w) => [w.kind, w]));
  const total = request.sheets.reduce((n, s) => n + s.rows.length, 0);
  if (total > maxRows) throw new ImportRequestError('sheets', `at most ${maxRows} rows in one import`, total);
  checkImportFile(request.fileName, request.fileSha256);
  if (request.missing && !/^\d{2,12}$/.test(request.missing.scope))
    throw new ImportRequestError('missing.scope', 'a division code (2 to 12 digits) the source is complete for', request.missing.scope);
  if (!Number.isSafeInteger(request.refusedInFile) || request.refusedInFile < 0)
    throw new ImportRequestError('refusedInFile', 'a count, 0 or more', request.refusedInFile);
  const inputs = new Map<string, (typeof request.sheets)[number]>();
  for (const sheet of request.sheets) {
    if (!writers.has(sheet.kind)) {
      throw new ImportRequestError(
        'sheets.kind',
        `one of ${[...writers.keys()].join(', ')} (${definition.spec.owner}'s sheets)`,
        sheet.kind,
      );
    }
    if (inputs.has(sheet.kind)) throw new ImportRequestError('sheets.kind', 'each kind of record once', sheet.kind);
    inputs.set(sheet.kind, sheet);
  }

  const run = async (knex: Knex) => {
    const refusals: ImportRefusal[] = [];
    const outcomes: ImportOutcome[] = [];
    const plans: { writer: SheetWriter; inserts: Row[]; updates: Row[] }[] = [];
    /** The records each sheet of this import will hold, by key → id (for the sheets that refer to them). */
    const planned = new Map<string, Map<string, string>>();
    let rowsRefused = 0;
    for (const writer of definition.writers) {
      const input = inputs.get(writer.kind);
      if (!input) continue;
      const sheet = definition.spec.sheets.find((s) => s.kind === writer.kind)!;
      const refuse = (row: number, list: { field: string | null; reason: Reason }[]) => {
        rowsRefused++;
        for (const r of list) refusals.push({ sheet: writer.kind, row, ...r });
      };
      // 1. Each record on its own: its values, who may write it.
      const checked: { row: number; record: Row; stored: Row }[] = [];
      const givenIds = new Map<number, string>();
      for (const { row, record, id } of input.rows) {
        if (id !== undefined) givenIds.set(row, id);
        const problems = recordProblems(sheet, record, divisions);
        if (problems.length) {
          refuse(row, problems);
          continue;
        }
        const stored = writer.toStored(record);
        if (!canWrite(identity, definition.dept, writer.region(record))) {
          refuse(row, [{ field: null, reason: NOT_ALLOWED(identity) }]);
          continue;
        }
        checked.push({ row, record, stored });
      }
      // 2. References: to a record of this file, else of the database.
      // A reference to the same sheet (a unit's parent unit) comes last: the sheet's own keys are complete by then.
      const refs = [...(writer.references ?? [])].sort((a, b) => Number(a.sheet === writer.kind) - Number(b.sheet === writer.kind));
      for (const ref of refs) {
        const target = writers.get(ref.sheet)!;
        const inFile =
          ref.sheet === writer.kind ? await ownIds(knex, writer, checked, givenIds) : (planned.get(ref.sheet) ?? new Map<string, string>());
        const keys = checked.map((c) => ref.keyOf(c.record, c.stored)).filter((k): k is Row => k !== null);
        const missing = keys.filter((k) => !inFile.has(keyOf(target, k)));
        const stored = missing.length ? await storedByKey(knex, target, missing) : new Map<string, Row>();
        for (let i = checked.length - 1; i >= 0; i--) {
          const c = checked[i]!;
          const key = ref.keyOf(c.record, c.stored);
          if (key === null) continue;
          const id = inFile.get(keyOf(target, key)) ?? (stored.get(keyOf(target, key))?.[target.id] as string | undefined);
          if (id === undefined) {
            refuse(c.row, [
              {
                field: ref.fields[0] ?? null,
                reason: {
                  zh: `所引用的${ref.what.zh}（${Object.values(key).join('、')}）既不在系统中，也不在本文件中（或在本文件中被拒绝）`,
                  en: `the ${ref.what.en} it refers to (${Object.values(key).join(', ')}) is neither in the database nor accepted in this file`,
                },
              },
            ]);
            checked.splice(i, 1);
          } else c.stored[ref.field] = id;
        }
      }
      // Ids found only to find others (an equipment row's site, on the way to its room) are not stored.
      for (const ref of refs) if (ref.transient) for (const c of checked) delete c.stored[ref.field];
      // 3. A key twice in the sheet.
      const seen = new Map<string, number>();
      const candidates: Candidate[] = [];
      for (const c of checked) {
        const key = keyOf(writer, c.stored);
        const first = seen.get(key);
        if (first !== undefined) {
          refuse(c.row, [{ field: null, reason: { zh: `与第 ${first} 行是同一条记录`, en: `the same record as row ${first}` } }]);
          continue;
        }
        seen.set(key, c.row);
        candidates.push({ row: c.row, record: c.stored });
      }
      // 4. Against what is stored.
      const existing = await storedByKey(
        knex,
        writer,
        candidates.map((c) => c.record),
      );
      const candidateByRow = new Map(candidates.map((c) => [c.row, c.record]));
      const plan = planImport(candidates, existing, (r) => keyOf(writer, r), writer.fields as string[], writer.same ?? {});
      const ids = new Map<string, string>();
      const inserts: Row[] = [];
      const updates: Row[] = [];
      for (const p of plan) {
        const missing =
          p.action === 'insert'
            ? (writer.requiredOnInsert ?? []).filter((r) => p.record[r.stored] === null || p.record[r.stored] === undefined)
            : [];
        if (missing.length) {
          const headers = missing.map((m) => sheet.columns.find((c) => c.field === m.field)!);
          refuse(p.row, [
            {
              field: missing[0]!.field,
              reason: {
                zh: `系统中尚无此记录，新增时须填写：${headers.map((c) => c.header).join('、')}`,
                en: `a new record (none is stored with this key) needs: ${headers.map((c) => c.en).join(', ')}`,
              },
            },
          ]);
          continue;
        }
        if (p.action === 'insert') {
          const record: Row = { ...writer.defaults };
          for (const [f, v] of Object.entries(p.record)) if (v !== null && v !== undefined) record[f] = v;
          for (const f of writer.fields) if (!(f in record)) record[f] = null;
          record[writer.id] = givenIds.get(p.row) ?? writer.newId(record);
          inserts.push(record);
          ids.set(p.key, record[writer.id] as string);
        } else {
          ids.set(p.key, p.record[writer.id] as string);
          if (p.action === 'update') {
            // What rides along for afterWrite (not a column: a rule's hours) comes from the file's record.
            const incoming = candidateByRow.get(p.row)!;
            for (const [f, v] of Object.entries(incoming)) if (!writer.fields.includes(f) && !(f in p.record)) p.record[f] = v;
            updates.push(p.record);
          }
        }
        outcomes.push({ sheet: writer.kind, row: p.row, id: ids.get(p.key)!, action: p.action, changed: p.changed });
      }
      planned.set(writer.kind, ids);
      plans.push({ writer, inserts, updates });
    }

    const counts = countPlan(outcomes, rowsRefused + request.refusedInFile);
    const committed = request.commit && (counts.refused === 0 || request.skipInvalid);
    // Records the source no longer has, within the sync's scope and the caller's reach.
    const missing: (MissingRecord & { table: string; idColumn: string })[] = [];
    if (request.missing) {
      const scope = request.missing.scope;
      for (const writer of definition.writers) {
        if (!inputs.has(writer.kind) || !writer.regionField) continue;
        // A refused row may be the very record that looks missing: with any refusal, nothing is called missing.
        if (refusals.some((x) => x.sheet === writer.kind)) continue;
        const sent = new Set(outcomes.filter((o) => o.sheet === writer.kind).map((o) => o.id));
        const regionColumn = writer.columns.columnOf(writer.regionField);
        const range = prefixRange(regionColumn, scope);
        const rows = (await knex(writer.columns.table)
          .whereRaw(range.sql, range.bindings)
          .select(
            `${writer.columns.columnOf(writer.id)} as id`,
            `${regionColumn} as region`,
            ...writer.key.map((f) => `${writer.columns.columnOf(f)} as ${f}`),
          )
          .orderBy(writer.columns.columnOf(writer.id))) as Row[];
        for (const row of rows) {
          if (sent.has(row.id as string) || !canWrite(identity, definition.dept, row.region as string)) continue;
          missing.push({
            sheet: writer.kind,
            id: row.id as string,
            key: writer.key.map((f) => String(row[f])).join(' / '),
            table: writer.columns.table,
            idColumn: writer.columns.columnOf(writer.id),
          });
        }
      }
    }
    const deleteMissing = committed && request.missing?.delete === true;
    if (deleteMissing) for (const m of missing) await knex(m.table).where(m.idColumn, m.id).delete();
    if (committed) {
      for (const { writer, inserts, updates } of plans) {
        const write = (r: Row) => writer.columns.row((writer.encode ? writer.encode(r) : r) as never);
        for (let i = 0; i < inserts.length; i += 100) await knex(writer.columns.table).insert(inserts.slice(i, i + 100).map(write));
        for (const u of updates) {
          await knex(writer.columns.table)
            .where(writer.columns.columnOf(writer.id), u[writer.id] as string)
            .update(write(u));
        }
        if (writer.afterWrite && (inserts.length || updates.length)) await writer.afterWrite(knex, [...inserts, ...updates]);
      }
    }
    const importId = await recordImport(knex, {
      identity,
      requestId: who.requestId,
      owner: definition.spec.owner,
      fileName: request.fileName,
      fileSha256: request.fileSha256,
      committed,
      skipInvalid: request.skipInvalid,
      counts,
    });
    return {
      committed,
      importId,
      counts,
      // Sheet by sheet (in the definition's order), row by row.
      refusals: refusals.sort(
        (a, b) =>
          definition.writers.findIndex((w) => w.kind === a.sheet) - definition.writers.findIndex((w) => w.kind === b.sheet) ||
          a.row - b.row,
      ),
      outcomes,
      missing: missing.map(({ sheet, id, key }) => ({ sheet, id, key })),
      deleted: deleteMissing ? missing.length : 0,
    };
  };
  // A dry run writes only its audit entry; a commit writes everything, or nothing, in one transaction.
  return db.knex.transaction((trx) => run(trx));
}
