import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningServer } from '../../kit/server.js';
import { facilities } from '../../subgraphs/facilities/subgraph.js';
import { socialWork } from '../../subgraphs/social-work/subgraph.js';
import { tokenFor } from '../helpers/auth.js';
import { ROOT, runScript } from '../helpers/cli.js';
import { describeBackends } from '../helpers/backends.js';
import { gatewayInProcess } from '../helpers/gateway.js';
import { startTestSubgraph } from '../helpers/subgraph.js';

/**
 * The export round trip at province scale: q4 taken out as XLSX by `npm run export` through a real
 * gateway over Civil Affairs' subgraph seeded for the whole province (and facilities, whose division
 * tree is always the whole province's), read back: the seed document's 466 stations, 76 built in 2021,
 * 1,393 staff and ¥185,000,000, and the cities' rows adding up to them.
 */

describeBackends('q4 exported at province scale (%s)', (backend) => {
  const closers: (() => Promise<void>)[] = [];
  let gateway: RunningServer;
  let dir: string;

  beforeAll(async () => {
    const sw = await startTestSubgraph(socialWork, backend, 'province');
    closers.push(sw.close);
    const fac = await startTestSubgraph(facilities, backend);
    closers.push(fac.close);
    gateway = await gatewayInProcess({ SOCIAL_WORK_URL: sw.url, FACILITIES_URL: fac.url });
    closers.push(() => gateway.close());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-export-province-'));
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the province row reads 466 / 76 / 1,393 / ¥185,000,000, and the cities add up to it', async () => {
    const token = await tokenFor({ sub: 'analyst-province', role: 'analyst' });
    const out = path.join(dir, 'q4.xlsx');
    const run = await runScript(
      'export',
      ['schema/operations/q4-province-social-work.graphql', '--format', 'xlsx', '--out', out, '--gateway', gateway.url],
      { VENUE_GRAPH_TOKEN: token, INIT_CWD: ROOT },
    );
    expect(run.status, run.err).toBe(0);
    const stdout = run.out;
    expect(stdout).toContain(`wrote ${out}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    // Two header rows (Chinese, English), then the data, in the operation's field order.
    const FIELDS = [
      'code',
      'name',
      'townshipCount',
      'stations',
      'stationsEstablishedInYear',
      'staff',
      'certifiedStaff',
      'belowTarget',
      'fundingYuan',
    ];
    const table = (name: string) => {
      const ws = book.getWorksheet(name)!;
      const rows = (ws.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
      expect(rows[1]![0]).toBe('Division code');
      return rows.slice(2).map((r) => Object.fromEntries(FIELDS.map((f, i) => [f, r[i]])));
    };
    const [province] = table('province');
    expect(province).toMatchObject({
      code: '33',
      townshipCount: 1364,
      stations: 466,
      stationsEstablishedInYear: 76,
      staff: 1393,
      fundingYuan: 185_000_000,
    });
    const cities = table('cities');
    expect(cities).toHaveLength(11);
    const sum = (f: string) => cities.reduce((n, c) => n + Number(c[f]), 0);
    expect([sum('stations'), sum('stationsEstablishedInYear'), sum('staff'), sum('fundingYuan')]).toEqual([466, 76, 1393, 185_000_000]);
  });
});
