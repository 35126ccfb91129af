import fs from 'node:fs';
import { buildSchema, isScalarType, specifiedScalarTypes } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GRAPH_SCALARS } from '../../kit/scalars.js';
import type { RunningServer } from '../../kit/server.js';
import { type FakeSubgraph, fakeSubgraph, gatewayInProcess } from '../helpers/gateway.js';
import { post } from '../helpers/graphql.js';

/**
 * Bad values of the graph's own scalars (gateway/features/scalar-input.ts) are a 400 BAD_USER_INPUT
 * naming the argument and the format, written in the document or sent as variables, at any depth of
 * an input object or list; good ones reach the subgraph as they were sent.
 */

let facilities: FakeSubgraph;
let social: FakeSubgraph;
let gateway: RunningServer;
beforeAll(async () => {
  const empty = () => ({ body: { data: null, errors: [{ message: 'the fake answers nothing', extensions: { code: 'NOT_FOUND' } }] } });
  [facilities, social] = await Promise.all([fakeSubgraph(empty), fakeSubgraph(empty)]);
  gateway = await gatewayInProcess({ FACILITIES_URL: facilities.url, SOCIAL_WORK_URL: social.url });
});
afterAll(async () => {
  await gateway?.close();
  await Promise.all([facilities?.close(), social?.close()]);
});
beforeEach(() => {
  facilities.received.length = 0;
  social.received.length = 0;
});

const FIND = `query($from: DateTime!, $to: DateTime!) { findSpaces(regionPrefix: "3301", from: $from, to: $to, minCapacity: 1) { totalCount } }`;
const REQUEST = `mutation($i: BookingRequest!) { requestBooking(input: $i) { id } }`;
const booking = (over: Record<string, unknown>) => ({
  i: {
    spaceId: 's',
    startsAt: '2026-12-16T09:00:00+08:00',
    endsAt: '2026-12-16T10:00:00+08:00',
    purpose: 'x',
    attendees: 1,
    contact: 'x',
    idempotencyKey: 'k',
    ...over,
  },
});

async function refused(query: string, variables?: Record<string, unknown>) {
  const res = await post(gateway.url, query, variables);
  expect(res.status).toBe(400);
  expect(res.errors).toHaveLength(1);
  expect(facilities.received.length + social.received.length).toBe(0); // refused before planning
  return res.errors![0]!;
}

