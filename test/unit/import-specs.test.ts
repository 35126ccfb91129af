import { describe, expect, it } from 'vitest';
import { checkCell } from '../../kit/sheets/cells.js';
import { normaliseHeader } from '../../kit/sheets/headers.js';
import type { ColumnSpec, TemplateSpec } from '../../kit/sheets/spec.js';
import { loadImportSpec } from '../../subgraphs/index.js';

/**
 * Every owner's import template (subgraphs/<owner>/import-spec.ts) is consistent: an office's file can
 * only be read against it if no header names two columns, no sheet name two sheets, every key is a
 * column, and the example row the template writes is one an office could have written.
 */

const OWNERS = ['facilities', 'party', 'practice', 'culture', 'social-work'] as const;

/** A header as the importer matches it (kit/sheets/headers.ts). */
const norm = normaliseHeader;

/** The texts a column is known by: its header, its aliases and its English header. */
const namesOf = (c: ColumnSpec) => [c.header, ...c.aliases, c.en];

/** Each normalised text of `items` mapped to the items known by it, for those known to more than one. */
function shared<T>(items: readonly T[], names: (item: T) => string[], id: (item: T) => string): Record<string, string[]> {
  const by = new Map<string, Set<string>>();
  for (const item of items) {
    for (const name of names(item)) {
      const key = norm(name);
      const set = by.get(key) ?? new Set<string>();
      set.add(id(item));
      by.set(key, set);
    }
  }
  return Object.fromEntries([...by].filter(([, ids]) => ids.size > 1).map(([key, ids]) => [key, [...ids]]));
}

describe.each(OWNERS)('the import template of %s', (owner) => {
  let spec: TemplateSpec;

  it('loads, as the owner it is asked for', async () => {
    spec = await loadImportSpec(owner);
    expect(spec.owner).toBe(owner);
    expect(spec.sheets.length).toBeGreaterThan(0);
    expect(spec.title.zh).not.toBe('');
    expect(spec.title.en).not.toBe('');
  });

  it('has each field once within a sheet', async () => {
    spec ??= await loadImportSpec(owner);
    for (const sheet of spec.sheets) {
      const fields = sheet.columns.map((c) => c.field);
      expect({ sheet: sheet.kind, fields: new Set(fields).size }).toEqual({ sheet: sheet.kind, fields: fields.length });
    }
  });

  it('keys each sheet by fields that are columns of it', async () => {
    spec ??= await loadImportSpec(owner);
    for (const sheet of spec.sheets) {
      expect(sheet.key.length, sheet.kind).toBeGreaterThan(0);
      const fields = sheet.columns.map((c) => c.field);
      for (const field of sheet.key) expect(fields, `${sheet.kind}: key ${field}`).toContain(field);
      // A key field is always there to find the record by.
      for (const field of sheet.key)
        expect(sheet.columns.find((c) => c.field === field)?.required, `${sheet.kind}: key ${field}`).toBe(true);
    }
  });

  it('names no two columns of a sheet alike (header, aliases and English header, as matched)', async () => {
    spec ??= await loadImportSpec(owner);
    for (const sheet of spec.sheets) {
      expect({ sheet: sheet.kind, shared: shared(sheet.columns, namesOf, (c) => c.field) }).toEqual({ sheet: sheet.kind, shared: {} });
    }
  });

  it('names no two sheets alike', async () => {
    spec ??= await loadImportSpec(owner);
    const kinds = spec.sheets.map((s) => s.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(
      shared(
        spec.sheets,
        (s) => [s.name, ...s.aliases, s.nameEn],
        (s) => s.kind,
      ),
    ).toEqual({});
  });

  it('gives every required column an example, and every enum column one of its labels', async () => {
    spec ??= await loadImportSpec(owner);
    for (const sheet of spec.sheets) {
      for (const c of sheet.columns) {
        const where = `${sheet.kind}.${c.field}`;
        if (c.required) expect(c.example.trim(), where).not.toBe('');
        if (c.kind.type === 'enum' && c.example !== '') {
          expect(
            c.kind.values.flatMap((v) => v.labels),
            where,
          ).toContain(c.example);
        }
      }
    }
  });

  it("writes examples that pass the column's own check (the template's example row imports as it is)", async () => {
    spec ??= await loadImportSpec(owner);
    for (const sheet of spec.sheets) {
      for (const c of sheet.columns) {
        if (c.example === '') continue;
        const result = checkCell(c.kind, c.example, { header: c.header });
        expect({ where: `${sheet.kind}.${c.field}`, result: result.ok ? 'ok' : result.reason.en }).toEqual({
          where: `${sheet.kind}.${c.field}`,
          result: 'ok',
        });
      }
    }
  });

  it('describes every column and sheet in both languages', async () => {
    spec ??= await loadImportSpec(owner);
    for (const sheet of spec.sheets) {
      expect(sheet.name, sheet.kind).not.toBe('');
      expect(sheet.nameEn, sheet.kind).not.toBe('');
      for (const c of sheet.columns) {
        const where = `${sheet.kind}.${c.field}`;
        expect(c.header, where).not.toBe('');
        expect(c.en, where).not.toBe('');
        expect(c.description.zh, where).not.toBe('');
        expect(c.description.en, where).not.toBe('');
      }
    }
  });

  it('lets an enum label name only one value', async () => {
    spec ??= await loadImportSpec(owner);
    for (const sheet of spec.sheets) {
      for (const c of sheet.columns) {
        if (c.kind.type !== 'enum') continue;
        expect(
          shared(
            c.kind.values,
            (v) => [v.value, ...v.labels],
            (v) => v.value,
          ),
          `${sheet.kind}.${c.field}`,
        ).toEqual({});
      }
    }
  });
});

describe('loadImportSpec', () => {
  it('refuses an unknown owner, naming the known ones', async () => {
    const refusal = loadImportSpec('library');
    await expect(refusal).rejects.toThrow(/unknown department "library"/);
    const message = await refusal.catch((e: Error) => e.message);
    for (const owner of OWNERS) expect(message).toContain(owner);
  });
});
