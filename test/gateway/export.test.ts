import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, PUBLIC_IDENTITY, verifyInternalIdentity } from '../../kit/identity.js';
import type { RunningServer } from '../../kit/server.js';
import { bearer, TEST_SECRETS } from '../helpers/auth.js';
import { type FakeSubgraph, fakeSubgraph, gatewayInProcess, originOf, type ReceivedRequest } from '../helpers/gateway.js';

/**
 * GET /export/<operation>.csv|.xlsx (gateway/features/export.ts) over fake facilities and social-work
 * subgraphs, with q4 (schema/operations/q4-province-social-work.graphql): the files, the variables
 * from the query string, the caller's token passed on, and each refusal in plain text. The same
 * export over the real graph is test/e2e/export.test.ts.
 */

const STACK_LINE = /^\s*at /m;

const REGIONS = {
  '33': { code: '33', name: '浙江省', townshipCount: 1364 },
  '3301': { code: '3301', name: '杭州市', townshipCount: 191 },
  // A name that needs quoting in CSV: a comma and a double quote.
  '3302': { code: '3302', name: '宁波市, "甬"', townshipCount: 156 },
};
const FIGURES: Record<string, unknown> = {
  '33': {
    stations: 466,
    stationsEstablishedInYear: 76,
    staff: 1393,
    certifiedStaff: 700,
    stationsBelowStaffTarget: 12,
    fundingYuan: 185000000,
  },
  '3301': {
    stations: 60,
    stationsEstablishedInYear: 9,
    staff: 180,
    certifiedStaff: 90,
    stationsBelowStaffTarget: 2,
    fundingYuan: 24000000.5,
  },
  '3302': null,
};

/** Facilities answers the regions; the social-work subgraph the figures of each region representation. */
function facilitiesAnswer(request: ReceivedRequest) {
  const q = request.body.query ?? '';
  const data: Record<string, unknown> = {};
  const region = (r: (typeof REGIONS)['33']) => ({ __typename: 'Region', ...r });
  if (/\bprovince:\s*region\b/.test(q)) data.province = region(REGIONS['33']);
  if (/\bcities:\s*regions\b/.test(q)) {
    data.cities = { totalCount: 2, edges: [{ node: region(REGIONS['3301']) }, { node: region(REGIONS['3302']) }] };
  }
  return { body: { data } };
}
function socialWorkAnswer(request: ReceivedRequest) {
  const reps = (request.body.variables?.representations ?? []) as { __typename: string; code: string }[];
  return { body: { data: { _entities: reps.map((r) => ({ __typename: 'Region', socialWorkFigures: FIGURES[r.code] ?? null })) } } };
}

