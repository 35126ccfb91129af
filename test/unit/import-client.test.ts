import { afterEach, describe, expect, it } from 'vitest';
import {
  importRequest,
  mergePlacementRefusals,
  mergeServerRefusals,
  type PlacementResult,
  type ServerResult,
  sendImport,
  sendPlacements,
  venuesToPlace,
} from '../../kit/imports/client.js';
import { checkWorkbook } from '../../kit/sheets/check.js';
import { askGateway, GatewayError } from '../../kit/sheets/gateway-client.js';
import { readWorkbook } from '../../kit/sheets/read.js';
import { regionResolver, resolveRegions } from '../../kit/sheets/regions.js';
import { loadRegions } from '../../seed/regions.js';
import { SOCIAL_WORK_IMPORT } from '../../subgraphs/social-work/import-spec.js';
import { type FakeSubgraph, fakeSubgraph, refusedPort } from '../helpers/gateway.js';

/**
 * The command line's half of an import, in process: the request a checked file makes, the gateway
 * asked over real HTTP (a stand-in on 127.0.0.1 that records what it got and answers what each test
 * says), and the server's refusals put back on the rows they are about.
 */

const fakes: FakeSubgraph[] = [];
afterEach(async () => {
  for (const f of fakes.splice(0)) await f.close();
});

/** A gateway stand-in (the tests' fake subgraph, which records what it got) answering `status` and `body`. */
async function fakeGateway(status: number, body: unknown, raw?: string): Promise<FakeSubgraph> {
  const fake = await fakeSubgraph(() => ({ status, body, raw }));
  fakes.push(fake);
  return fake;
}

const STATIONS =
  '站点名称,所在乡镇(街道),具体地址,配备资金,负责人\n' +
  '北山街道社会工作站,北山街道,保俶路1号,30,王芳\n' +
  '翠苑街道社会工作站,翠苑街道,文三路2号,三十万,李强\n' +
  '西溪街道社会工作站,西溪街道,,20,张伟\n' +
  '古荡街道社会工作站,古荡街道,古墩路3号,25,赵敏\n';
const STAFF = '所在乡镇(街道),姓名,岗位,身份证号码\n北山街道,陈静,站长,11010519491231002X\n';

/** A social-work list as the command line has it once checked and its divisions resolved (西湖区). */
async function checkedList(text = STATIONS, name = 'list.csv') {
  const book = await readWorkbook({ name, bytes: Buffer.from(text) });
  const check = checkWorkbook(book, SOCIAL_WORK_IMPORT);
  resolveRegions(check, regionResolver(loadRegions()), { within: '330106' });
  return { book, check };
}

const serverResult = (over: Partial<ServerResult> = {}): ServerResult => ({
  committed: false,
  importId: 7,
  counts: { read: 3, inserted: 3, updated: 0, unchanged: 0, refused: 0 },
  refusals: [],
  outcomes: [],
  missing: [],
  deleted: 0,
  ...over,
});

