import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeUscc } from '../../seed/uscc.js';
import { tokenFor } from '../helpers/auth.js';
import { runScript } from '../helpers/cli.js';
import { describeBackends } from '../helpers/backends.js';
import { directDb } from '../helpers/databases.js';
import { query } from '../helpers/graphql.js';
import { sharedFederation, type SharedFederation } from '../helpers/shared.js';

/**
 * A county's 社工站建设清单 imported through the gateway lands on the map: a station whose 具体地址 is
 * that of a building the township's facilities officer imported before hangs its plaque there (the same
 * building, however the address is written); a station at an address nobody has gets a site of its own,
 * known by its address only. Both show at once on `Site.venues`. Ningbo's 海曙区, outside the small
 * world the other files count; removed again at the end.
 */

const importCli = (args: string[], env: Record<string, string>) => runScript('import', args, env);

async function workbook(file: string, sheets: Record<string, (string | number)[][]>): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = book.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  await book.xlsx.writeFile(file);
}

const USCC = makeUscc('330203', 'MJ000002');

describeBackends('venues imported with their addresses are placed at sites on %s', (backend) => {
  let fed: SharedFederation;
  let dir: string;
  let facilitiesDb: Knex;
  let socialWorkDb: Knex;
  const cleanUp = async () => {
    await facilitiesDb('plaques').where('venue_id', 'like', 'sw-330203%').delete();
    await facilitiesDb('sites').where('id', 'like', 'site-330203%').delete();
    await socialWorkDb('social_work_stations').where('region_code', 'like', '330203%').delete();
    await socialWorkDb('sw_operators').where('uscc', USCC).delete();
  };

  beforeAll(async () => {
    fed = sharedFederation(backend);
    facilitiesDb = directDb(fed.dbs.urls.facilities);
    socialWorkDb = directDb(fed.dbs.urls['social-work']);
    await cleanUp();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-placement-'));
  });
  afterAll(async () => {
    await cleanUp();
    await facilitiesDb?.destroy();
    await socialWorkDb?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the same building however written: the existing site; a new address: a site of its own; again: unchanged', async () => {
    // The township's facilities officer lists the building first, with its coordinates.
    await workbook(path.join(dir, '场地.xlsx'), {
      场地: [
        ['场地名称', '所在乡镇（街道）', '详细地址', '经度', '纬度'],
        ['南门街道党群服务中心', '南门街道', '浙江省宁波市海曙区南门街道澄浪路1号', 121.551, 29.861],
      ],
    });
    const facilitiesOfficer = await tokenFor({ sub: 'haishu-facilities', role: 'staff', dept: 'facilities', region: '330203' });
    const sites = await importCli(['facilities', '场地.xlsx', '--gateway', fed.gatewayUrl, '--commit'], {
      INIT_CWD: dir,
      VENUE_GRAPH_TOKEN: facilitiesOfficer,
    });
    expect(sites.status, sites.out + sites.err).toBe(0);
    expect(sites.out).toMatch(/1 rows read: 1 inserted/);

    // The county's civil-affairs office sends its list: one station in that building, one elsewhere.
    await workbook(path.join(dir, '建设清单.xlsx'), {
      运营机构: [
        ['机构名称', '统一社会信用代码', '所在县（市、区）'],
        ['海曙区阳光社会工作服务中心', USCC, '海曙区'],
      ],
      社工站建设清单: [
        [
          '站点名称',
          '所在乡镇(街道)',
          '具体地址',
          '负责人',
          '联系电话',
          '配备资金（万元）',
          '工作进度',
          '建设年度',
          '建成日期',
          '运营机构统一社会信用代码',
        ],
        ['南门街道社会工作站', '南门街道', '海曙区南门街道澄浪路 1 號', '张伟', '13812345678', 30, '已建成', 2022, '2022/6/30', USCC],
        ['江厦街道社会工作站', '江厦街道', '江厦街 88 号', '李娜', '0574-87654321', 25, '建设中（60%）', 2024, '2024年12月1日', USCC],
      ],
    });
    const officer = await tokenFor({ sub: 'haishu-sw', role: 'staff', dept: 'social-work', region: '330203' });
    const run = (extra: string[] = []) =>
      importCli(['social-work', '建设清单.xlsx', '--gateway', fed.gatewayUrl, ...extra], { INIT_CWD: dir, VENUE_GRAPH_TOKEN: officer });

    const dry = await run();
    expect(dry.status, dry.out + dry.err).toBe(0);
    expect(dry.out).toContain(
      '3 rows read: 3 inserted, 0 updated, 0 unchanged, 0 refused. Nothing was written (dry run: --commit writes).',
    );
    expect(dry.out).toContain(
      '挂牌场地 sites: 1 at an existing site, 1 at a new site (address only), 0 moved, 0 unchanged, 0 refused. Nothing was written.',
    );
    expect(await facilitiesDb('plaques').where('venue_id', 'like', 'sw-330203%').first()).toBeUndefined();

    const commit = await run(['--commit']);
    expect(commit.status, commit.out + commit.err).toBe(0);
    expect(commit.err).toContain('[5/5] 挂牌场地 placing 2 venues at sites');
    expect(commit.out).toMatch(
      /挂牌场地 sites: 1 at an existing site, 1 at a new site \(address only\), 0 moved, 0 unchanged, 0 refused\. Written: import #\d+\./,
    );

    const building = (await facilitiesDb('sites').where({ region_code: '330203001' }).first('id')) as { id: string };
    const seen = await query(fed.gatewayUrl, `{ site(id: "${building.id}") { name location { lng } venues { __typename id name } } }`);
    expect(seen.site).toEqual({
      name: '南门街道党群服务中心',
      location: { lng: 121.551 },
      venues: [{ __typename: 'SocialWorkStation', id: 'sw-330203001', name: '南门街道社会工作站' }],
    });
    const own = (await facilitiesDb('plaques').where('venue_id', 'sw-330203002').first('site_id')) as { site_id: string };
    const alone = await query(fed.gatewayUrl, `{ site(id: "${own.site_id}") { name address location { lng } venues { id } } }`);
    expect(alone.site).toEqual({ name: '江厦街道社会工作站', address: '江厦街 88 号', location: null, venues: [{ id: 'sw-330203002' }] });

    const again = await run(['--commit']);
    expect(again.out).toContain('3 rows read: 0 inserted, 0 updated, 3 unchanged, 0 refused.');
    expect(again.out).toContain('挂牌场地 sites: 0 at an existing site, 0 at a new site (address only), 0 moved, 2 unchanged, 0 refused.');
  });
});