describe('the export route, over fake subgraphs', () => {
  let gateway: RunningServer;
  let facilities: FakeSubgraph;
  let socialWork: FakeSubgraph;
  let analyst: Record<string, string>;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${originOf(gateway)}${path}`, { headers });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  };

  beforeEach(async () => {
    facilities = await fakeSubgraph(facilitiesAnswer);
    socialWork = await fakeSubgraph(socialWorkAnswer);
    gateway = await gatewayInProcess({ FACILITIES_URL: facilities.url, SOCIAL_WORK_URL: socialWork.url, SAFELIST: 'true' });
    analyst = await bearer({ sub: 'analyst-1', role: 'analyst' });
  });
  afterEach(async () => {
    await gateway?.close();
    await facilities?.close();
    await socialWork?.close();
  });

  it('CSV: the first list table, UTF-8 with BOM, a bilingual header row, RFC 4180 quoting, numbers as written', async () => {
    const res = await get('/export/q4-province-social-work.csv?province=33&year=2021', analyst);
    expect(res.status, res.body.toString()).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="q4-province-social-work-cities.csv"; filename*=UTF-8''q4-province-social-work-cities.csv`,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.body.toString('utf8');
    expect(text).toContain('\r\n');
    expect(text).toContain('"宁波市, ""甬"""');
    const rows = parseCsv(text, { bom: true }) as string[][];
    expect(rows[0]!.slice(0, 4)).toEqual([
      '区划代码 Division code',
      '名称 Official name',
      '乡镇（街道）数 Real townships in this region and below',
      '社工站统计 · 社工站数 Social work figures · Stations',
    ]);
    expect(rows.slice(1)).toEqual([
      ['3301', '杭州市', '191', '60', '9', '180', '90', '2', '24000000.5'],
      ['3302', '宁波市, "甬"', '156', '', '', '', '', '', ''],
    ]);
  });

  it('CSV: ?table= picks a table, ?headers=key gives the column keys', async () => {
    const res = await get('/export/q4-province-social-work.csv?province=33&year=2021&table=province&headers=key', analyst);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('q4-province-social-work-province.csv');
    const rows = parseCsv(res.body.toString('utf8'), { bom: true }) as string[][];
    expect(rows).toEqual([
      [
        'code',
        'name',
        'townshipCount',
        ...['stations', 'stationsEstablishedInYear', 'staff', 'certifiedStaff', 'stationsBelowStaffTarget', 'fundingYuan'].map(
          (k) => `socialWorkFigures.${k}`,
        ),
      ],
      ['33', '浙江省', '1364', '466', '76', '1393', '700', '12', '185000000'],
    ]);
  });

  it('XLSX: a sheet per table, Chinese then English headers frozen, numbers as numbers, codes as text', async () => {
    const res = await get('/export/q4-province-social-work.xlsx?province=33&year=2021', analyst);
    expect(res.status, res.body.toString()).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''q4-province-social-work.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['province', 'cities']);
    const province = book.getWorksheet('province')!;
    expect(province.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(province.getRow(1).getCell(4).value).toBe('社工站统计 · 社工站数');
    expect(province.getRow(2).getCell(4).value).toBe('Social work figures · Stations');
    const row = province.getRow(3);
    expect(row.getCell(1).value).toBe('33');
    expect(row.getCell(1).numFmt).toBe('@');
    expect(row.getCell(4).value).toBe(466);
    expect(row.getCell(9).value).toBe(185000000);
    const cities = book.getWorksheet('cities')!;
    expect(cities.rowCount).toBe(4);
    expect(cities.getRow(3).getCell(9).value).toBe(24000000.5);
    expect(cities.getRow(4).getCell(2).value).toBe('宁波市, "甬"');
    expect(cities.getRow(4).getCell(4).value).toBeNull();
  });

  it('XLSX with ?table=: that table alone, the file named after it; ?table twice is 400', async () => {
    const res = await get('/export/q4-province-social-work.xlsx?province=33&year=2021&table=cities', analyst);
    expect(res.status, res.body.toString()).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="q4-province-social-work-cities.xlsx"; filename*=UTF-8''q4-province-social-work-cities.xlsx`,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['cities']);
    const twice = await get('/export/q4-province-social-work.xlsx?province=33&year=2021&table=cities&table=province', analyst);
    expect([twice.status, twice.body.toString()]).toEqual([400, 'Parameter "table" given more than once.\n']);
  });

  it('runs as the caller: the subgraphs receive the identity of the caller’s token, and no token is the public', async () => {
    await get('/export/q4-province-social-work.csv?province=33&year=2021', analyst);
    for (const [fake, name] of [
      [facilities, 'facilities'],
      [socialWork, 'social-work'],
    ] as const) {
      const sent = fake.received.at(-1)!;
      const identity = await verifyInternalIdentity(String(sent.headers[IDENTITY_HEADER]), name, TEST_SECRETS.internal);
      expect(identity).toMatchObject({ sub: 'analyst-1', role: 'analyst' });
    }
    expect(facilities.received.at(-1)!.body.variables).toMatchObject({ province: '33' });
    await get('/export/q4-province-social-work.csv?province=33&year=2021');
    const sent = facilities.received.at(-1)!;
    const identity = await verifyInternalIdentity(String(sent.headers[IDENTITY_HEADER]), 'facilities', TEST_SECRETS.internal);
    expect({ ...identity, requestId: undefined }).toEqual({ ...PUBLIC_IDENTITY, requestId: undefined });
  });

  it('a bad token is 401 in plain text, before the graph is asked', async () => {
    const before = facilities.received.length;
    const expired = await bearer({ sub: 'analyst-1', role: 'analyst' }, '-1m');
    for (const headers of [
      { authorization: 'Bearer nonsense' },
      expired,
      await bearer({ sub: 'x', role: 'analyst' }, '10m', 'another-secret-another-secret-12'),
    ]) {
      const res = await get('/export/q4-province-social-work.csv?province=33&year=2021', headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(res.body.toString()).toMatch(/^Invalid bearer token: .*\.\n$/);
    }
    expect(facilities.received.length).toBe(before);
  });

  it('an unknown operation, format or table is 404; a mutation is not exported', async () => {
    for (const path of [
      '/export/no-such-operation.csv',
      '/export/q4-province-social-work.json',
      '/export/q3-3-approve.csv?id=x',
      '/export/manifest.csv',
    ]) {
      const res = await get(path, analyst);
      expect(res.status, path).toBe(404);
      expect(res.body.toString()).toMatch(
        /^No export ".*": ask for \/export\/<operation>\.csv or \.xlsx, one of .*q4-province-social-work/,
      );
    }
    const table = await get('/export/q4-province-social-work.csv?province=33&year=2021&table=towns', analyst);
    expect([table.status, table.body.toString()]).toEqual([
      404,
      'No table "towns" in q4-province-social-work: its tables are province, cities.\n',
    ]);
  });

  it('bad variables are 400 before the graph is asked: types, required, unknown, repeated, enums, lists', async () => {
    const before = facilities.received.length;
    const cases: [string, string][] = [
      ['/export/q4-province-social-work.csv?province=33&year=twenty', 'Variable "year": expected an Int.\n'],
      ['/export/q4-province-social-work.csv?province=33&year=99999999999', 'Variable "year": expected an Int.\n'],
      ['/export/q4-province-social-work.csv?province=33', 'Variable "year" (Int!) is required.\n'],
      [
        '/export/q4-province-social-work.csv?province=33&year=2021&years=1',
        'Unknown parameter "years": the operation\'s variables are province, year.\n',
      ],
      ['/export/q4-province-social-work.csv?province=33&province=34&year=2021', 'Parameter "province" given more than once.\n'],
      [
        '/export/q4-province-social-work.csv?province=33&year=2021&headers=fr',
        'Parameter "headers": expected one of bilingual, zh, en, key.\n',
      ],
      ['/export/q3-5-calendar.csv?space=s&from=a&to=b&day=c', 'Variable "from" is a DateTime!: it cannot be given in a URL.\n'],
    ];
    for (const [path, text] of cases) {
      const res = await get(path, analyst);
      expect([res.status, res.body.toString()], path).toEqual([400, text]);
    }
    expect(facilities.received.length).toBe(before);
  });

  it('an error of the graph is 502 with its code alone; BAD_USER_INPUT is 400', async () => {
    const path = '/export/q4-province-social-work.csv?province=33&year=2021';
    try {
      facilities.answer = () => ({
        body: { data: null, errors: [{ message: 'Analysts only.', path: ['province'], extensions: { code: 'FORBIDDEN' } }] },
      });
      const forbidden = await get(path, analyst);
      expect([forbidden.status, forbidden.body.toString()]).toEqual([502, 'FORBIDDEN\n']);
      facilities.answer = () => ({ body: { data: null, errors: [{ message: 'SQLITE_ERROR: no such table', path: ['province'] }] } });
      const internal = await get(path, analyst);
      expect([internal.status, internal.body.toString()]).toEqual([502, 'INTERNAL_SERVER_ERROR\n']);
      expect(internal.body.toString()).not.toMatch(STACK_LINE);
      facilities.answer = () => ({ status: 503, body: { errors: [{ message: 'down' }] } });
      const down = await get(path, analyst);
      expect([down.status, down.body.toString()]).toEqual([502, 'SUBGRAPH_UNAVAILABLE\n']);
      facilities.answer = () => ({
        body: { data: null, errors: [{ message: 'Invalid argument "code"', path: ['province'], extensions: { code: 'BAD_USER_INPUT' } }] },
      });
      const bad = await get(path, analyst);
      expect([bad.status, bad.body.toString()]).toEqual([400, 'BAD_USER_INPUT\n']);
    } finally {
      facilities.answer = facilitiesAnswer;
    }
  });

  it('a broken percent-encoding is 400 in plain text', async () => {
    const res = await get('/export/%E0%A4%A.csv');
    expect([res.status, res.body.toString()]).toEqual([400, 'Malformed export path.\n']);
  });
});
