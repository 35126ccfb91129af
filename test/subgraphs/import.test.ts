import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Identity } from '../../kit/identity.js';
import { culture } from '../../subgraphs/culture/subgraph.js';
import { facilities } from '../../subgraphs/facilities/subgraph.js';
import { party } from '../../subgraphs/party/subgraph.js';
import { practice } from '../../subgraphs/practice/subgraph.js';
import { socialWork } from '../../subgraphs/social-work/subgraph.js';
import { makeUscc } from '../../seed/uscc.js';
import { asGateway } from '../helpers/auth.js';
import { describeBackends } from '../helpers/backends.js';
import { directDb } from '../helpers/databases.js';
import { post, query } from '../helpers/graphql.js';
import { startTestSubgraph } from '../helpers/subgraph.js';

/**
 * The import engine (kit/imports/engine.ts) through a real subgraph over a real database: Culture's
 * `importCultureRecords`, called as the gateway would call it, with the identity of the officer.
 */

const IMPORT = `mutation($input: ImportInput!) {
  importCultureRecords(input: $input) {
    committed importId
    counts { read inserted updated unchanged refused }
    refusals { sheet row field reason reasonEn }
    outcomes { sheet row action changed }
  }
}`;

const SHA = 'a'.repeat(64);

/** A station in Ningbo's 南门街道 (outside the small world, so new) and one of its activities. */
const NEW_STATION = {
  name: '南门街道综合文化站',
  township: '330203001',
  grade: 'FIRST',
  buildingAreaM2: 1200,
  weeklyOpenHours: 48,
  openDaysPerYear: 330,
  fullTimeStaff: 2,
  guidingUnit: '海曙区文化馆',
};
const NEW_ACTIVITY = { township: '330203001', heldOn: '2026-06-02', title: '全民阅读分享会', kind: 'READING', participants: 80 };

function input(
  sheets: Record<string, Record<string, unknown>[]>,
  options: Record<string, unknown> = {},
): { input: Record<string, unknown> } {
  return {
    input: {
      sheets: Object.entries(sheets).map(([kind, records]) => ({ kind, rows: records.map((record, i) => ({ row: i + 2, record })) })),
      fileName: '文化站名录.xlsx',
      fileSha256: SHA,
      ...options,
    },
  };
}

const staff = (dept: string, region: string): Identity => ({
  sub: `officer-${dept}-${region}`,
  name: null,
  role: 'staff',
  dept: dept as never,
  region,
});

