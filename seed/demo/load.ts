import { createHash } from 'node:crypto';
import type { Database } from '../../kit/db.js';
import { divisionLevels } from '../../kit/imports/divisions.js';
import { runImport } from '../../kit/imports/engine.js';
import type { ImportDefinition } from '../../kit/imports/writer.js';
import type { Identity } from '../../kit/identity.js';
import type { SeedOptions, SeedProgress } from './types.js';

type Row = Record<string, unknown>;

/** Who the demo world is imported as: an administrator, as in the import log. */
export const SEED_IDENTITY: Identity = { sub: 'demo-seed', name: 'npm run seed', role: 'admin', dept: null, region: null };

/** One demo record: the template's fields (in stored form, as the command line sends them) and the id the world gave it. */
export interface DemoRecord {
  record: Row;
  id?: string;
}

/** A demo world's records refused by the importer: the generator made something no office could import. */
export class DemoRefusedError extends Error {}

/**
 * Imports a subgraph's demo records through the importer (kit/imports/engine.ts), exactly as a
 * department's file would be: every value checked in stored form, references found by key, records
 * matched by key, written in one transaction with its import-log entry. A single refusal fails the
 * seed: the generator must make only what an office could import. Returns rows written by sheet.
 */
export async function importDemo(
  db: Database,
  definition: ImportDefinition,
  options: SeedOptions,
  sheets: Record<string, readonly DemoRecord[]>,
  progress?: SeedProgress,
): Promise<Record<string, number>> {
  const request = {
    sheets: Object.entries(sheets).map(([kind, records]) => ({
      kind,
      rows: records.map((r, i) => ({ row: i + 1, record: r.record, ...(r.id ? { id: r.id } : {}) })),
    })),
    commit: true,
    skipInvalid: false,
    fileName: `demo world, seed ${options.seed}, scale ${options.scale}`,
    fileSha256: createHash('sha256').update(`${options.seed}\n${options.scale}`).digest('hex'),
    refusedInFile: 0,
  };
  const total = request.sheets.reduce((n, s) => n + s.rows.length, 0);
  progress?.(`import: ${Object.keys(sheets).join(', ')}`, 0, total);
  const result = await runImport(db, definition, divisionLevels(), { identity: SEED_IDENTITY, requestId: 'seed' }, request, {
    maxRows: Number.POSITIVE_INFINITY,
  });
  if (result.refusals.length) {
    const shown = result.refusals
      .slice(0, 5)
      .map((r) => `${r.sheet} row ${r.row}${r.field ? ` (${r.field})` : ''}: ${r.reason.en}`)
      .join('; ');
    throw new DemoRefusedError(`the importer refused ${result.counts.refused} demo rows of ${definition.spec.owner}: ${shown}`);
  }
  progress?.(`import: ${Object.keys(sheets).join(', ')}`, total, total);
  const bySheet: Record<string, number> = {};
  for (const o of result.outcomes) bySheet[o.sheet] = (bySheet[o.sheet] ?? 0) + (o.action === 'insert' ? 1 : 0);
  return Object.fromEntries(definition.writers.filter((w) => w.kind in sheets).map((w) => [w.columns.table, bySheet[w.kind] ?? 0]));
}
