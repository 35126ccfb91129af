/**
 * What an import would do, before it does it: each checked record is matched by its key to what the
 * database already holds and becomes an insert, an update (naming the fields that change) or nothing
 * (unchanged), so the same file imported twice reports 0 inserted, 0 updated the second time. Fields a
 * file leaves out (no column, or an empty optional cell) keep what is stored.
 */

export type PlannedAction = 'insert' | 'update' | 'unchanged';

export interface PlannedRow<R> {
  /** The row number Excel shows. */
  row: number;
  key: string;
  action: PlannedAction;
  /** What is written: the stored record with the file's values over it (the file's alone for an insert). */
  record: R;
  /** The fields an update changes, in the order of `fields`. */
  changed: (keyof R & string)[];
}

export interface ImportCounts {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  refused: number;
}

/** Values as the database may hand them back: 1 and '1', true and 1, a Date and its day are the same; '0012' and 12 are not. */
export function sameValue(a: unknown, b: unknown): boolean {
  return comparable(a) === comparable(b);
}

/** A value in the form sameValue compares: two values are the same when these are equal (===). */
export function comparable(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  // Numeric text as the number it spells only when it spells it canonically: '0012' is a code, not 12.
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) && String(Number(v)) === v) return Number(v);
  if (typeof v === 'object') return JSON.stringify(v);
  return v;
}

/**
 * Plans the import of `incoming` (records that passed every check, with their rows) against `existing`
 * (the stored records of the same keys). `fields` are those the import writes; a field the incoming
 * record does not carry (undefined) or carries as null is left as stored.
 */
export function planImport<R extends Record<string, unknown>>(
  incoming: readonly { row: number; record: R }[],
  existing: ReadonlyMap<string, R>,
  keyOf: (record: R) => string,
  fields: readonly (keyof R & string)[],
  /** Fields compared otherwise than by sameValue (an identity-card number against its stored digest). */
  same: Partial<Record<keyof R & string, (incoming: unknown, stored: unknown) => boolean>> = {},
): PlannedRow<R>[] {
  return incoming.map(({ row, record }) => {
    const key = keyOf(record);
    const stored = existing.get(key);
    if (!stored) return { row, key, action: 'insert', record, changed: [] };
    const merged = { ...stored } as R;
    const changed: (keyof R & string)[] = [];
    for (const f of fields) {
      const value = record[f];
      if (value === undefined || value === null) continue;
      // An unchanged field keeps its stored form (a digest stays the digest it was).
      if ((same[f] ?? sameValue)(value, stored[f])) continue;
      changed.push(f);
      merged[f] = value;
    }
    return { row, key, action: changed.length ? 'update' : 'unchanged', record: merged, changed };
  });
}

/** The counts of a plan and its refused rows; they add up to the rows read. */
export function countPlan(plan: readonly { action: PlannedAction }[], refused: number): ImportCounts {
  const n = (a: PlannedAction) => plan.filter((p) => p.action === a).length;
  return { read: plan.length + refused, inserted: n('insert'), updated: n('update'), unchanged: n('unchanged'), refused };
}
