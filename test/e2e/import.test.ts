import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tokenFor } from '../helpers/auth.js';
import { runScript } from '../helpers/cli.js';
import { describeBackends } from '../helpers/backends.js';
import { directDb } from '../helpers/databases.js';
import { query } from '../helpers/graphql.js';
import { sharedFederation, type SharedFederation } from '../helpers/shared.js';

/**
 * `npm run import` as an officer runs it, through the real federation with a token and no access to
 * any database: an office's own XLSX (a title row above a merged header, its own column order, a 序号
 * column) checked against the graph, committed, committed again, and refused where the officer's
 * department or region does not reach. The records are Ningbo's (outside the small world the other
 * files count), removed again at the end.
 */

const importCli = (args: string[], env: Record<string, string>) => runScript('import', args, env);

/** 宁波市海曙区's list as an office keeps it: a title row, a merged two-row header, 序号 first. */
async function officeFile(file: string, stations: (string | number)[][], activities: (string | number)[][]): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('文化站名录');
  ws.addRow(['海曙区乡镇综合文化站名录（2026年）']);
  ws.mergeCells('A1:J1');
  ws.addRow([
    '序号',
    '文化站名称',
    '所在乡镇（街道）',
    '等级',
    '建筑面积（平方米）',
    '每周开放时长',
    '年开放天数',
    '人员',
    '',
    '业务指导单位',
  ]);
  ws.addRow(['', '', '', '', '', '', '', '专职人员数', '兼职人员数', '']);
  for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'J']) ws.mergeCells(`${col}2:${col}3`);
  ws.mergeCells('H2:I2');
  for (const [i, s] of stations.entries()) ws.addRow([i + 1, ...s]);
  const acts = book.addWorksheet('活动台账');
  acts.addRow(['所在乡镇（街道）', '活动日期', '活动名称', '活动类型', '参与人数']);
  for (const a of activities) acts.addRow(a);
  await book.xlsx.writeFile(file);
}

/** Every error the annotated copy (<file>.report.xlsx) holds, one string per refused row. */
async function reportErrors(report: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(report);
  const errors: string[] = [];
  for (const ws of book.worksheets) {
    ws.eachRow((row) => {
      const cells = (row.values as unknown[]).filter((v): v is string => typeof v === 'string');
      errors.push(...cells.filter((c) => /无权|所引用/.test(c)));
    });
  }
  return errors;
}

const STATION = ['南门街道综合文化站', '南门街道', '一级站', 1200, 48, 330, 2, 3, '海曙区文化馆'];
const ACTIVITY = ['南门街道', '2026/6/2', '全民阅读分享会', '阅读推广', 80];

