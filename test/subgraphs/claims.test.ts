import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../kit/db.js';
import { type Identity, PUBLIC_IDENTITY } from '../../kit/identity.js';
import { facilities } from '../../subgraphs/facilities/subgraph.js';
import { party } from '../../subgraphs/party/subgraph.js';
import { asGateway } from '../helpers/auth.js';
import { describeBackends } from '../helpers/backends.js';
import { nextLocalWeekday } from '../helpers/expected.js';
import { post } from '../helpers/graphql.js';
import { startTestSubgraph } from '../helpers/subgraph.js';
import { world } from '../helpers/world.js';

/** Issue 9: subgraph tests that each fail under a hand mutation the older tests let through. */

const staff = (dept: string, region: string, sub = `${dept}-${region}`): Identity => ({
  sub,
  name: null,
  role: 'staff',
  dept: dept as Identity['dept'],
  region,
});

describeBackends('facilities: back-to-back bookings, approval after the start, township SAME_REGION on %s', (backend) => {
  let server: Awaited<ReturnType<typeof startTestSubgraph>>;
  beforeAll(async () => {
    server = await startTestSubgraph(facilities, backend);
  });
  afterAll(async () => server?.close());

  const days = [nextLocalWeekday('WED', 7), nextLocalWeekday('WED', 14), nextLocalWeekday('WED', 21)];
  const at = (d: string, hhmm: string) => new Date(`${d}T${hhmm}:00+08:00`);
  const siteOf = (spaceId: string) => world.sites.find((s) => s.id === world.spaces.find((x) => x.id === spaceId)!.siteId)!;
  // A shared room of a township site in 西湖区 (330106) that only the same region may book, with approval,
  // open 08:30–17:30 on Wednesdays, not closed on the days used, and not that township's 北山街道 (330106002).
  const rule = world.sharingRules.find((r) => {
    const space = world.spaces.find((s) => s.id === r.spaceId)!;
    const region = siteOf(r.spaceId).regionCode;
    return (
      space.shareable &&
      space.capacity >= 10 &&
      r.shared &&
      r.whoMayBook === 'SAME_REGION' &&
      r.needsApproval &&
      r.minNoticeHours <= 72 &&
      r.maxDurationHours >= 2 &&
      region.length === 9 &&
      region.startsWith('330106') &&
      region !== '330106002' &&
      (r.openingHours.WED ?? []).some(([from, to]) => from <= '09:00' && to >= '15:00') &&
      !days.some((d) => r.closedDates.includes(d))
    );
  })!;
  const spaceId = rule.spaceId;
  const siteRegion = siteOf(spaceId).regionCode;
  const otherCountyTownship = world.sites.find((s) => s.regionCode.length === 9 && s.regionCode.startsWith('330108'))!.regionCode;
  const requester = staff('culture', '330106', 'culture-requester');
  const manager = staff(rule.managingDept, siteRegion.slice(0, 6), 'manager');
  let n = 0;
  const request = async (who: Identity, startsAt: Date, endsAt: Date) =>
    post(
      server.url,
      'mutation($i: BookingRequest!) { requestBooking(input: $i) { id status startsAt endsAt } }',
      { i: { spaceId, startsAt, endsAt, purpose: '议事', attendees: 5, contact: 'x', idempotencyKey: `claims-${++n}` } },
      await asGateway(who, 'facilities'),
    );
  const approve = async (id: string) =>
    post(server.url, 'mutation($id: ID!) { approveBooking(id: $id) { id status } }', { id }, await asGateway(manager, 'facilities'));

  it('the room the tests use exists in the world', () => {
    expect(rule).toBeDefined();
    expect(siteRegion).toMatch(/^330106\d{3}$/);
    expect(otherCountyTownship).toMatch(/^330108\d{3}$/);
  });

  it('accepts a booking ending exactly when another starts, and one starting exactly when another ends', async () => {
    const d = days[0]!;
    const middle = await request(requester, at(d, '10:00'), at(d, '11:00'));
    expect(middle.errors).toBeUndefined();
    const after = await request(requester, at(d, '11:00'), at(d, '12:00'));
    expect(after.errors).toBeUndefined();
    expect(after.data?.requestBooking.status).toBe('REQUESTED');
    const before = await request(requester, at(d, '09:00'), at(d, '10:00'));
    expect(before.errors).toBeUndefined();
    expect(before.data?.requestBooking.status).toBe('REQUESTED');
    // While an overlap by a minute is a conflict, on either side (the rule's step set to a minute, so
    // that a request off the quarter hours is judged on its overlap, not refused for its step).
    await server.db.knex('sharing_rules').where('space_id', spaceId).update({ step_minutes: 1 });
    for (const [from, to] of [
      ['10:59', '11:30'],
      ['09:30', '10:01'],
    ] as const) {
      const overlap = await request(requester, at(d, from), at(d, to));
      expect(overlap.errors?.[0]?.extensions?.code, `${from}–${to}`).toBe('BOOKING_CONFLICT');
    }
  });

  it('refuses to approve a request whose time has begun (BOOKING_NOT_ALLOWED), approves one still to come', async () => {
    const d = days[1]!;
    const future = await request(requester, at(d, '13:00'), at(d, '14:00'));
    expect(future.errors).toBeUndefined();
    const begun = await request(requester, at(d, '10:00'), at(d, '11:00'));
    expect(begun.errors).toBeUndefined();
    // Move it back whole weeks (same weekday and hours, so the calendar still allows it) to before now.
    const weeks = 10 * 7 * 86_400_000;
    const db = openDatabase(server.dbs.urls.facilities!, { subgraph: 'facilities' });
    try {
      const moved = await db
        .knex('bookings')
        .where('id', begun.data!.requestBooking.id)
        .update({
          starts_at: new Date(at(d, '10:00').getTime() - weeks).toISOString(),
          ends_at: new Date(at(d, '11:00').getTime() - weeks).toISOString(),
        });
      expect(moved).toBe(1);
    } finally {
      await db.close();
    }
    const refused = await approve(begun.data!.requestBooking.id);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BOOKING_NOT_ALLOWED');
    expect(refused.errors?.[0]?.message).toMatch(/time has begun/);
    const approved = await approve(future.data!.requestBooking.id);
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.approveBooking.status).toBe('APPROVED');
  });

  it('SAME_REGION: a township officer may book a room elsewhere in their county, not in another county', async () => {
    const d = days[2]!;
    const sameCounty = await request(staff('culture', '330106002'), at(d, '09:00'), at(d, '10:00'));
    expect(sameCounty.errors).toBeUndefined();
    expect(sameCounty.data?.requestBooking.status).toBe('REQUESTED');
    const otherCounty = await request(staff('culture', otherCountyTownship), at(d, '10:00'), at(d, '11:00'));
    expect(otherCounty.errors?.[0]?.extensions?.code).toBe('BOOKING_NOT_ALLOWED');
    expect(otherCounty.errors?.[0]?.message).toMatch(/same region/);
  });

  it('findSpaces bookableByMe: the same rule in SQL for township staff', async () => {
    const d = days[2]!;
    const search = async (who: Identity) => {
      const res = await post(
        server.url,
        `query($r: ID!, $from: DateTime!, $to: DateTime!) {
          findSpaces(regionPrefix: $r, from: $from, to: $to, minCapacity: 1, bookableByMe: true, first: 100) {
            totalCount edges { node { id } } } }`,
        { r: siteRegion, from: at(d, '14:00'), to: at(d, '15:00') },
        await asGateway(who, 'facilities'),
      );
      expect(res.errors).toBeUndefined();
      return (res.data!.findSpaces.edges as { node: { id: string } }[]).map((e) => e.node.id);
    };
    expect(await search(staff('culture', siteRegion.slice(0, 6)))).toContain(spaceId); // the county itself
    expect(await search(staff('culture', '330106002'))).toContain(spaceId); // another township of the county
    expect(await search(staff('culture', otherCountyTownship))).not.toContain(spaceId);
  });

  // Last in this suite: it breaks the database under the running subgraph.
  it('masks a real internal error (a table gone from under it): INTERNAL_SERVER_ERROR, no SQL, no stack', async () => {
    const ok = await post(server.url, '{ region(code: "3301") { name } }');
    expect(ok.data?.region?.name).toBe('杭州市');
    const db = openDatabase(server.dbs.urls.facilities!, { subgraph: 'facilities' });
    try {
      await db.knex.schema.renameTable('regions', 'regions_gone');
    } finally {
      await db.close();
    }
    const res = await post(server.url, '{ region(code: "3301") { name } }');
    expect(res.data?.region ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.message).toBe('Internal server error');
    expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(res.errors)).not.toMatch(/regions|sqlite|SQLITE|relation|select|stack|\.ts:\d|node_modules/i);
  });
});

