import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Columns } from '../columns.js';
import type { Department } from '../identity.js';
import type { Reason, TemplateSpec } from '../sheets/spec.js';

/**
 * How a department's import writes its tables: for each sheet of its template (kit/sheets/spec.ts),
 * which table, how a checked record becomes a stored one, how a stored record is found again (its key
 * in the department's own lists), which division it belongs to (for permissions) and which records of
 * another sheet it refers to. The department declares this beside its import spec
 * (`subgraphs/<dept>/import-writer.ts`); kit/imports/engine.ts does the rest the same way for all.
 */

type Row = Record<string, unknown>;

export interface Reference {
  /** The stored field that holds the referenced record's id (e.g. an activity's `stationId`). */
  field: string;
  /** The sheet (kind) whose records are referred to. */
  sheet: string;
  /** The template's fields that name it (e.g. `township`): a refusal points at them. */
  fields: readonly string[];
  /**
   * The referenced record's key (its writer's `key` fields) from the checked record and what is stored
   * of it so far (the references before this one resolved), or null when the row names none.
   */
  keyOf(record: Row, stored: Row): Row | null;
  /** Found only to find another (a room's site, for an equipment row): not a column of this table. */
  transient?: boolean;
  /** What is referred to, for the refusal: 文化站 / culture station. */
  what: Reason;
}

export interface SheetWriter {
  /** The template sheet it writes (its `kind`). */
  kind: string;
  /** The table and its field → column map (the same map the repository reads through). */
  columns: Columns<string>;
  /** The field holding a record's id. */
  id: string;
  /** Stored fields that identify a record, as the department's own lists do (e.g. `regionCode` for one station per township). */
  key: readonly string[];
  /**
   * The key's values of a stored record when they are not the `key` fields as they are (a site's
   * township is the first nine digits of its region, which may be a village): the database is searched
   * by the first `key` field, and the rest compared with these.
   */
  keyValues?(stored: Row): unknown[];
  /** The stored field holding a record's division (a station's township): a sync finds what its source no longer has by it. */
  regionField?: string;
  /** Stored fields an import writes, besides the id: compared with what is stored to tell an update from no change. */
  fields: readonly string[];
  /** A checked record (the template's fields, divisions as codes) as a stored one, references left to `references`. */
  toStored(record: Row): Row;
  /**
   * Stored fields a new record cannot do without although an update may leave them out (a new
   * station's year and operator), each with the template field that gives it: a new record without one
   * is refused naming it.
   */
  requiredOnInsert?: readonly { stored: string; field: string }[];
  /** What a new record gets for the fields a file may leave empty (e.g. part-time staff 0). */
  defaults?: Row;
  /** The division a checked record belongs to (its township, say): who may import it is decided by it. */
  region(record: Row): string;
  /** The id of a new record (stable: the same key gives the same id). */
  newId(stored: Row): string;
  references?: readonly Reference[];
  /** Fields compared otherwise than by value (e.g. a number against its stored digest). */
  same?: Record<string, (incoming: unknown, stored: unknown) => boolean>;
  /** The stored record as written, when a field is stored otherwise than given (a number as its digest). */
  encode?(stored: Row): Row;
  /** Rows of other tables the written records need (a sharing rule's weekly schedule), in the same transaction. */
  afterWrite?(knex: Knex, written: Row[]): Promise<void>;
}

/** A short digest of a record's key, for a new record's id: the same key gives the same id (`length` hex digits). */
export function keyDigest(text: string, length = 12): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** The import mutation of a subgraph in the supergraph: `importCultureRecords`, `importSocialWorkRecords`, `importFacilitiesRecords`. */
export function importMutationName(owner: string): string {
  return `import${owner.replace(/(^|-)([a-z])/g, (_, _dash, c: string) => c.toUpperCase())}Records`;
}

export interface ImportDefinition {
  /** The department whose records these are (`facilities`: the shared layer's staff). */
  dept: Department;
  spec: TemplateSpec;
  /** In the order they are written: a sheet before the sheets that refer to it. */
  writers: readonly SheetWriter[];
}
