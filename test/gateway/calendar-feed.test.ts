import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, PUBLIC_IDENTITY, verifyInternalIdentity } from '../../kit/identity.js';
import type { RunningServer } from '../../kit/server.js';
import { bearer, TEST_SECRETS } from '../helpers/auth.js';
import { type FakeAnswer, type FakeSubgraph, fakeSubgraph, gatewayInProcess, originOf } from '../helpers/gateway.js';
import { post } from '../helpers/graphql.js';

/**
 * GET /calendar/spaces/<id>.ics (gateway/features/calendar-feed.ts) over a fake facilities subgraph:
 * what it asks the graph, how each answer becomes a feed or a plain-text error. The same feed over the
 * real graph is test/e2e/calendar-feed.test.ts.
 */

const DAY_MS = 86_400_000;
const STACK_LINE = /^\s*at /m;

const booking = (id: string, status: string, startsAt: string, endsAt: string, requesterDepartment: string | null = 'PARTY') => ({
  id,
  startsAt,
  endsAt,
  purpose: `活动 ${id}`,
  attendees: 30,
  requesterDepartment,
  status,
});

const SPACE = {
  id: 'site-1-r2',
  name: '多功能厅',
  kind: 'MULTI_FUNCTION_HALL',
  site: { id: 'site-330106001', name: '西湖区文化中心', address: '杭州市西湖区文三路 1 号' },
  calendar: [
    booking('b1', 'APPROVED', '2026-12-16T01:00:00.000Z', '2026-12-16T03:00:00.000Z'),
    booking('b2', 'REQUESTED', '2026-12-17T01:00:00.000Z', '2026-12-17T03:00:00.000Z'),
    booking('b3', 'APPROVED', '2026-12-18T06:30:00.000Z', '2026-12-18T08:00:00.000Z', null),
  ],
};

function events(text: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('the calendar feed, over a fake facilities subgraph', () => {
  let gateway: RunningServer;
  let facilities: FakeSubgraph;
  let feed: (spaceId: string, headers?: Record<string, string>) => Promise<{ status: number; headers: Headers; text: string }>;
  const answerWith = (answer: FakeAnswer) => {
    facilities.answer = () => answer;
  };

  beforeEach(async () => {
    facilities = await fakeSubgraph(() => ({ body: { data: { space: SPACE } } }));
    gateway = await gatewayInProcess({ FACILITIES_URL: facilities.url, SAFELIST: 'true', SUBGRAPH_TIMEOUT_MS: '300' });
    feed = async (spaceId, headers = {}) => {
      const res = await fetch(`${originOf(gateway)}/calendar/spaces/${spaceId}.ics`, { headers });
      return { status: res.status, headers: res.headers, text: await res.text() };
    };
  });
  afterEach(async () => {
    await gateway?.close();
    await facilities?.close();
  });

  it('serves the approved bookings only, one VEVENT each, with the site as the location', async () => {
    answerWith({ body: { data: { space: SPACE } } });
    const res = await feed(SPACE.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const calendar = new ICAL.Component(ICAL.parse(res.text) as unknown[]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('西湖区文化中心 多功能厅');
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBe('西湖区文化中心 多功能厅: approved bookings 已批准的预约');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//venue-graph//space-calendar//EN');
    const got = events(res.text);
    expect(got.map((e) => e.uid)).toEqual(['b1@venue-graph', 'b3@venue-graph']);
    const [first, second] = got;
    expect(first!.summary).toBe('活动 b1');
    expect(first!.location).toBe('西湖区文化中心, 杭州市西湖区文三路 1 号');
    expect(first!.startDate.toJSDate().toISOString()).toBe('2026-12-16T01:00:00.000Z');
    expect(first!.endDate.toJSDate().toISOString()).toBe('2026-12-16T03:00:00.000Z');
    expect(first!.description).toBe('申请部门 Requesting department: 组织部门（党群服务中心）\n预计人数 Attendees: 30');
    expect(first!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(second!.description).toContain('申请部门 Requesting department: —');
  });

  it('asks the graph with the stored operation, as the public, for a month back and two months ahead', async () => {
    answerWith({ body: { data: { space: SPACE } } });
    const before = Date.now();
    await feed(SPACE.id, await bearer({ sub: 'u1', role: 'admin' }));
    const after = Date.now();
    const sent = facilities.received.at(-1)!;
    // The caller's token is never used: the feed is the same for everyone.
    const identity = await verifyInternalIdentity(String(sent.headers[IDENTITY_HEADER]), 'facilities', TEST_SECRETS.internal);
    expect({ ...identity, requestId: undefined }).toEqual({ ...PUBLIC_IDENTITY, requestId: undefined });
    const { id, from, to } = sent.body.variables as { id: string; from: string; to: string };
    expect(id).toBe(SPACE.id);
    const fromMs = Date.parse(from);
    expect(fromMs).toBeGreaterThanOrEqual(before - 31 * DAY_MS);
    expect(fromMs).toBeLessThanOrEqual(after - 31 * DAY_MS);
    expect(Date.parse(to) - fromMs).toBe(92 * DAY_MS);
  });

  it('an unknown space is 404 in plain text', async () => {
    answerWith({ body: { data: { space: null } } });
    const res = await feed('no-such-space');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.text).toBe('No space "no-such-space".\n');
  });

  it('an error of the graph is 502 with its code alone (the safelist lets the stored operation through)', async () => {
    expect((await post(gateway.url, '{ space(id: "x") { id } }')).errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_IN_SAFELIST');
    answerWith({ body: { data: { space: null }, errors: [{ message: 'No.', path: ['space'], extensions: { code: 'FORBIDDEN' } }] } });
    const refused = await feed(SPACE.id);
    expect([refused.status, refused.text]).toEqual([502, 'FORBIDDEN\n']);
    // An uncoded error of the subgraph is masked at the gateway: the code is all the feed says.
    answerWith({ body: { data: { space: null }, errors: [{ message: 'SQLITE_ERROR: no such table: spaces', path: ['space'] }] } });
    const internal = await feed(SPACE.id);
    expect([internal.status, internal.text]).toEqual([502, 'INTERNAL_SERVER_ERROR\n']);
    answerWith({ status: 503, body: { errors: [{ message: 'down' }] } });
    const down = await feed(SPACE.id);
    expect([down.status, down.text]).toEqual([502, 'SUBGRAPH_UNAVAILABLE\n']);
    expect(down.text).not.toMatch(STACK_LINE);
  });

  it('an answer the feed cannot turn into a calendar is 500 INTERNAL_SERVER_ERROR in plain text, nothing of the cause', async () => {
    const broken = { ...SPACE, calendar: [booking('b9', 'APPROVED', 'not a time', 'nor this')] };
    answerWith({ body: { data: { space: broken } } });
    const res = await feed(SPACE.id);
    expect([res.status, res.text]).toEqual([500, 'INTERNAL_SERVER_ERROR\n']);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('a malformed id is 400 before the graph is asked, also when its percent-encoding is broken', async () => {
    const before = facilities.received.length;
    for (const id of ['a%20b', '%E0%A4%A', 'x'.repeat(101), 'semi%3Bcolon']) {
      const res = await feed(id);
      expect(res.status, id).toBe(400);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(res.text).toBe('Invalid space id: expected 1 to 100 letters, digits, "_", ".", ":" or "-".\n');
    }
    expect((await feed('x'.repeat(100))).status).not.toBe(400);
    expect(facilities.received.length).toBe(before + 1);
  });
});
