import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { bearer } from '../helpers/auth.js';
import { describeBackends } from '../helpers/backends.js';
import { query } from '../helpers/graphql.js';
import { op } from '../helpers/operations.js';
import { sharedFederation, type SharedFederation } from '../helpers/shared.js';

/**
 * Exports for analysts over the real federation: q4 as XLSX through the command (scripts/export.ts,
 * run as `npm run export` runs it) and as CSV through the gateway's route, each read back and compared
 * with what /graphql answers for q4 with the same token.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIGURES = ['stations', 'stationsEstablishedInYear', 'staff', 'certifiedStaff', 'stationsBelowStaffTarget', 'fundingYuan'] as const;

interface Region {
  code: string;
  name: string;
  townshipCount: number;
  socialWorkFigures: Record<(typeof FIGURES)[number], number>;
}

const rowOf = (r: Region) => [r.code, r.name, r.townshipCount, ...FIGURES.map((f) => r.socialWorkFigures[f])];

describeBackends('exports for analysts on %s', (backend) => {
  let fed: SharedFederation;
  let token: string;
  let answer: { province: Region; cities: { totalCount: number; edges: { node: Region }[] } };

  beforeAll(async () => {
    fed = sharedFederation(backend);
    const headers = await bearer({ sub: 'analyst-export', role: 'analyst' });
    token = headers.authorization!.replace(/^Bearer /, '');
    const { query: q, variables } = op('q4-province-social-work');
    answer = (await query(fed.gatewayUrl, q, variables, headers)) as typeof answer;
  });

  it('npm run export writes q4 as XLSX whose rows are /graphql’s answer', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-export-'));
    try {
      const out = path.join(dir, 'q4.xlsx');
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          '--import',
          'tsx',
          'scripts/export.ts',
          'schema/operations/q4-province-social-work.graphql',
          '--format',
          'xlsx',
          '--out',
          out,
          '--gateway',
          fed.gatewayUrl,
        ],
        { cwd: ROOT, env: { ...process.env, VENUE_GRAPH_TOKEN: token, INIT_CWD: ROOT } },
      );
      expect(stdout).toContain(`wrote ${out}`);
      expect(stdout).toContain('province: 1 row');
      expect(stdout).toContain(`cities: ${answer.cities.edges.length} rows of ${answer.cities.totalCount} items`);

      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      expect(book.worksheets.map((w) => w.name)).toEqual(['province', 'cities']);
      const values = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);
      const province = book.getWorksheet('province')!;
      expect(values(province, 1)).toContain('社工站统计 · 投入资金（元）');
      expect(values(province, 3)).toEqual(rowOf(answer.province));
      // The seeded world's figures (test/e2e/analysts.test.ts checks them against the world itself).
      expect(answer.province.socialWorkFigures.stations).toBeGreaterThan(10);
      expect(answer.province.townshipCount).toBe(1364);
      const cities = book.getWorksheet('cities')!;
      expect(cities.rowCount).toBe(2 + answer.cities.edges.length);
      answer.cities.edges.forEach(({ node }, i) => {
        expect(values(cities, 3 + i), node.name).toEqual(rowOf(node));
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('GET /export/q4-province-social-work.csv with the token gives the cities of /graphql’s answer; the public gets the graph’s refusal', async () => {
    const url = fed.gatewayUrl.replace(/\/graphql$/, '/export/q4-province-social-work.csv?province=33&year=2021&headers=key');
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const text = await res.text();
    expect(res.status, text).toBe(200);
    const [header, ...rows] = parseCsv(text, { bom: true }) as string[][];
    expect(header).toEqual(['code', 'name', 'townshipCount', ...FIGURES.map((f) => `socialWorkFigures.${f}`)]);
    expect(rows).toEqual(answer.cities.edges.map(({ node }) => rowOf(node).map(String)));

    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(502);
    expect((await anonymous.text()).trim()).toMatch(/^[A-Z_]+$/);
  });
});
