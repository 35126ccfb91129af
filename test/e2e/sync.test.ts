import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../helpers/auth.js';
import { runScript } from '../helpers/cli.js';
import { describeBackends } from '../helpers/backends.js';
import { directDb, MARIADB_URL } from '../helpers/databases.js';
import { sharedFederation, type SharedFederation } from '../helpers/shared.js';

/**
 * `npm run sync` from a culture bureau's old system: a legacy schema built in the MariaDB server (pinyin
 * column names — zdmc 站点名称, xzqh_dm 行政区划代码, dj 等级 with its own codes, yxbz 有效标志), described
 * once in a mapping file, synced through the gateway with an officer's token: the second run changes
 * nothing, a changed source row is one update, a row gone from the source is reported and removed only
 * with --delete-missing, an unknown code is refused under the source's own column name. Skipped without
 * MARIADB_URL (CI sets it). Ningbo's 海曙区, outside the small world; removed again at the end.
 */

const syncCli = (args: string[], env: Record<string, string>) => runScript('sync', args, env);

const mapping = (url: string) => `# 海曙区文化站管理系统（旧）
source: ${url.replace(/^mysql:/, 'mariadb:')}
scope: '330203'
sheets:
  stations:
    query: >-
      SELECT zdmc, xzqh_dm, dj, jzmj, zkfsj, nkfts, zzry, jzry, zddw FROM wh_zhan WHERE yxbz = '1' ORDER BY zdbh
    columns:
      name: zdmc
      township: xzqh_dm
      grade: dj
      buildingAreaM2: jzmj
      weeklyOpenHours: zkfsj
      openDaysPerYear: nkfts
      fullTimeStaff: zzry
      partTimeStaff: jzry
      guidingUnit: zddw
    values:
      grade: { '1': SPECIAL, '2': FIRST, '3': SECOND, '4': THIRD, '0': UNRATED }
`;