describeBackends('importing an office’s file through the gateway on %s', (backend) => {
  let fed: SharedFederation;
  let knex: Knex;
  let dir: string;
  let file: string;
  let officer: string;
  const run = (extra: string[], token?: string) =>
    importCli(['culture', '海曙区文化站.xlsx', '--gateway', fed.gatewayUrl, ...extra], {
      INIT_CWD: dir,
      ...(token ? { VENUE_GRAPH_TOKEN: token } : {}),
    });
  const cleanUp = async () => {
    await knex('culture_activities').where('station_id', 'like', 'culture-330203%').delete();
    await knex('culture_stations').where('id', 'like', 'culture-330203%').delete();
  };

  beforeAll(async () => {
    fed = sharedFederation(backend);
    knex = directDb(fed.dbs.urls.culture);
    await cleanUp();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-import-e2e-'));
    file = path.join(dir, '海曙区文化站.xlsx');
    await officeFile(file, [STATION], [ACTIVITY]);
    officer = await tokenFor({ sub: 'haishu-culture', role: 'staff', dept: 'culture', region: '330203' });
  });
  afterAll(async () => {
    await cleanUp();
    await knex?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a dry run checks against the graph and writes nothing; --commit writes; the same file again changes nothing', async () => {
    const dry = await run([], officer);
    expect(dry.status, dry.err + dry.out).toBe(0);
    expect(dry.out).toContain('区划范围 names looked up within: 浙江省宁波市海曙区 (330203)');
    expect(dry.out).toContain(
      '2 rows read: 2 inserted, 0 updated, 0 unchanged, 0 refused. Nothing was written (dry run: --commit writes).',
    );
    expect(dry.err).toContain('[4/4] 核对 checking against the database through');
    expect(await knex('culture_stations').where('id', 'culture-330203001').first()).toBeUndefined();

    const commit = await run(['--commit'], officer);
    expect(commit.status, commit.err + commit.out).toBe(0);
    expect(commit.out).toMatch(/2 rows read: 2 inserted, 0 updated, 0 unchanged, 0 refused\. Written: import #\d+\./);
    const importId = Number(/import #(\d+)/.exec(commit.out)![1]);
    const entry = await knex('import_log').where('id', importId).first();
    expect(entry).toMatchObject({ actor_sub: 'haishu-culture', actor_dept: 'culture', file_name: '海曙区文化站.xlsx', inserted: 2 });
    expect(entry.file_sha256).toMatch(/^[0-9a-f]{64}$/);

    // At once in the graph, through the gateway: the station (its staff figures for the department) and its region's list.
    const seen = await query(
      fed.gatewayUrl,
      '{ cultureStation(id: "culture-330203001") { name grade partTimeStaff region { name cultureStations { totalCount } } } }',
      undefined,
      { authorization: `Bearer ${officer}` },
    );
    expect(seen.cultureStation).toEqual({
      name: '南门街道综合文化站',
      grade: 'FIRST',
      partTimeStaff: 3,
      region: { name: '南门街道', cultureStations: { totalCount: 1 } },
    });

    const again = await run(['--commit'], officer);
    expect(again.status, again.err + again.out).toBe(0);
    expect(again.out).toMatch(/2 rows read: 0 inserted, 0 updated, 2 unchanged, 0 refused\. Written: import #\d+\./);

    await officeFile(file, [[...STATION.slice(0, 2), '特级站', ...STATION.slice(3)]], [ACTIVITY]);
    const changed = await run(['--commit'], officer);
    expect(changed.out).toMatch(/2 rows read: 0 inserted, 1 updated, 1 unchanged, 0 refused/);
    expect((await knex('culture_stations').where('id', 'culture-330203001').first()).grade).toBe('SPECIAL');
  });

  it('another county’s officer, or another department’s, has every row refused and nothing written; no token is told what to do', async () => {
    await cleanUp();
    const xihu = await run(['--commit'], await tokenFor({ sub: 'xihu-culture', role: 'staff', dept: 'culture', region: '330106' }));
    expect(xihu.status).toBe(1);
    expect(xihu.out).toMatch(/2 rows read: 0 inserted, 0 updated, 0 unchanged, 2 refused\. Nothing was written/);
    const report = path.join(dir, '海曙区文化站.report.xlsx');
    expect(xihu.out).toContain(`错误已标注在 the errors are marked in ${report}`);
    expect(await reportErrors(report)).toEqual([
      "无权导入：仅可导入本部门（culture）在本辖区（330106）内的记录 / not allowed: you may import only your department's (culture) records within your region (330106)",
      "无权导入：仅可导入本部门（culture）在本辖区（330106）内的记录 / not allowed: you may import only your department's (culture) records within your region (330106)",
    ]);

    const socialWork = await run(['--commit'], await tokenFor({ sub: 'haishu-sw', role: 'staff', dept: 'social-work', region: '330203' }));
    expect(socialWork.status).toBe(1);
    expect((await reportErrors(path.join(dir, '海曙区文化站.report.xlsx')))[0]).toContain(
      "not allowed: you may import only your department's (social-work) records within your region (330203)",
    );
    expect(await knex('culture_stations').where('id', 'culture-330203001').first()).toBeUndefined();

    const anonymous = await run(['--commit']);
    expect(anonymous.status).toBe(1);
    expect(anonymous.err).toContain('FORBIDDEN: Only staff and admins may import culture records: sign in with a staff token.');
    expect(anonymous.err).toContain('Importing needs a staff (or admin) token: --token TOKEN or VENUE_GRAPH_TOKEN');
  });

  it('a refused row (an activity of a station nobody has) writes nothing unless --skip-invalid', async () => {
    await cleanUp();
    await officeFile(file, [STATION], [ACTIVITY, ['江厦街道', '2026年6月3日', '书法培训班', '培训', 30]]);
    const refused = await run(['--commit'], officer);
    expect(refused.status).toBe(1);
    expect(await reportErrors(path.join(dir, '海曙区文化站.report.xlsx'))).toEqual([
      '所在乡镇（街道）：所引用的文化站（330203002）既不在系统中，也不在本文件中（或在本文件中被拒绝） / the culture station it refers to (330203002) is neither in the database nor accepted in this file',
    ]);
    expect(refused.out).toMatch(/3 rows read: 2 inserted, 0 updated, 0 unchanged, 1 refused\. Nothing was written: 1 rows refused/);
    expect(await knex('culture_stations').where('id', 'culture-330203001').first()).toBeUndefined();

    const skipped = await run(['--commit', '--skip-invalid'], officer);
    expect(skipped.status).toBe(1);
    expect(skipped.out).toMatch(/3 rows read: 2 inserted, 0 updated, 0 unchanged, 1 refused\. Written: import #\d+\./);
    expect(await knex('culture_stations').where('id', 'culture-330203001').first()).toBeDefined();
  });
});
