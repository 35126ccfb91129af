import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS } from '../../kit/imports/engine.js';
import { type Mapping, MappingError, readSource } from '../../kit/imports/sync.js';
import { CULTURE_IMPORT } from '../../subgraphs/culture/import-spec.js';
import { directDb, MARIADB_URL, PG_URL } from '../helpers/databases.js';

/**
 * A department's own database read as a workbook (kit/imports/sync.ts readSource), in process, from a
 * real PostgreSQL and a real MariaDB server: a legacy table with pinyin columns, read by table and by
 * query, its codes translated, its values made cells, the digest of what was read, and the refusals
 * (a read the source refuses, a source too big for one import). Each server's suite is skipped without
 * its URL (PG_URL, MARIADB_URL; CI sets both). The table is this process's own and is dropped at the end.
 */

const SPEC = CULTURE_IMPORT.sheets.find((s) => s.kind === 'stations')!;
const header = (field: string) => SPEC.columns.find((c) => c.field === field)!.header;

const SERVERS = [
  { name: 'PostgreSQL', url: PG_URL, client: 'pg' },
  { name: 'MariaDB', url: MARIADB_URL, client: 'mysql2' },
] as const;

for (const server of SERVERS) {
  describe.skipIf(!server.url)(`readSource from ${server.name}`, () => {
    const table = `vg_legacy_${process.pid}`;
    let knex: Knex;
    // A MariaDB source may be written mariadb:// (the mapping files' own spelling).
    const source = () => (server.client === 'pg' ? server.url! : server.url!.replace(/^mysql:/, 'mariadb:'));
    const mapping = (sheet: Mapping['sheets'][string]): Mapping => ({ source: source(), scope: '330203', sheets: { stations: sheet } });
    const COLUMNS = { name: 'zdmc', township: 'xzqh_dm', grade: 'dj', buildingAreaM2: 'jzmj', guidingUnit: 'zddw' };

    beforeAll(async () => {
      knex = directDb(server.url!);
      await knex.schema.dropTableIfExists(table);
      await knex.schema.createTable(table, (t) => {
        t.integer('zdbh').primary();
        t.string('zdmc', 100);
        t.string('xzqh_dm', 12);
        t.string('dj', 2);
        t.decimal('jzmj', 10, 1);
        t.string('zddw', 100).nullable();
      });
      await knex(table).insert([
        { zdbh: 1, zdmc: '海曙区鼓楼街道文化站', xzqh_dm: '330203003', dj: '1', jzmj: 820.5, zddw: '海曙区文化馆' },
        { zdbh: 2, zdmc: '海曙区南门街道文化站', xzqh_dm: '330203004', dj: '7', jzmj: 400, zddw: null },
      ]);
    });
    afterAll(async () => {
      await knex?.schema.dropTableIfExists(table);
      await knex?.destroy();
    });

    it('by table: a sheet named and headed as the template, one row per source row, its codes translated', async () => {
      const read = await readSource(
        mapping({ table, columns: COLUMNS, values: { grade: { '1': 'SPECIAL', '2': 'FIRST' } } }),
        CULTURE_IMPORT,
      );
      expect(read.rows).toBe(2);
      expect(read.columns).toEqual({ stations: COLUMNS });
      expect(read.book.format).toBe('xlsx');
      expect(read.book.sheets).toHaveLength(1);
      const [sheet] = read.book.sheets;
      expect(sheet!.name).toBe(SPEC.name);
      expect(sheet!.merges).toEqual([]);
      expect(sheet!.rows.map((r) => r.number)).toEqual([1, 2, 3]);
      expect(sheet!.rows[0]!.cells).toEqual(['name', 'township', 'grade', 'buildingAreaM2', 'guidingUnit'].map(header));
      const rows = sheet!.rows.slice(1).sort((a, b) => String(a.cells[0]).localeCompare(String(b.cells[0])));
      const cells = rows.map((r) =>
        r.cells.map((c) => (typeof c === 'string' && /^\d+(\.\d+)?$/.test(c) && c.includes('.') ? Number(c) : c)),
      );
      // A code with no translation stays as the source has it, for the check to refuse under its column.
      expect(cells).toContainEqual(['海曙区鼓楼街道文化站', '330203003', 'SPECIAL', 820.5, '海曙区文化馆']);
      expect(cells).toContainEqual(['海曙区南门街道文化站', '330203004', '7', 400, null]);
      expect(read.book.sha256).toMatch(/^[0-9a-f]{64}$/);
    });

    it('by query, ordered by the query: the same digest for the same rows, another when a row changes', async () => {
      const query = `SELECT zdmc, xzqh_dm, dj FROM ${table} ORDER BY zdbh`;
      const columns = { name: 'zdmc', township: 'xzqh_dm', grade: 'dj' };
      const first = await readSource(mapping({ query, columns }), CULTURE_IMPORT);
      expect(first.book.sheets[0]!.rows.slice(1).map((r) => r.cells)).toEqual([
        ['海曙区鼓楼街道文化站', '330203003', '1'],
        ['海曙区南门街道文化站', '330203004', '7'],
      ]);
      const again = await readSource(mapping({ query, columns }), CULTURE_IMPORT);
      expect(again.book.sha256).toBe(first.book.sha256);
      await knex(table).where('zdbh', 2).update({ dj: '3' });
      try {
        const changed = await readSource(mapping({ query, columns }), CULTURE_IMPORT);
        expect(changed.book.sha256).not.toBe(first.book.sha256);
      } finally {
        await knex(table).where('zdbh', 2).update({ dj: '7' });
      }
    });

    it('a read the source refuses is a MappingError naming the sheet, with the URL shown without its password', async () => {
      const withPassword = new URL(source());
      withPassword.password = 'hunter2';
      const bad: Mapping = { source: withPassword.toString(), sheets: { stations: { table: `${table}_gone`, columns: COLUMNS } } };
      const err = await readSource(bad, CULTURE_IMPORT).catch((e) => e);
      expect(err).toBeInstanceOf(MappingError);
      expect(err.message).toMatch(/^sheets\.stations: the source refused the read \(/);
      expect(err.message).not.toContain('hunter2');
      const missingTable = await readSource(mapping({ table: `${table}_gone`, columns: COLUMNS }), CULTURE_IMPORT).catch((e) => e);
      expect(missingTable.message).toContain(`${table}_gone`);
    });

    it(`a source of more than ${MAX_IMPORT_ROWS} rows is refused: narrow the query`, async () => {
      const query =
        server.client === 'pg'
          ? `SELECT 'x' || g AS zdmc FROM generate_series(1, ${MAX_IMPORT_ROWS + 1}) AS g`
          : `SELECT CONCAT('x', seq) AS zdmc FROM seq_1_to_${MAX_IMPORT_ROWS + 1}`;
      const err = await readSource(mapping({ query, columns: { name: 'zdmc' } }), CULTURE_IMPORT).catch((e) => e);
      expect(err).toBeInstanceOf(MappingError);
      expect(err.message).toBe(`the source holds more than ${MAX_IMPORT_ROWS} rows: narrow the query (by region, say)`);
      const exactly =
        server.client === 'pg'
          ? query.replace(`${MAX_IMPORT_ROWS + 1}`, `${MAX_IMPORT_ROWS}`)
          : query.replace(`seq_1_to_${MAX_IMPORT_ROWS + 1}`, `seq_1_to_${MAX_IMPORT_ROWS}`);
      expect((await readSource(mapping({ query: exactly, columns: { name: 'zdmc' } }), CULTURE_IMPORT)).rows).toBe(MAX_IMPORT_ROWS);
    });
  });
}