describeBackends('importing Culture records (%s)', (backend) => {
  let url: string;
  let close: () => Promise<void>;
  let knex: Knex;
  const activitiesOfNewStation = async () =>
    Number((await knex('culture_activities').where('station_id', 'culture-330203001').count({ n: '*' }))[0]!.n);
  const stationCount = async () => Number((await knex('culture_stations').count({ n: '*' }))[0]!.n);
  const run = async (vars: ReturnType<typeof input>, who?: Identity) =>
    (await query(url, IMPORT, vars, who ? await asGateway(who, 'culture') : {})).importCultureRecords;

  beforeAll(async () => {
    const sg = await startTestSubgraph(culture, backend);
    url = sg.url;
    close = sg.close;
    knex = directDb(sg.dbs.urls.culture!);
  });
  afterAll(async () => {
    await knex?.destroy();
    await close?.();
  });
  beforeEach(async () => {
    await knex('culture_activities').where('station_id', 'culture-330203001').delete();
    await knex('culture_stations').where('id', 'culture-330203001').delete();
  });

  it('a dry run plans and writes nothing; a commit writes; the same file again is 0 inserted, 0 updated', async () => {
    const file = input({ stations: [NEW_STATION], activities: [NEW_ACTIVITY] });
    const dry = await run(file);
    expect(dry).toMatchObject({ committed: false, counts: { read: 2, inserted: 2, updated: 0, unchanged: 0, refused: 0 }, refusals: [] });
    expect(await knex('culture_stations').where('id', 'culture-330203001').first()).toBeUndefined();

    const first = await run({ input: { ...file.input, commit: true } });
    expect(first).toMatchObject({ committed: true, counts: { read: 2, inserted: 2, updated: 0, unchanged: 0, refused: 0 } });
    const station = await query(
      url,
      '{ cultureStation(id: "culture-330203001") { name grade partTimeStaff region { code } activities { totalCount edges { node { title heldOn participants } } } } }',
    );
    expect(station.cultureStation).toEqual({
      name: '南门街道综合文化站',
      grade: 'FIRST',
      partTimeStaff: 0,
      region: { code: '330203001' },
      activities: { totalCount: 1, edges: [{ node: { title: '全民阅读分享会', heldOn: '2026-06-02', participants: 80 } }] },
    });

    const again = await run({ input: { ...file.input, commit: true } });
    expect(again.counts).toEqual({ read: 2, inserted: 0, updated: 0, unchanged: 2, refused: 0 });
    expect(await activitiesOfNewStation()).toBe(1);
  });

  it('matches a record by its key: a changed row is one update naming what changed, a seeded station keeps its id', async () => {
    await run({ input: { ...input({ stations: [NEW_STATION] }).input, commit: true } });
    const changed = await run({
      input: { ...input({ stations: [{ ...NEW_STATION, grade: 'SPECIAL', partTimeStaff: 3 }] }).input, commit: true },
    });
    expect(changed.counts).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    expect(changed.outcomes).toEqual([{ sheet: 'stations', row: 2, action: 'update', changed: ['grade', 'partTimeStaff'] }]);

    const seeded = (await knex('culture_stations').where('id', 'culture-330106002').first()) as Record<string, unknown>;
    const before = await stationCount();
    const renamed = await run({
      input: {
        ...input({
          stations: [
            {
              name: '北山街道综合文化站（新址）',
              township: '330106002',
              grade: seeded.grade,
              buildingAreaM2: seeded.building_area_m2,
              weeklyOpenHours: seeded.weekly_open_hours,
              openDaysPerYear: seeded.open_days_per_year,
              fullTimeStaff: seeded.full_time_staff,
              guidingUnit: seeded.guiding_unit,
            },
          ],
        }).input,
        commit: true,
      },
    });
    expect(renamed.outcomes).toEqual([{ sheet: 'stations', row: 2, action: 'update', changed: ['name'] }]);
    expect(await stationCount()).toBe(before);
    expect((await knex('culture_stations').where('id', 'culture-330106002').first()).name).toBe('北山街道综合文化站（新址）');
    await knex('culture_stations').where('id', 'culture-330106002').update({ name: seeded.name });
  });

  it('checks every value again, in stored form, and names the field', async () => {
    const res = await run(
      input({
        stations: [
          { ...NEW_STATION, grade: 'GOLD', buildingAreaM2: -1, township: '330203999', colour: 'red' },
          { ...NEW_STATION, name: undefined, township: '3302' },
        ],
      }),
    );
    const byRow = (row: number) => res.refusals.filter((r: { row: number }) => r.row === row).map((r: { field: string }) => r.field);
    expect(byRow(2).sort()).toEqual(['buildingAreaM2', 'colour', 'grade', 'township']);
    expect(byRow(3).sort()).toEqual(['name', 'township']);
    expect(res.refusals.find((r: { field: string }) => r.field === 'township')).toMatchObject({
      reason: '不是已知的行政区划代码',
      reasonEn: 'not a known division code',
    });
    expect(res.refusals.find((r: { row: number; field: string }) => r.row === 3 && r.field === 'township').reasonEn).toBe(
      'expected a division of level TOWNSHIP',
    );
    expect(res.counts).toEqual({ read: 2, inserted: 0, updated: 0, unchanged: 0, refused: 2 });
  });

  it('refuses an activity whose station is neither stored nor in the file; all or nothing unless skipInvalid', async () => {
    const orphan = { ...NEW_ACTIVITY, township: '330203002' };
    const file = input({ stations: [NEW_STATION], activities: [NEW_ACTIVITY, orphan] }, { commit: true });
    const refused = await run(file);
    expect(refused.committed).toBe(false);
    expect(refused.refusals).toEqual([
      {
        sheet: 'activities',
        row: 3,
        field: 'township',
        reason: '所引用的文化站（330203002）既不在系统中，也不在本文件中（或在本文件中被拒绝）',
        reasonEn: 'the culture station it refers to (330203002) is neither in the database nor accepted in this file',
      },
    ]);
    expect(refused.counts).toEqual({ read: 3, inserted: 2, updated: 0, unchanged: 0, refused: 1 });
    expect(await knex('culture_stations').where('id', 'culture-330203001').first()).toBeUndefined();

    const skipped = await run({ input: { ...file.input, skipInvalid: true } });
    expect(skipped).toMatchObject({ committed: true, counts: { read: 3, inserted: 2, refused: 1 } });
    expect(await activitiesOfNewStation()).toBe(1);

    // A station stored before: its activity is found in the database.
    const later = await run(input({ activities: [{ ...NEW_ACTIVITY, title: '书法培训班', kind: 'TRAINING' }] }, { commit: true }));
    expect(later.counts).toMatchObject({ inserted: 1, refused: 0 });
  });

  it('refuses a key twice in one sheet, naming the first row', async () => {
    const res = await run(input({ stations: [NEW_STATION, { ...NEW_STATION, grade: 'THIRD' }] }));
    expect(res.refusals).toEqual([
      { sheet: 'stations', row: 3, field: null, reason: '与第 2 行是同一条记录', reasonEn: 'the same record as row 2' },
    ]);
  });

  describe('who may import: the rule of reads', () => {
    it("a department's staff import their own department's records within their region subtree", async () => {
      const ningbo = await run(input({ stations: [NEW_STATION] }), staff('culture', '330203'));
      expect(ningbo.counts).toMatchObject({ inserted: 1, refused: 0 });
      const hangzhou = await run(input({ stations: [NEW_STATION] }), staff('culture', '330106'));
      expect(hangzhou.refusals).toEqual([
        {
          sheet: 'stations',
          row: 2,
          field: null,
          reason: '无权导入：仅可导入本部门（culture）在本辖区（330106）内的记录',
          reasonEn: "not allowed: you may import only your department's (culture) records within your region (330106)",
        },
      ]);
      const otherDept = await run(input({ stations: [NEW_STATION] }, { commit: true }), staff('social-work', '33'));
      expect(otherDept).toMatchObject({ committed: false, counts: { inserted: 0, refused: 1 } });
      expect(await knex('culture_stations').where('id', 'culture-330203001').first()).toBeUndefined();
    });

    it('analysts and the public may not import at all (FORBIDDEN)', async () => {
      for (const who of [
        { sub: 'an-analyst', name: null, role: 'analyst', dept: null, region: null } as Identity,
        { sub: null, name: null, role: 'public', dept: null, region: null } as Identity,
      ]) {
        const res = await post(url, IMPORT, input({ stations: [NEW_STATION] }, { commit: true }), await asGateway(who, 'culture'));
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(res.errors?.[0]?.message).toBe('Only staff and admins may import culture records: sign in with a staff token.');
      }
      expect(await knex('culture_stations').where('id', 'culture-330203001').first()).toBeUndefined();
    });
  });

  it('audits every import: who, the file name and SHA-256, whether it was written, the counts, the request id', async () => {
    const who = staff('culture', '330203');
    const res = await run(input({ stations: [NEW_STATION] }, { commit: true, refusedInFile: 2 }), who);
    const entry = await knex('import_log').where('id', res.importId).first();
    expect(entry).toMatchObject({
      actor_sub: who.sub,
      actor_role: 'staff',
      actor_dept: 'culture',
      owner: 'culture',
      file_name: '文化站名录.xlsx',
      file_sha256: SHA,
      rows_read: 3,
      inserted: 1,
      updated: 0,
      unchanged: 0,
      refused: 2,
    });
    expect(Boolean(entry.committed)).toBe(false); // refused rows in the file, no skipInvalid: nothing written
    expect(entry.request_id).toMatch(/\S/);
    expect(res.counts).toEqual({ read: 3, inserted: 1, updated: 0, unchanged: 0, refused: 2 });
  });

  it("a sync's missing records: stored in its scope and the caller's reach, not sent; deleted only when asked and committed", async () => {
    const OTHER = { ...NEW_STATION, name: '江厦街道综合文化站', township: '330203002' };
    const MISSING = `mutation($input: ImportInput!) {
      importCultureRecords(input: $input) { committed counts { refused } missing { sheet id key } deleted }
    }`;
    const sync = async (vars: ReturnType<typeof input>, who?: Identity) =>
      (await query(url, MISSING, vars, who ? await asGateway(who, 'culture') : {})).importCultureRecords;
    try {
      await run({ input: { ...input({ stations: [NEW_STATION, OTHER] }).input, commit: true } });
      const onlyOne = (missing: object, options: object = {}) => input({ stations: [NEW_STATION] }, { commit: true, missing, ...options });
      // Dry or not deleting: reported, kept.
      expect(await sync(onlyOne({ scope: '330203', delete: false }))).toEqual({
        committed: true,
        counts: { refused: 0 },
        missing: [{ sheet: 'stations', id: 'culture-330203002', key: '330203002' }],
        deleted: 0,
      });
      expect((await sync({ input: { ...onlyOne({ scope: '330203', delete: true }).input, commit: false } })).deleted).toBe(0);
      // A narrower scope, or staff who may not write the other township, do not call it missing.
      expect((await sync(onlyOne({ scope: '330203001', delete: false }))).missing).toEqual([]);
      expect((await sync(onlyOne({ scope: '330203', delete: true }), staff('culture', '330203001'))).missing).toEqual([]);
      // A refused row may be the very record that looks missing: then nothing is.
      const refused = input({ stations: [NEW_STATION, { ...OTHER, township: '330203999' }] }, { commit: true, skipInvalid: true });
      expect(await sync({ input: { ...refused.input, missing: { scope: '330203', delete: true } } })).toMatchObject({
        counts: { refused: 1 },
        missing: [],
        deleted: 0,
      });
      expect(await knex('culture_stations').where('id', 'culture-330203002').first()).toBeDefined();
      // Committed and asked to: deleted.
      expect(await sync(onlyOne({ scope: '330203', delete: true }))).toMatchObject({ committed: true, deleted: 1 });
      expect(await knex('culture_stations').where('id', 'culture-330203002').first()).toBeUndefined();
      const bad = await post(url, MISSING, onlyOne({ scope: '33x', delete: false }));
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.missing.scope' });
    } finally {
      await knex('culture_stations').where('id', 'culture-330203002').delete();
    }
  });

  it('refuses a malformed request with BAD_USER_INPUT naming the argument', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ fileSha256: 'xyz' }, 'input.fileSha256'],
      [{ fileName: '' }, 'input.fileName'],
      [{ refusedInFile: -1 }, 'input.refusedInFile'],
      [{ sheets: [{ kind: 'murals', rows: [] }] }, 'input.sheets.kind'],
    ];
    for (const [patch, argument] of cases) {
      const vars = input({ stations: [NEW_STATION] });
      const res = await post(url, IMPORT, { input: { ...vars.input, ...patch } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});

/** The same engine behind the other departments' mutations: their keys, references and stored forms. */
describeBackends('importing Party and Practice records (%s)', (backend) => {
  const mutation = (name: string) => `mutation($input: ImportInput!) {
    ${name}(input: $input) { committed counts { read inserted updated unchanged refused } refusals { sheet row field reasonEn } outcomes { sheet row action changed } }
  }`;

  describe('party', () => {
    let url: string;
    let close: () => Promise<void>;
    beforeAll(async () => {
      const sg = await startTestSubgraph(party, backend);
      url = sg.url;
      close = sg.close;
    });
    afterAll(async () => close?.());

    it('a centre by its division, its functions as a list; an activity by centre, day and title; again: unchanged', async () => {
      const centre = {
        name: '南门街道党群服务中心',
        region: '330203001',
        level: 'TOWNSHIP',
        functions: ['PARTY_EDUCATION', 'VOLUNTEER_SERVICES'],
        serviceHallM2: 320,
        openingHours: '周一至周日 08:30-20:30',
      };
      const activity = { region: '330203001', heldOn: '2026-07-01', title: '主题党日', kind: 'THEME_PARTY_DAY', participants: 45 };
      const file = input({ centres: [centre], activities: [activity] }, { commit: true });
      const first = (await query(url, mutation('importPartyRecords'), file)).importPartyRecords;
      expect(first.refusals).toEqual([]);
      expect(first.counts).toEqual({ read: 2, inserted: 2, updated: 0, unchanged: 0, refused: 0 });
      const seen = await query(url, '{ partyServiceCentre(id: "party-330203001") { name functions activities { totalCount } } }');
      expect(seen.partyServiceCentre).toEqual({
        name: '南门街道党群服务中心',
        functions: ['PARTY_EDUCATION', 'VOLUNTEER_SERVICES'],
        activities: { totalCount: 1 },
      });
      const again = (await query(url, mutation('importPartyRecords'), file)).importPartyRecords;
      expect(again.counts).toEqual({ read: 2, inserted: 0, updated: 0, unchanged: 2, refused: 0 });
      const changed = (
        await query(url, mutation('importPartyRecords'), input({ centres: [{ ...centre, functions: ['CONSULTATION'] }] }, { commit: true }))
      ).importPartyRecords;
      expect(changed.outcomes).toEqual([{ sheet: 'centres', row: 2, action: 'update', changed: ['functions'] }]);
      const bad = (await query(url, mutation('importPartyRecords'), input({ centres: [{ ...centre, functions: ['KARAOKE'] }] })))
        .importPartyRecords;
      expect(bad.refusals).toEqual([
        {
          sheet: 'centres',
          row: 2,
          field: 'functions',
          reasonEn: expect.stringContaining('a list of distinct values of: PARTY_EDUCATION'),
        },
      ]);
    });
  });

  describe('practice', () => {
    let url: string;
    let close: () => Promise<void>;
    beforeAll(async () => {
      const sg = await startTestSubgraph(practice, backend);
      url = sg.url;
      close = sg.close;
    });
    afterAll(async () => close?.());

    it('a unit hangs under the unit of the division above, from the file or the database; with none there it is refused', async () => {
      const run = async (sheets: Record<string, Record<string, unknown>[]>, commit = true) =>
        (await query(url, mutation('importPracticeRecords'), input(sheets, { commit }))).importPracticeRecords;
      const orphan = await run({ units: [{ name: '澄浪社区新时代文明实践站', region: '330203001001', tier: 'STATION' }] });
      expect(orphan.committed).toBe(false);
      expect(orphan.refusals).toEqual([
        {
          sheet: 'units',
          row: 2,
          field: 'region',
          reasonEn:
            "the parent unit (of the division directly above; the county's centre for a development zone's villages) it refers to (330203001) is neither in the database nor accepted in this file",
        },
      ]);
      // A development zone (萧山经济技术开发区, kind OTHER) has no institute: its communities' stations hang under the county centre.
      const zone = await run({ units: [{ name: '桥南区块社区新时代文明实践站', region: '330109401404', tier: 'STATION' }] });
      expect(zone.refusals).toEqual([]);
      const inZone = await query(url, '{ practiceUnit(id: "practice-330109401404") { name parent { id tier } } }');
      expect(inZone.practiceUnit).toEqual({ name: '桥南区块社区新时代文明实践站', parent: { id: 'practice-330109', tier: 'CENTRE' } });
      // Ningbo is outside the small world: the file brings all three levels, the village's first.
      const file = {
        units: [
          { name: '澄浪社区新时代文明实践站', region: '330203001001', tier: 'STATION' },
          { name: '南门街道新时代文明实践所', region: '330203001', tier: 'INSTITUTE' },
          { name: '海曙区新时代文明实践中心', region: '330203', tier: 'CENTRE' },
        ],
        teams: [{ region: '330203001', name: '南门街道志愿服务分队', level: 'DIVISION', members: 120 }],
      };
      const first = await run(file);
      expect(first.refusals).toEqual([]);
      expect(first.counts).toEqual({ read: 4, inserted: 4, updated: 0, unchanged: 0, refused: 0 });
      const seen = await query(url, '{ practiceUnit(id: "practice-330203001001") { tier parent { id tier parent { id } } } }');
      expect(seen.practiceUnit).toEqual({
        tier: 'STATION',
        parent: { id: 'practice-330203001', tier: 'INSTITUTE', parent: { id: 'practice-330203' } },
      });
      expect((await run(file)).counts).toEqual({ read: 4, inserted: 0, updated: 0, unchanged: 4, refused: 0 });
      // Later, a second village's station alone: its institute is found in the database.
      const later = await run({ units: [{ name: '柳锦社区新时代文明实践站', region: '330203001002', tier: 'STATION' }] });
      expect(later.counts).toMatchObject({ inserted: 1, refused: 0 });
    });
  });
});

/** Civil Affairs: the county's 建设清单 onto known stations, new stations with what they need, staff by ID digest. */
describeBackends('importing Civil Affairs records (%s)', (backend) => {
  const IMPORT_SW = `mutation($input: ImportInput!) {
    importSocialWorkRecords(input: $input) { committed counts { read inserted updated unchanged refused } refusals { sheet row field reasonEn } outcomes { sheet row action changed } }
  }`;
  let url: string;
  let close: () => Promise<void>;
  let knex: Knex;
  const run = async (sheets: Record<string, Record<string, unknown>[]>, commit = true) =>
    (await query(url, IMPORT_SW, input(sheets, { commit }))).importSocialWorkRecords;

  beforeAll(async () => {
    const sg = await startTestSubgraph(socialWork, backend);
    url = sg.url;
    close = sg.close;
    knex = directDb(sg.dbs.urls['social-work']!);
  });
  afterAll(async () => {
    await knex?.destroy();
    await close?.();
  });

  it("the list's columns update a known station: address, person in charge, allotted money, progress; again: unchanged", async () => {
    const known = (await knex('social_work_stations').orderBy('id').first('id', 'name', 'region_code')) as {
      id: string;
      name: string;
      region_code: string;
    };
    const row = {
      name: known.name,
      township: known.region_code,
      address: '保俶路 12 号',
      leader: '张伟',
      leaderPhone: '13812345678',
      funding: 30_000_000,
      progress: { stage: 'IN_PROGRESS', percent: 60 },
    };
    const first = await run({ stations: [row] });
    expect(first.refusals).toEqual([]);
    expect(first.outcomes).toEqual([
      {
        sheet: 'stations',
        row: 2,
        action: 'update',
        changed: ['address', 'leaderName', 'leaderPhone', 'allottedFen', 'status', 'progressPercent'],
      },
    ]);
    const seen = await query(
      url,
      `{ socialWorkStation(id: "${known.id}") { status progressPercent address allottedFundingYuan leader { name phone } } }`,
    );
    expect(seen.socialWorkStation).toEqual({
      status: 'BUILDING',
      progressPercent: 60,
      address: '保俶路 12 号',
      allottedFundingYuan: 300_000,
      leader: { name: '张伟', phone: '13812345678' },
    });
    expect((await run({ stations: [row] })).counts).toEqual({ read: 1, inserted: 0, updated: 0, unchanged: 1, refused: 0 });

    // A culture officer of the same county, or Civil Affairs of another county, may not touch it.
    const county = known.region_code.slice(0, 6);
    const other = county === '330106' ? '330108' : '330106';
    for (const who of [staff('culture', county), staff('social-work', other)]) {
      const res = (
        await query(
          url,
          IMPORT_SW,
          input({ stations: [{ ...row, address: '别处' }] }, { commit: true }),
          await asGateway(who, 'social-work'),
        )
      ).importSocialWorkRecords;
      expect(res.committed).toBe(false);
      expect(res.refusals).toEqual([
        { sheet: 'stations', row: 2, field: null, reasonEn: expect.stringMatching(/^not allowed: you may import only your department's/) },
      ]);
    }
    expect((await knex('social_work_stations').where('id', known.id).first()).address).toBe('保俶路 12 号');
  });

  it('a new station needs its year, completion date, progress and operator; with them (and its operator in the file) it is inserted', async () => {
    const township = '330203001';
    const bare = { name: '南门街道社会工作站', township };
    const refused = await run({ stations: [bare] });
    expect(refused.refusals).toEqual([
      {
        sheet: 'stations',
        row: 2,
        field: 'progress',
        reasonEn: 'a new record (none is stored with this key) needs: Progress, Year built, Completed on, Operator USCC',
      },
    ]);
    const uscc = makeUscc('330203', 'MJ000001');
    const file = {
      operators: [{ name: '海曙区阳光社会工作服务中心', uscc, county: '330203' }],
      stations: [
        { ...bare, progress: { stage: 'COMPLETED', percent: 100 }, establishedYear: 2022, completedOn: '2022-06-30', operatorUscc: uscc },
      ],
      staff: [
        {
          township,
          name: '李娜',
          role: 'STATION_HEAD',
          certifiedLevel: 'SOCIAL_WORKER',
          phone: '0574-87654321',
          idCard: '33010619900101123X',
        },
      ],
      funding: [{ township, year: 2022, source: 'PROVINCIAL', amount: 15_000_000 }],
    };
    const first = await run(file);
    expect(first.refusals).toEqual([]);
    expect(first.counts).toEqual({ read: 4, inserted: 4, updated: 0, unchanged: 0, refused: 0 });
    const stored = await knex('sw_staff').where('station_id', 'sw-330203001').first('id_card_digest');
    expect(stored.id_card_digest).toMatch(/^sha256\$[0-9a-f]{16}\$[0-9a-f]{64}$/);
    expect(JSON.stringify(await knex('sw_staff').where('station_id', 'sw-330203001'))).not.toContain('33010619900101123X');
    const seen = await query(
      url,
      '{ socialWorkStation(id: "sw-330203001") { status operator { uscc } staffSummary { total certified } funding { totalYuan } } }',
    );
    expect(seen.socialWorkStation).toEqual({
      status: 'OPERATING',
      operator: { uscc },
      staffSummary: { total: 1, certified: 1 },
      funding: { totalYuan: 150_000 },
    });
    // Again: the identity number matches its stored digest, so nothing changes.
    expect((await run(file)).counts).toEqual({ read: 4, inserted: 0, updated: 0, unchanged: 4, refused: 0 });
    const corrected = await run({ staff: [{ ...file.staff[0], idCard: '11010519491231002X' }] });
    expect(corrected.outcomes).toEqual([{ sheet: 'staff', row: 2, action: 'update', changed: ['idCardDigest'] }]);
    const after = await knex('sw_staff').where('station_id', 'sw-330203001').first('id_card_digest');
    expect(after.id_card_digest).not.toBe(stored.id_card_digest);
  });
});

/** The shared layer: a township's building, its rooms, their equipment and sharing rules, by names only. */
describeBackends('importing facilities records (%s)', (backend) => {
  const IMPORT_F = `mutation($input: ImportInput!) {
    importFacilitiesRecords(input: $input) { committed counts { read inserted updated unchanged refused } refusals { sheet row field reasonEn } outcomes { sheet row action changed } }
  }`;
  let url: string;
  let close: () => Promise<void>;
  let knex: Knex;
  const run = async (sheets: Record<string, Record<string, unknown>[]>, who?: Identity) =>
    (await query(url, IMPORT_F, input(sheets, { commit: true }), who ? await asGateway(who, 'facilities') : {})).importFacilitiesRecords;

  beforeAll(async () => {
    const sg = await startTestSubgraph(facilities, backend);
    url = sg.url;
    close = sg.close;
    knex = directDb(sg.dbs.urls.facilities!);
  });
  afterAll(async () => {
    await knex?.destroy();
    await close?.();
  });

  const at = { township: '330203001', site: '澄浪社区党群服务中心', room: '多功能厅' };
  const file = {
    sites: [
      {
        name: at.site,
        township: at.township,
        village: '330203001001',
        address: '宁波市海曙区南门街道澄浪路 1 号',
        lng: 121.551,
        lat: 29.861,
      },
    ],
    rooms: [
      { township: at.township, site: at.site, name: at.room, kind: 'MULTI_FUNCTION_HALL', capacity: 80, areaM2: 120, shareable: true },
    ],
    equipment: [{ ...at, name: '投影仪', kind: 'PROJECTOR', quantity: 2 }],
    'sharing-rules': [
      {
        ...at,
        managingDept: 'party',
        shared: true,
        openingHours: {
          MON: [
            ['09:00', '12:00'],
            ['14:00', '17:30'],
          ],
          SAT: [['09:00', '12:00']],
        },
        minNoticeHours: 24,
        maxDurationHours: 4,
        whoMayBook: 'NAMED_DEPARTMENTS',
        allowedDepts: ['culture', 'social-work'],
        needsApproval: true,
      },
    ],
  };

  it('writes the site, its room, equipment and rule by their names; again: unchanged; new hours: one update, a new schedule', async () => {
    const first = await run(file);
    expect(first.refusals).toEqual([]);
    expect(first.counts).toEqual({ read: 4, inserted: 4, updated: 0, unchanged: 0, refused: 0 });
    const siteId = `site-330203001-${createHash('sha256').update(at.site).digest('hex').slice(0, 10)}`;
    const seen = await query(
      url,
      `{ site(id: "${siteId}") { name location { crs } region { code } spaces { name capacity equipment { name quantity } sharingRule { managingDepartment openingHours { weekday from to } } } } }`,
    );
    expect(seen.site).toEqual({
      name: at.site,
      location: { crs: 'GCJ02' },
      region: { code: '330203001001' },
      spaces: [
        {
          name: '多功能厅',
          capacity: 80,
          equipment: [{ name: '投影仪', quantity: 2 }],
          sharingRule: {
            managingDepartment: 'PARTY',
            openingHours: [
              { weekday: 'MON', from: '09:00', to: '12:00' },
              { weekday: 'MON', from: '14:00', to: '17:30' },
              { weekday: 'SAT', from: '09:00', to: '12:00' },
            ],
          },
        },
      ],
    });
    expect((await run(file)).counts).toEqual({ read: 4, inserted: 0, updated: 0, unchanged: 4, refused: 0 });
    const later = await run({ 'sharing-rules': [{ ...file['sharing-rules'][0], openingHours: { SUN: [['08:00', '11:00']] } }] });
    expect(later.outcomes).toEqual([{ sheet: 'sharing-rules', row: 2, action: 'update', changed: ['scheduleId'] }]);
    const hours = await query(url, `{ site(id: "${siteId}") { spaces { sharingRule { openingHours { weekday from to } } } } }`);
    expect(hours.site.spaces[0].sharingRule.openingHours).toEqual([{ weekday: 'SUN', from: '08:00', to: '11:00' }]);
  });

  it('placeVenues: by address within the township; only the venue’s department (in its region) or an admin; bad townships and repeats refused', async () => {
    const PLACE = `mutation($input: PlaceVenuesInput!) { placeVenues(input: $input) { committed placements { row venueId action } refusals { row field reasonEn } } }`;
    const place = async (venues: Record<string, unknown>[], who?: Identity) =>
      (
        await query(
          url,
          PLACE,
          { input: { venues, commit: true, fileName: 'x.xlsx', fileSha256: SHA } },
          who ? await asGateway(who, 'facilities') : {},
        )
      ).placeVenues;
    const venue = {
      row: 2,
      venueId: 'sw-330203002',
      venueType: 'SOCIAL_WORK_STATION',
      name: '江厦街道社会工作站',
      township: '330203002',
      address: '江厦街 88 号',
    };
    const refusedForCulture = await place([venue], staff('culture', '330203'));
    expect(refusedForCulture).toMatchObject({ committed: false, placements: [] });
    expect(refusedForCulture.refusals[0].reasonEn).toMatch(/^not allowed: only the venue's own department/);
    const bad = await place([
      { ...venue, township: '330203999' },
      { ...venue, row: 3, venueId: 'sw-x', address: '  ' },
    ]);
    expect(bad.refusals).toEqual([
      { row: 2, field: 'township', reasonEn: '330203999 is not a known township code' },
      { row: 3, field: 'address', reasonEn: 'the address must be 1 to 300 characters' },
    ]);
    const ok = await place(
      [venue, { ...venue, row: 3, venueId: 'culture-330203002', venueType: 'CULTURE_STATION', address: '浙江省宁波市海曙区江厦街88号' }],
      staff('social-work', '330203'),
    );
    expect(ok.refusals.map((r: { reasonEn: string }) => r.reasonEn)).toEqual([
      "not allowed: only the venue's own department (within its region) and admins may place it",
    ]);
    const both = await place([
      venue,
      { ...venue, row: 3, venueId: 'culture-330203002', venueType: 'CULTURE_STATION', address: '浙江省宁波市海曙区江厦街88号' },
    ]);
    expect(both).toEqual({
      committed: true,
      placements: [
        { row: 2, venueId: 'sw-330203002', action: 'new-site' },
        { row: 3, venueId: 'culture-330203002', action: 'existing-site' },
      ],
      refusals: [],
    });
    const again = await place([{ ...venue, address: '江厦街88號' }], staff('social-work', '330203'));
    expect(again.placements).toEqual([{ row: 2, venueId: 'sw-330203002', action: 'unchanged' }]);
    const twice = await place([venue, venue]);
    expect(twice.refusals).toEqual([{ row: 2, field: null, reasonEn: 'venue sw-330203002 is sent twice' }]);
    expect((await place([{ ...venue, township: '330203002001' }])).refusals[0].reasonEn).toBe('330203002001 is not a known township code');

    // What was written: the new site (address only), its two plaques, and the placement's log entry.
    const plaques = await knex('plaques').whereIn('venue_id', ['sw-330203002', 'culture-330203002']).orderBy('venue_id');
    expect(plaques.map((p) => [p.venue_id, p.venue_type])).toEqual([
      ['culture-330203002', 'CultureStation'],
      ['sw-330203002', 'SocialWorkStation'],
    ]);
    expect(new Set(plaques.map((p) => p.site_id)).size).toBe(1);
    const site = await knex('sites').where('id', plaques[0].site_id).first();
    expect(site).toMatchObject({
      name: '江厦街道社会工作站',
      address: '江厦街 88 号',
      region_code: '330203002',
      lng: null,
      lat: null,
      crs: 'GCJ02',
    });
    expect(site.id).toMatch(/^site-330203002-a[0-9a-f]{10}$/);
    const entry = await knex('import_log').where({ owner: 'facilities', file_name: 'x.xlsx', committed: true }).orderBy('id').first();
    expect(entry).toMatchObject({ rows_read: 2, inserted: 2, updated: 0, unchanged: 0, refused: 0 });
    expect(Boolean(entry.committed)).toBe(true);
    expect(Boolean(entry.skip_invalid)).toBe(false);

    // A new address for the same venue: its plaque moves to a site of its own.
    const moved = await place([{ ...venue, address: '江厦街 90 号' }]);
    expect(moved.placements).toEqual([{ row: 2, venueId: 'sw-330203002', action: 'moved' }]);
    const now = await knex('plaques').where('venue_id', 'sw-330203002').first();
    expect(now.site_id).not.toBe(plaques[0].site_id);
    expect((await knex('sites').where('id', now.site_id).first()).address).toBe('江厦街 90 号');
    const last = await knex('import_log').where({ owner: 'facilities' }).orderBy('id', 'desc').first();
    expect(last).toMatchObject({ rows_read: 1, inserted: 0, updated: 1, unchanged: 0, refused: 0 });
  });

  it("a room of a site nobody has is refused; a department's staff may not import the shared layer, its own staff may within their region", async () => {
    const orphan = await run({ rooms: [{ ...file.rooms[0], site: '不存在的场地' }] });
    expect(orphan.refusals).toEqual([
      {
        sheet: 'rooms',
        row: 2,
        field: 'site',
        reasonEn: 'the site it refers to (不存在的场地, 330203001) is neither in the database nor accepted in this file',
      },
    ]);
    const party = await run(file, staff('party', '330203'));
    expect(party.counts).toMatchObject({ refused: 4, inserted: 0 });
    const own = await run({ equipment: [{ ...at, name: '麦克风', kind: 'MICROPHONE', quantity: 4 }] }, staff('facilities', '330203001'));
    expect(own.counts).toMatchObject({ inserted: 1, refused: 0 });
  });
});