describe('a bad scalar value is BAD_USER_INPUT naming the argument and the format', () => {
  it.each([
    ['2026-12-16T00:00:00', 'datetime-local without an offset'],
    ['yesterday', 'a word'],
    ['2027-02-30T09:00:00Z', 'an impossible date'],
    ['2026-12-16', 'a date alone'],
    [1765000000000, 'a number'],
  ] as [unknown, string][])('DateTime variable %j (%s)', async (value) => {
    const error = await refused(FIND, { from: value, to: '2026-12-16T10:00:00+08:00' });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
    expect(error.message).toBe(
      `Invalid argument "from": expected an RFC 3339 date-time with its offset, such as 2026-12-16T09:00:00+08:00, received ${JSON.stringify(value)}.`,
    );
  });

  it('DateTime written in the document', async () => {
    const error = await refused(
      `{ findSpaces(regionPrefix: "3301", from: "2026-12-16T09:00:00+08:00", to: "tomorrow", minCapacity: 1) { totalCount } }`,
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
    expect(error.message).toMatch(/received "tomorrow"/);
  });

  it('DateTime in an input object, sent as a variable or written out', async () => {
    const error = await refused(REQUEST, booking({ startsAt: '2026-12-16T09:00' }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.startsAt' });
    const written = await refused(
      `mutation { requestBooking(input: { spaceId: "s", startsAt: "2026-12-16T09:00:00+08:00", endsAt: "noon", purpose: "x", attendees: 1, contact: "x", idempotencyKey: "k" }) { id } }`,
    );
    expect(written.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.endsAt' });
    // A variable inside a written input object is named by where it goes.
    const inner = await refused(
      `mutation($end: DateTime!) { requestBooking(input: { spaceId: "s", startsAt: "2026-12-16T09:00:00+08:00", endsAt: $end, purpose: "x", attendees: 1, contact: "x", idempotencyKey: "k" }) { id } }`,
      { end: 'noon' },
    );
    expect(inner.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.endsAt' });
  });

  it.each(['2027-02-30', 'yesterday', '2027-2-3', '2027-02-03T00:00:00Z'])('LocalDate %j', async (value) => {
    const error = await refused(`query($d: LocalDate!) { space(id: "s") { freeSlots(date: $d) { startsAt } } }`, { d: value });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'date' });
    expect(error.message).toContain('expected a calendar date YYYY-MM-DD, such as 2026-12-16');
  });

  it('LocalDate written in the document, and a default value', async () => {
    const written = await refused(`{ space(id: "s") { freeSlots(date: "30/02/2027") { startsAt } } }`);
    expect(written.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'date' });
    const byDefault = await refused(`query($d: LocalDate! = "someday") { space(id: "s") { freeSlots(date: $d) { startsAt } } }`);
    expect(byDefault.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'date' });
  });

  it.each(['2026-13', '2026-1', 'December', '2026-12-01', 202612])('YearMonth %j', async (value) => {
    const error = await refused(`query($m: YearMonth!) { region(code: "33") { spaceUtilisation(month: $m) { rate } } }`, { m: value });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'month' });
    expect(error.message).toBe(`Invalid argument "month": expected a month YYYY-MM, such as 2026-12, received ${JSON.stringify(value)}.`);
  });

  it('JSONObject in a list of input objects', async () => {
    const error = await refused(`mutation($i: ImportInput!) { importSocialWorkRecords(input: $i) { committed } }`, {
      i: {
        fileName: 'f.csv',
        fileSha256: '0'.repeat(64),
        sheets: [
          {
            kind: 'stations',
            rows: [
              { row: 2, record: { name: 'a' } },
              { row: 3, record: ['not', 'an', 'object'] },
            ],
          },
        ],
      },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.sheets[0].rows[1].record' });
    expect(error.message).toContain('expected a JSON object');
  });

  it('GraphQL’s own scalars are GraphQL’s check, also a 400 BAD_USER_INPUT', async () => {
    const res = await post(
      gateway.url,
      `query($n: Int) { findSpaces(regionPrefix: "3301", from: "2026-12-16T09:00:00+08:00", to: "2026-12-16T10:00:00+08:00", minCapacity: $n) { totalCount } }`,
      { n: 'many' },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('good values pass as they were sent', () => {
  it('an offset time, a null optional one, a good date, a list of objects', async () => {
    await post(gateway.url, FIND, { from: '2026-12-16T09:00:00+08:00', to: '2026-12-16T01:00:00Z' });
    expect(facilities.received).toHaveLength(1);
    expect(facilities.received[0]!.body.variables).toEqual({ from: '2026-12-16T09:00:00+08:00', to: '2026-12-16T01:00:00Z' });
    await post(gateway.url, `query($d: LocalDate!) { space(id: "s") { freeSlots(date: $d) { startsAt } } }`, { d: '2028-02-29' });
    expect(facilities.received).toHaveLength(2);
    await post(gateway.url, `{ region(code: "33") { spaceUtilisation(month: "2026-12") { rate } } }`);
    expect(facilities.received).toHaveLength(3);
  });
});

it('every custom scalar of the supergraph is one the gateway checks', () => {
  const supergraph = buildSchema(fs.readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'), {
    assumeValidSDL: true,
  });
  const own = Object.values(supergraph.getTypeMap())
    .filter((t) => isScalarType(t) && !specifiedScalarTypes.some((s) => s.name === t.name))
    .map((t) => t.name)
    .filter((name) => !name.startsWith('join__') && !name.startsWith('link__'));
  expect(own.sort()).toEqual([...GRAPH_SCALARS.keys()].sort());
});