describe.skipIf(!MARIADB_URL)('sync from a legacy MariaDB schema', () => {
  describeBackends('into the graph on %s', (backend) => {
    const database = `vg_legacy_${backend}_${process.pid}`;
    let server: Knex;
    let legacy: Knex;
    let culture: Knex;
    let fed: SharedFederation;
    let dir: string;
    let token: string;
    const legacyUrl = () => {
      const u = new URL(MARIADB_URL!);
      u.pathname = `/${database}`;
      return u.toString();
    };
    const run = (extra: string[] = []) =>
      syncCli(['culture', '--mapping', '旧系统.yaml', '--gateway', fed.gatewayUrl, ...extra], { INIT_CWD: dir, VENUE_GRAPH_TOKEN: token });
    const cleanUp = async () => {
      await culture('culture_stations').where('region_code', 'like', '330203%').delete();
    };

    beforeAll(async () => {
      fed = sharedFederation(backend);
      culture = directDb(fed.dbs.urls.culture);
      await cleanUp();
      server = directDb(MARIADB_URL!);
      await server.raw(`DROP DATABASE IF EXISTS \`${database}\``);
      await server.raw(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4`);
      legacy = directDb(legacyUrl());
      await legacy.schema.createTable('wh_zhan', (t) => {
        t.increments('zdbh');
        t.string('zdmc', 100);
        t.string('xzqh_dm', 12);
        t.string('dj', 2);
        t.decimal('jzmj', 10, 2);
        t.integer('zkfsj');
        t.integer('nkfts');
        t.integer('zzry');
        t.integer('jzry');
        t.string('zddw', 100);
        t.string('yxbz', 1);
      });
      await legacy('wh_zhan').insert([
        {
          zdmc: '南门街道综合文化站',
          xzqh_dm: '330203001',
          dj: '2',
          jzmj: 1200.5,
          zkfsj: 48,
          nkfts: 330,
          zzry: 2,
          jzry: 3,
          zddw: '海曙区文化馆',
          yxbz: '1',
        },
        {
          zdmc: '江厦街道综合文化站',
          xzqh_dm: '330203002',
          dj: '3',
          jzmj: 800,
          zkfsj: 42,
          nkfts: 300,
          zzry: 1,
          jzry: 0,
          zddw: '海曙区文化馆',
          yxbz: '1',
        },
        {
          zdmc: '西门街道综合文化站（已撤并）',
          xzqh_dm: '330203003',
          dj: '4',
          jzmj: 500,
          zkfsj: 40,
          nkfts: 200,
          zzry: 1,
          jzry: 0,
          zddw: '海曙区文化馆',
          yxbz: '0',
        },
      ]);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-sync-'));
      fs.writeFileSync(path.join(dir, '旧系统.yaml'), mapping(legacyUrl()));
      token = await tokenFor({ sub: 'haishu-culture', role: 'staff', dept: 'culture', region: '330203' });
    });
    afterAll(async () => {
      await cleanUp();
      await culture?.destroy();
      await legacy?.destroy();
      await server?.raw(`DROP DATABASE IF EXISTS \`${database}\``);
      await server?.destroy();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('twice: the second run changes nothing; a changed source row is one update', async () => {
      const dry = await run();
      expect(dry.status, dry.out + dry.err).toBe(0);
      expect(dry.out).toContain(
        '2 rows read: 2 inserted, 0 updated, 0 unchanged, 0 refused. Nothing was written (dry run: --commit writes).',
      );
      expect(dry.err).toContain('[1/4] 读取 reading mariadb://root@127.0.0.1:3306/vg_legacy_');

      const first = await run(['--commit']);
      expect(first.status, first.out + first.err).toBe(0);
      expect(first.out).toMatch(/2 rows read: 2 inserted, 0 updated, 0 unchanged, 0 refused\. Written: import #\d+\./);
      const stored = await culture('culture_stations').where('id', 'culture-330203001').first();
      expect(stored).toMatchObject({ name: '南门街道综合文化站', grade: 'FIRST', building_area_m2: 1200.5, part_time_staff: 3 });
      const entry = await culture('import_log').orderBy('id', 'desc').first();
      expect(entry).toMatchObject({ file_name: 'sync:旧系统.yaml', actor_sub: 'haishu-culture', inserted: 2 });

      const second = await run(['--commit']);
      expect(second.out).toMatch(/2 rows read: 0 inserted, 0 updated, 2 unchanged, 0 refused/);
      expect(second.out).toContain('不在源中 no longer in the source: 0 (within 330203)');

      await legacy('wh_zhan').where('xzqh_dm', '330203002').update({ dj: '2' });
      const third = await run(['--commit']);
      expect(third.out).toMatch(/2 rows read: 0 inserted, 1 updated, 1 unchanged, 0 refused/);
      expect((await culture('culture_stations').where('id', 'culture-330203002').first()).grade).toBe('FIRST');
    });

    it('a row gone from the source is reported, and removed only with --delete-missing', async () => {
      await legacy('wh_zhan').where('xzqh_dm', '330203002').update({ yxbz: '0' });
      const reported = await run(['--commit']);
      expect(reported.status, reported.out + reported.err).toBe(0);
      expect(reported.out).toContain(
        '不在源中 no longer in the source: 1: stations culture-330203002 (330203002) (--delete-missing removes them)',
      );
      expect(await culture('culture_stations').where('id', 'culture-330203002').first()).toBeDefined();
      const removed = await run(['--commit', '--delete-missing']);
      expect(removed.out).toContain('不在源中 no longer in the source, deleted: 1: stations culture-330203002 (330203002)');
      expect(await culture('culture_stations').where('id', 'culture-330203002').first()).toBeUndefined();
    });

    it("a code the mapping does not translate is refused under the source's own column; nothing is written", async () => {
      await legacy('wh_zhan').where('xzqh_dm', '330203001').update({ dj: '7', zkfsj: 48 });
      const refused = await run(['--commit']);
      expect(refused.status).toBe(1);
      expect(refused.out).toMatch(/│ 综合文化站\s+│ 2\s+│ dj（等级）\s+│ 7/);
      expect(refused.out).toMatch(/1 rows read: 0 inserted, 0 updated, 0 unchanged, 1 refused\. Nothing was written/);
      expect((await culture('culture_stations').where('id', 'culture-330203001').first()).grade).toBe('FIRST');
    });
  });
});