describe('askGateway', () => {
  it('POSTs the operation as JSON with the bearer token and operation name, and gives the data', async () => {
    const gw = await fakeGateway(200, { data: { ok: 1 } });
    expect(await askGateway(gw.url, 'query Q { ok }', { a: 1 }, 'tok-1', 'Q')).toEqual({ ok: 1 });
    expect(gw.received[0]!.headers.authorization).toBe('Bearer tok-1');
    expect(gw.received[0]!.headers['content-type']).toBe('application/json');
    expect(gw.received[0]!.body).toEqual({ query: 'query Q { ok }', variables: { a: 1 }, operationName: 'Q' });
  });

  it('sends no authorization header and no operation name when none is given', async () => {
    const gw = await fakeGateway(200, { data: { ok: 1 } });
    await askGateway(gw.url, '{ ok }', {});
    expect(gw.received[0]!.headers.authorization).toBeUndefined();
    expect(gw.received[0]!.body).toEqual({ query: '{ ok }', variables: {} });
  });

  it('turns the errors of an answer into one message with their codes (INTERNAL_SERVER_ERROR when none)', async () => {
    const gw = await fakeGateway(400, {
      errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }, { message: 'odd' }],
      data: { ok: 1 },
    });
    const err = await askGateway(gw.url, '{ ok }', {}).catch((e) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err.name).toBe('GatewayError');
    expect(err.codes).toEqual(['FORBIDDEN', 'INTERNAL_SERVER_ERROR']);
    expect(err.message).toBe('The gateway answered with errors (HTTP 400):\n  FORBIDDEN: Not allowed\n  INTERNAL_SERVER_ERROR: odd');
  });

  it('an answer that is not GraphQL, or has no data, is a GatewayError naming the status', async () => {
    const html = await fakeGateway(502, null, '<html>Bad Gateway</html>');
    await expect(askGateway(html.url, '{ ok }', {})).rejects.toThrow(`The gateway at ${html.url} answered HTTP 502 with no GraphQL answer`);
    const empty = await fakeGateway(200, { data: null });
    const err = await askGateway(empty.url, '{ ok }', {}).catch((e) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err.message).toBe('The gateway answered HTTP 200 without data');
    expect(err.codes).toEqual([]);
  });

  it('a gateway that does not listen is a GatewayError saying it could not be reached', async () => {
    const url = `http://127.0.0.1:${await refusedPort()}/graphql`;
    await expect(askGateway(url, '{ ok }', {})).rejects.toThrow(new RegExp(`^Could not reach the gateway at ${url}: `));
  });
});

