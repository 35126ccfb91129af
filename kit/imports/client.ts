import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FileCheck, Refusal } from '../sheets/check.js';
import { countsOf, shownValue } from '../sheets/check.js';
import { askGateway } from '../sheets/gateway-client.js';
import type { ImportCounts } from '../sheets/plan.js';
import { importMutationName } from './writer.js';

/**
 * The command line's half of an import: the checked file (kit/sheets/check.ts) sent to the owner's
 * subgraph through the gateway, with the officer's token, and the subgraph's refusals (a value the
 * server refused, a row the officer may not import, a reference to nothing) put back on the rows they
 * are about, so the report and the annotated copy show every refusal with the header the file wrote.
 */

export interface ServerResult {
  committed: boolean;
  importId: number;
  counts: ImportCounts;
  refusals: { sheet: string; row: number; field: string | null; reason: string; reasonEn: string }[];
  outcomes: { sheet: string; row: number; action: 'insert' | 'update' | 'unchanged'; changed: string[] }[];
}

const SELECTION = `committed importId
    counts { read inserted updated unchanged refused }
    refusals { sheet row field reason reasonEn }
    outcomes { sheet row action changed }`;

/** The file's SHA-256, for the audit log. */
export function fileSha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The request a checked file makes: its accepted rows by sheet, and how many it refused itself. */
export function importRequest(check: FileCheck, file: string, options: { commit: boolean; skipInvalid: boolean }) {
  return {
    sheets: check.sheets.map((s) => ({
      kind: s.spec.kind,
      rows: s.rows.flatMap((r) => (r.record ? [{ row: r.row, record: r.record }] : [])),
    })),
    commit: options.commit,
    skipInvalid: options.skipInvalid,
    fileName: path.basename(file),
    fileSha256: fileSha256(file),
    refusedInFile: countsOf(check).refused,
  };
}

/** Sends the checked file to `owner`'s subgraph through the gateway; a GatewayError when it cannot. */
export async function sendImport(
  gateway: string,
  token: string | undefined,
  owner: string,
  request: ReturnType<typeof importRequest>,
): Promise<ServerResult> {
  const mutation = importMutationName(owner);
  const data = await askGateway(
    gateway,
    `mutation Import($input: ImportInput!) {\n  ${mutation}(input: $input) {\n    ${SELECTION}\n  }\n}`,
    { input: request },
    token,
  );
  return data[mutation] as ServerResult;
}

/**
 * Puts the subgraph's refusals on the rows of `check` they are about (a row refused by the server
 * loses its record), so that refusalsOf and the annotated copy include them.
 */
export function mergeServerRefusals(check: FileCheck, result: ServerResult): void {
  for (const r of result.refusals) {
    const sheet = check.sheets.find((s) => s.spec.kind === r.sheet);
    const row = sheet?.rows.find((x) => x.row === r.row);
    if (!sheet || !row) continue;
    const column = r.field ? sheet.spec.columns.find((c) => c.field === r.field) : undefined;
    const value = column && row.record ? shownValue(displayable(row.record[column.field]), column.kind.type === 'idCard') : '';
    const refusal: Refusal = {
      sheet: sheet.name,
      row: r.row,
      header: column ? (sheet.headers[column.field] ?? column.header) : '',
      value,
      reason: { zh: r.reason, en: r.reasonEn },
    };
    row.refusals.push(refusal);
  }
  for (const sheet of check.sheets) for (const row of sheet.rows) if (row.refusals.length) row.record = null;
}

function displayable(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  return JSON.stringify(v);
}