describeBackends('party: PartyServiceCentre.activities is department-only on %s', (backend) => {
  let server: Awaited<ReturnType<typeof startTestSubgraph>>;
  beforeAll(async () => {
    server = await startTestSubgraph(party, backend);
  });
  afterAll(async () => server?.close());

  const Q = '{ partyServiceCentre(id: "party-330106002") { id name activities(first: 2) { totalCount edges { node { id } } } } }';
  const as = async (who: Identity) => post(server.url, Q, {}, await asGateway(who, 'party'));

  it('the public and other departments’ staff get null with FORBIDDEN at its path; the name stays public', async () => {
    for (const who of [PUBLIC_IDENTITY, staff('culture', '330106'), staff('culture', '330106002'), staff('party', '330108')]) {
      const res = await as(who);
      const label = `${who.role} ${who.dept} ${who.region}`;
      expect(res.data?.partyServiceCentre?.name, label).toBe('北山街道党群服务中心');
      expect(res.data?.partyServiceCentre?.activities, label).toBeNull();
      expect(res.errors?.[0]?.extensions?.code, label).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.path, label).toEqual(['partyServiceCentre', 'activities']);
    }
  });

  it('Party staff of the region (and analysts) read them', async () => {
    for (const who of [staff('party', '330106'), staff('party', '330106002'), { ...PUBLIC_IDENTITY, sub: 'a', role: 'analyst' as const }]) {
      const res = await as(who);
      expect(res.errors, who.role).toBeUndefined();
      expect(res.data?.partyServiceCentre?.activities?.totalCount, who.role).toBeGreaterThan(0);
    }
  });
});
