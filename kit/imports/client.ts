import type { FileCheck, Refusal } from '../sheets/check.js';
import { countsOf, shownValue } from '../sheets/check.js';
import { askGateway } from '../sheets/gateway-client.js';
import type { ImportCounts } from '../sheets/plan.js';
import type { RawWorkbook } from '../sheets/read.js';
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
  outcomes: { sheet: string; row: number; id: string; action: 'insert' | 'update' | 'unchanged'; changed: string[] }[];
  missing: { sheet: string; id: string; key: string }[];
  deleted: number;
}

const SELECTION = `committed importId
    counts { read inserted updated unchanged refused }
    refusals { sheet row field reason reasonEn }
    outcomes { sheet row id action changed }
    missing { sheet id key }
    deleted`;

/**
 * The request a checked file (or a sync's rows) makes: its accepted rows by sheet, how many it refused
 * itself, and its name and SHA-256 for the import log (`book.sha256`, of the bytes read once).
 */
export function importRequest(check: FileCheck, book: RawWorkbook, fileName: string, options: { commit: boolean; skipInvalid: boolean }) {
  return {
    sheets: check.sheets.map((s) => ({
      kind: s.spec.kind,
      rows: s.rows.flatMap((r) => (r.record ? [{ row: r.row, record: r.record }] : [])),
    })),
    commit: options.commit,
    skipInvalid: options.skipInvalid,
    fileName: fileName.slice(0, 255),
    fileSha256: book.sha256,
    refusedInFile: countsOf(check).refused,
  };
}

/** Sends the checked file to `owner`'s subgraph through the gateway; a GatewayError when it cannot. */
export async function sendImport(
  gateway: string,
  token: string | undefined,
  owner: string,
  request: ReturnType<typeof importRequest> & { missing?: { scope: string; delete: boolean } | null },
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

export interface PlacementResult {
  committed: boolean;
  importId: number;
  placements: { row: number; venueId: string; siteId: string; action: 'existing-site' | 'new-site' | 'unchanged' | 'moved' }[];
  refusals: { sheet: string; row: number; field: string | null; reason: string; reasonEn: string }[];
}

/**
 * The venues of an import that came with an address (the venue sheet is the one with an `address`
 * column: a social-work station's 具体地址), to be placed at facilities sites: each accepted row with its
 * id as the subgraph gave it. Party centres and practice units placed by division need a township.
 * `venueType` is the `VenueType` enum value as the schema names it (SOCIAL_WORK_STATION).
 */
export function venuesToPlace(check: FileCheck, result: ServerResult, venueType: string) {
  const out: { sheetName: string; row: number; venueId: string; venueType: string; name: string; township: string; address: string }[] = [];
  for (const sheet of check.sheets) {
    if (!sheet.spec.columns.some((c) => c.field === 'address')) continue;
    for (const row of sheet.rows) {
      const record = row.record;
      const outcome = result.outcomes.find((o) => o.sheet === sheet.spec.kind && o.row === row.row);
      const township = String(record?.township ?? record?.region ?? '');
      if (!record || !outcome || typeof record.address !== 'string' || !/^\d{9}$/.test(township)) continue;
      out.push({
        sheetName: sheet.name,
        row: row.row,
        venueId: outcome.id,
        venueType,
        name: String(record.name ?? ''),
        township,
        address: record.address,
      });
    }
  }
  return out;
}

/** Asks facilities to place the venues (a dry run unless `commit`). */
export async function sendPlacements(
  gateway: string,
  token: string | undefined,
  venues: ReturnType<typeof venuesToPlace>,
  request: { commit: boolean; fileName: string; fileSha256: string },
): Promise<PlacementResult> {
  const data = await askGateway(
    gateway,
    `mutation Place($input: PlaceVenuesInput!) {
  placeVenues(input: $input) { committed importId placements { row venueId siteId action } refusals { sheet row field reason reasonEn } }
}`,
    { input: { ...request, venues: venues.map(({ sheetName: _s, ...v }) => v) } },
    token,
  );
  return data.placeVenues as PlacementResult;
}

/** Puts placement refusals on the venue rows they are about (for the report and the annotated copy). */
export function mergePlacementRefusals(check: FileCheck, venues: ReturnType<typeof venuesToPlace>, result: PlacementResult): void {
  for (const r of result.refusals) {
    const venue = venues.find((v) => v.row === r.row);
    const sheet = check.sheets.find((s) => s.name === venue?.sheetName);
    const row = sheet?.rows.find((x) => x.row === r.row);
    if (!sheet || !row) continue;
    const header = r.field === 'address' ? (sheet.headers.address ?? '') : '';
    row.refusals.push({
      sheet: sheet.name,
      row: r.row,
      header,
      value: '',
      reason: { zh: `挂牌场地：${r.reason}`, en: `placing at a site: ${r.reasonEn}` },
    });
  }
}