describe('importRequest and sendImport', () => {
  it('sends the rows that passed, by sheet, with the file’s name, digest and own refusals', async () => {
    const { book, check } = await checkedList();
    const request = importRequest(check, book, `${'长'.repeat(300)}.csv`, { commit: true, skipInvalid: false });
    expect(request.sheets).toHaveLength(1);
    expect(request.sheets[0]!.kind).toBe('stations');
    expect(request.sheets[0]!.rows.map((r) => r.row)).toEqual([2, 4, 5]);
    expect(request.sheets[0]!.rows[0]!.record).toMatchObject({ name: '北山街道社会工作站', township: '330106002', funding: 3000 });
    expect(request).toMatchObject({ commit: true, skipInvalid: false, fileSha256: book.sha256, refusedInFile: 1 });
    expect(request.fileName).toHaveLength(255);
    const dry = importRequest(check, book, 'list.csv', { commit: false, skipInvalid: true });
    expect(dry).toMatchObject({ commit: false, skipInvalid: true, fileName: 'list.csv' });
  });

  it('asks the owner’s import mutation with the request as its input, and gives its answer', async () => {
    const { book, check } = await checkedList();
    const answer = serverResult({ committed: true });
    const gw = await fakeGateway(200, { data: { importSocialWorkRecords: answer } });
    const request = importRequest(check, book, 'list.csv', { commit: true, skipInvalid: false });
    expect(await sendImport(gw.url, 'tok', 'social-work', request)).toEqual(answer);
    const sent = gw.received[0]!;
    expect(sent.headers.authorization).toBe('Bearer tok');
    expect(sent.body.query).toMatch(/^mutation Import\(\$input: ImportInput!\) \{\n {2}importSocialWorkRecords\(input: \$input\) \{/);
    for (const field of [
      'committed',
      'importId',
      'counts { read inserted updated unchanged refused }',
      'refusals { sheet row field reason reasonEn }',
    ])
      expect(sent.body.query).toContain(field);
    expect(sent.body.query).toContain('outcomes { sheet row id action changed }');
    expect(sent.body.query).toContain('missing { sheet id key }');
    expect(sent.body.variables).toEqual({ input: JSON.parse(JSON.stringify(request)) });
  });
});

describe('mergeServerRefusals', () => {
  it('puts each refusal on its row under the header the file wrote, with the value; a refused row loses its record', async () => {
    const { check } = await checkedList();
    mergeServerRefusals(
      check,
      serverResult({
        refusals: [
          { sheet: 'stations', row: 2, field: 'funding', reason: '超出上限', reasonEn: 'over the limit' },
          { sheet: 'stations', row: 4, field: null, reason: '无权导入', reasonEn: 'not yours to import' },
          { sheet: 'stations', row: 99, field: 'name', reason: 'x', reasonEn: 'x' },
          { sheet: 'staff', row: 2, field: 'name', reason: 'x', reasonEn: 'x' },
        ],
      }),
    );
    const rows = check.sheets[0]!.rows;
    const [beishan, cuiyuan, xixi, gudang] = rows;
    expect(beishan!.refusals).toEqual([
      { sheet: 'list', row: 2, header: '配备资金', value: '3000', reason: { zh: '超出上限', en: 'over the limit' } },
    ]);
    expect(beishan!.record).toBeNull();
    expect(xixi!.refusals).toEqual([
      { sheet: 'list', row: 4, header: '', value: '', reason: { zh: '无权导入', en: 'not yours to import' } },
    ]);
    expect(xixi!.record).toBeNull();
    expect(cuiyuan!.record).toBeNull(); // refused in the file already
    expect(cuiyuan!.refusals).toHaveLength(1);
    expect(gudang!.refusals).toEqual([]);
    expect(gudang!.record).not.toBeNull();
  });

  it('never shows an identity-card number, and shows a structured value as JSON', async () => {
    const { check } = await checkedList(STAFF, 'staff.csv');
    const [row] = check.sheets[0]!.rows;
    expect(row!.record).not.toBeNull();
    mergeServerRefusals(
      check,
      serverResult({
        refusals: [
          { sheet: 'staff', row: 2, field: 'idCard', reason: '已登记', reasonEn: 'already registered' },
          { sheet: 'staff', row: 2, field: 'township', reason: '不在辖区', reasonEn: 'outside the area' },
        ],
      }),
    );
    expect(row!.refusals.map((r) => [r.header, r.value])).toEqual([
      ['身份证号码', '（已隐藏 hidden）'],
      ['所在乡镇(街道)', '330106002'],
    ]);
    const progress = await checkedList('站点名称,所在乡镇(街道),工作进度\n北山街道社会工作站,北山街道,已完成\n', 'p.csv');
    mergeServerRefusals(
      progress.check,
      serverResult({ refusals: [{ sheet: 'stations', row: 2, field: 'progress', reason: 'x', reasonEn: 'y' }] }),
    );
    expect(progress.check.sheets[0]!.rows[0]!.refusals[0]!.value).toBe(JSON.stringify({ stage: 'COMPLETED', percent: 100 }));
  });
});

describe('placing venues', () => {
  it('venuesToPlace: the accepted rows with an address and a resolved township, with the id the subgraph gave', async () => {
    const { check } = await checkedList();
    const result = serverResult({
      outcomes: [
        { sheet: 'stations', row: 2, id: 'sw-new-1', action: 'insert', changed: [] },
        { sheet: 'stations', row: 4, id: 'sw-new-2', action: 'insert', changed: [] },
        { sheet: 'stations', row: 5, id: 'sw-9', action: 'update', changed: ['address'] },
      ],
    });
    // Row 3 was refused in the file; row 4 has no address; row 5 is placed.
    expect(venuesToPlace(check, result, 'SOCIAL_WORK_STATION')).toEqual([
      {
        sheetName: 'list',
        row: 2,
        venueId: 'sw-new-1',
        venueType: 'SOCIAL_WORK_STATION',
        name: '北山街道社会工作站',
        township: '330106002',
        address: '保俶路1号',
      },
      {
        sheetName: 'list',
        row: 5,
        venueId: 'sw-9',
        venueType: 'SOCIAL_WORK_STATION',
        name: '古荡街道社会工作站',
        township: '330106007',
        address: '古墩路3号',
      },
    ]);
    // No outcome for a row (the server refused it), nothing to place for it.
    expect(venuesToPlace(check, serverResult({ outcomes: [] }), 'SOCIAL_WORK_STATION')).toEqual([]);
    // A sheet without an address column places nothing.
    const staff = await checkedList(STAFF, 'staff.csv');
    expect(
      venuesToPlace(staff.check, serverResult({ outcomes: [{ sheet: 'staff', row: 2, id: 's', action: 'insert', changed: [] }] }), 'X'),
    ).toEqual([]);
  });

  it('a township that is not a resolved nine-digit code places nothing', async () => {
    const { check } = await checkedList();
    check.sheets[0]!.rows[0]!.record!.township = '330106';
    const result = serverResult({ outcomes: [{ sheet: 'stations', row: 2, id: 'a', action: 'insert', changed: [] }] });
    expect(venuesToPlace(check, result, 'SOCIAL_WORK_STATION')).toEqual([]);
  });

  it('sendPlacements asks facilities’ placeVenues with the venues (without their sheet names) and the import’s file', async () => {
    const { check } = await checkedList();
    const venues = venuesToPlace(
      check,
      serverResult({ outcomes: [{ sheet: 'stations', row: 2, id: 'sw-1', action: 'insert', changed: [] }] }),
      'SOCIAL_WORK_STATION',
    );
    const answer: PlacementResult = {
      committed: true,
      importId: 8,
      placements: [{ row: 2, venueId: 'sw-1', siteId: 'site-1', action: 'new-site' }],
      refusals: [],
    };
    const gw = await fakeGateway(200, { data: { placeVenues: answer } });
    expect(await sendPlacements(gw.url, 'tok', venues, { commit: true, fileName: 'list.csv', fileSha256: 'abc' })).toEqual(answer);
    const sent = gw.received[0]!.body;
    expect(sent.query).toMatch(/^mutation Place\(\$input: PlaceVenuesInput!\) \{\n {2}placeVenues\(input: \$input\)/);
    expect(sent.query).toContain('placements { row venueId siteId action }');
    expect(sent.variables).toEqual({
      input: {
        commit: true,
        fileName: 'list.csv',
        fileSha256: 'abc',
        venues: [
          {
            row: 2,
            venueId: 'sw-1',
            venueType: 'SOCIAL_WORK_STATION',
            name: '北山街道社会工作站',
            township: '330106002',
            address: '保俶路1号',
          },
        ],
      },
    });
  });

  it('mergePlacementRefusals: a refusal goes on its venue’s row, under the address header when it is about the address', async () => {
    const { check } = await checkedList();
    const venues = venuesToPlace(
      check,
      serverResult({
        outcomes: [
          { sheet: 'stations', row: 2, id: 'a', action: 'insert', changed: [] },
          { sheet: 'stations', row: 5, id: 'b', action: 'insert', changed: [] },
        ],
      }),
      'SOCIAL_WORK_STATION',
    );
    mergePlacementRefusals(check, venues, {
      committed: false,
      importId: 0,
      placements: [],
      refusals: [
        { sheet: 'stations', row: 2, field: 'address', reason: '地址不在该乡镇', reasonEn: 'not in that township' },
        { sheet: 'stations', row: 5, field: null, reason: '场地已满', reasonEn: 'site full' },
        { sheet: 'stations', row: 3, field: null, reason: 'x', reasonEn: 'x' },
      ],
    });
    const rows = check.sheets[0]!.rows;
    expect(rows[0]!.refusals).toEqual([
      {
        sheet: 'list',
        row: 2,
        header: '具体地址',
        value: '',
        reason: { zh: '挂牌场地：地址不在该乡镇', en: 'placing at a site: not in that township' },
      },
    ]);
    expect(rows[3]!.refusals).toEqual([
      { sheet: 'list', row: 5, header: '', value: '', reason: { zh: '挂牌场地：场地已满', en: 'placing at a site: site full' } },
    ]);
    expect(rows[1]!.refusals).toHaveLength(1); // its own, from the file; not a venue to place
  });
});
