import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMapping, MappingError, sourceHeaders } from '../../kit/imports/sync.js';
import { checkWorkbook } from '../../kit/sheets/check.js';
import type { RawWorkbook } from '../../kit/sheets/read.js';
import { CULTURE_IMPORT } from '../../subgraphs/culture/import-spec.js';

/**
 * A sync's mapping file (kit/imports/sync.ts), read and checked against the department's template in
 * process: every way it can be wrong is a MappingError naming the file and the path in it, and the
 * source's password comes from the environment. Reading a real source is test/subgraphs/sync-source.test.ts.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-mapping-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
function mappingFile(text: string): string {
  const file = path.join(dir, `mapping-${++n}.yaml`);
  fs.writeFileSync(file, text);
  return file;
}

const GOOD = `source: mysql://culture_ro:\${LEGACY_PASSWORD}@127.0.0.1:3306/whzd
scope: '330203'
sheets:
  stations:
    table: legacy.wh_zhan
    columns:
      name: zdmc
      township: xzqh_dm
      grade: dj
    values:
      grade: { '1': SPECIAL, '0': UNRATED, '9': 9, 'y': true }
`;

/** The MappingError's message for a mapping file of this text. */
function refusal(text: string, env: NodeJS.ProcessEnv = {}): string {
  const file = mappingFile(text);
  try {
    loadMapping(file, CULTURE_IMPORT, env);
  } catch (err) {
    expect(err).toBeInstanceOf(MappingError);
    const message = (err as Error).message;
    expect(message.startsWith(`${file}: `)).toBe(true);
    return message.slice(file.length + 2);
  }
  throw new Error('expected a MappingError');
}

describe('loadMapping', () => {
  it('reads a good mapping, its variables filled from the environment, URL-encoded', () => {
    const mapping = loadMapping(mappingFile(GOOD), CULTURE_IMPORT, { LEGACY_PASSWORD: 'p@ss/wörd' });
    expect(mapping.source).toBe('mysql://culture_ro:p%40ss%2Fw%C3%B6rd@127.0.0.1:3306/whzd');
    expect(mapping.scope).toBe('330203');
    expect(mapping.sheets.stations).toEqual({
      table: 'legacy.wh_zhan',
      columns: { name: 'zdmc', township: 'xzqh_dm', grade: 'dj' },
      values: { grade: { '1': 'SPECIAL', '0': 'UNRATED', '9': 9, y: true } },
    });
    const query = loadMapping(
      mappingFile('source: postgres://u@h/db\nsheets:\n  stations:\n    query: SELECT zdmc FROM wh\n    columns: { name: zdmc }\n'),
      CULTURE_IMPORT,
      {},
    );
    expect(query.sheets.stations!.query).toBe('SELECT zdmc FROM wh');
    expect(query.scope).toBeUndefined();
  });

  it('a variable the environment lacks is named, every one of them', () => {
    // The mapping file's own `${NAME}` syntax, not a template literal's.
    const variable = (name: string) => `\${${name}}`;
    expect(refusal(GOOD.replace('@127', `${variable('OTHER')}@127`))).toBe(
      `source: ${variable('LEGACY_PASSWORD')}, ${variable('OTHER')} not set in the environment`,
    );
  });

  it('a file that is not YAML', () => {
    expect(refusal('sheets: [unclosed')).toMatch(/^not readable as YAML: /);
    const missing = path.join(dir, 'nowhere.yaml');
    expect(() => loadMapping(missing, CULTURE_IMPORT, {})).toThrow(new RegExp(`^${missing}: not readable as YAML: .*ENOENT`));
  });

  it('its shape: each problem by its path in the file', () => {
    expect(refusal('sheets: {}\n')).toMatch(/^source: /);
    expect(refusal('source: sqlite://x\nsheets: {}\n')).toBe('source: a mysql://, mariadb:// or postgres:// URL');
    expect(refusal("source: postgres://h/d\nscope: '3'\nsheets: {}\n")).toBe('scope: a division code');
    expect(refusal('source: postgres://h/d\nsheets: {}\nextra: 1\n')).toMatch(/^\(top\): .*extra/);
    expect(refusal('source: postgres://h/d\nsheets:\n  stations:\n    columns: { name: zdmc }\n')).toBe(
      'sheets.stations: give either table or query',
    );
    expect(refusal('source: postgres://h/d\nsheets:\n  stations:\n    table: t\n    query: SELECT 1\n    columns: { name: zdmc }\n')).toBe(
      'sheets.stations: give either table or query',
    );
    expect(refusal('source: postgres://h/d\nsheets:\n  stations:\n    table: "t; DROP TABLE x"\n    columns: { name: zdmc }\n')).toBe(
      'sheets.stations.table: a table name (letters, digits, _; schema.table allowed)',
    );
    expect(refusal('source: postgres://h/d\nsheets:\n  stations:\n    table: t\n    columns: { name: "a b" }\n')).toBe(
      'sheets.stations.columns.name: a column name',
    );
  });

  it('against the template: a sheet it lacks, a field a sheet lacks (in columns or in values)', () => {
    expect(refusal('source: postgres://h/d\nsheets:\n  halls:\n    table: t\n    columns: { name: a }\n')).toBe(
      "sheets.halls: culture's template has no such sheet (it has stations, activities)",
    );
    const fields = CULTURE_IMPORT.sheets[0]!.columns.map((c) => c.field).join(', ');
    expect(
      refusal(
        'source: postgres://h/d\nsheets:\n  stations:\n    table: t\n    columns: { name: a, colour: b }\n    values: { size: { x: y } }\n',
      ),
    ).toBe(`sheets.stations: no field "colour" (fields: ${fields}); sheets.stations: no field "size" (fields: ${fields})`);
  });
});

describe('sourceHeaders', () => {
  it('shows the source’s own column beside the template’s header in each refusal', () => {
    // As readSource builds it: the template's sheet name and headers.
    const spec = CULTURE_IMPORT.sheets[0]!;
    const header = (field: string) => spec.columns.find((c) => c.field === field)!.header;
    const FIELDS = ['name', 'township', 'grade', 'buildingAreaM2', 'weeklyOpenHours', 'openDaysPerYear', 'fullTimeStaff', 'guidingUnit'];
    const book: RawWorkbook = {
      format: 'xlsx',
      sha256: 'x',
      sheets: [
        {
          name: spec.name,
          rows: [
            { number: 1, cells: FIELDS.map(header) },
            { number: 2, cells: ['海曙文化站', '330203001', '特级以上', 500, 42, 300, 2, '海曙区文化馆'] },
          ],
          merges: [],
        },
      ],
    };
    const check = checkWorkbook(book, CULTURE_IMPORT);
    const [row] = check.sheets[0]!.rows;
    expect(row!.refusals.map((r) => r.header)).toEqual([header('grade')]);
    row!.refusals.push({ sheet: spec.name, row: 2, header: '', value: '', reason: { zh: '整行', en: 'the row' } });
    sourceHeaders(check, { stations: { name: 'zdmc', township: 'xzqh_dm', grade: 'dj' } });
    expect(row!.refusals.map((r) => r.header)).toEqual([`dj（${header('grade')}）`, '']);
    // A sheet the mapping does not name keeps the template's headers.
    const again = checkWorkbook(book, CULTURE_IMPORT);
    sourceHeaders(again, {});
    expect(again.sheets[0]!.rows[0]!.refusals.map((r) => r.header)).toEqual([header('grade')]);
  });
});
