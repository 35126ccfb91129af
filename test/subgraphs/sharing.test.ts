import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Identity } from '../../kit/identity.js';
import { migrate, openDatabase } from '../../kit/db.js';
import { bookingDetails } from '../../subgraphs/facilities/migrations/004-booking-details.js';
import { migrations } from '../../subgraphs/facilities/migrations/index.js';
import { BOOKING_EQUIPMENT, BOOKINGS } from '../../subgraphs/facilities/data/columns.js';
import { insertBooking, type NewBooking } from '../../subgraphs/facilities/data/bookings.js';
import { facilities } from '../../subgraphs/facilities/subgraph.js';
import { quotaMonth } from '../../subgraphs/facilities/domain/booking-rules.js';
import { asGateway } from '../helpers/auth.js';
import { describeBackends } from '../helpers/backends.js';
import { createTestDatabases } from '../helpers/databases.js';
import { closedDays, expectedFindSpaces, expectedUtilisation, nextLocalWeekday } from '../helpers/expected.js';
import { post, query, sqlStatementCount } from '../helpers/graphql.js';
import { startTestSubgraph } from '../helpers/subgraph.js';
import { history, world } from '../helpers/world.js';

/** Search, free slots, equipment and utilisation in the facilities subgraph, against answers computed from the world. */
describeBackends('sharing and booking details on %s', (backend) => {
  let server: Awaited<ReturnType<typeof startTestSubgraph>>;
  beforeAll(async () => {
    server = await startTestSubgraph(facilities, backend);
  });
  afterAll(async () => server?.close());

  const day = nextLocalWeekday('WED');
  const at = (hhmm: string, d = day) => new Date(`${d}T${hhmm}:00+08:00`);
  const staff = (dept: string, region: string, sub = `${dept}-${region}`): Identity => ({
    sub,
    name: null,
    role: 'staff',
    dept: dept as Identity['dept'],
    region,
  });
  const as = async (who: Identity) => asGateway(who, 'facilities');
  const SEARCH = `query($region: ID!, $from: DateTime!, $to: DateTime!, $min: Int!, $equipment: EquipmentKind, $near: GeoPointInput, $after: String, $first: Int, $mine: Boolean = false) {
    findSpaces(regionPrefix: $region, from: $from, to: $to, minCapacity: $min, equipmentKind: $equipment, near: $near, first: $first, after: $after, bookableByMe: $mine) {
      totalCount pageInfo { hasNextPage endCursor } edges { distanceKm node { id } } } }`;
  const searchAll = async (vars: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const seen: { id: string; distanceM: number | null }[] = [];
    let after: string | null = null;
    let total = -1;
    for (let pages = 0; pages < 100; pages++) {
      const data: any = await query(server.url, SEARCH, { ...vars, after, first: 25 }, headers);
      total = data.findSpaces.totalCount;
      seen.push(
        ...data.findSpaces.edges.map((e: any) => ({
          id: e.node.id,
          distanceM: e.distanceKm === null ? null : Math.round(e.distanceKm * 1000),
        })),
      );
      if (!data.findSpaces.pageInfo.hasNextPage) break;
      after = data.findSpaces.pageInfo.endCursor;
    }
    return { seen, total };
  };

  it('findSpaces: exactly the shared spaces free for the whole window, nearest first, over every page', async () => {
    const near = { lng: 120.155, lat: 30.274 };
    const args = { region: '3301', from: at('14:00'), to: at('16:00'), minCapacity: 30, equipment: 'MICROPHONE', near };
    const expected = expectedFindSpaces(world, history.bookings, args);
    expect(expected.length).toBeGreaterThan(30); // more than one page
    const { seen, total } = await searchAll({ region: '3301', from: args.from, to: args.to, min: 30, equipment: 'MICROPHONE', near });
    expect(total).toBe(expected.length);
    expect(seen).toEqual(expected);

    // Without a point: by id. A window on Sunday evening: only the buildings open then.
    const sunday = nextLocalWeekday('SUN');
    const late = { region: '330106', from: at('19:00', sunday), to: at('20:00', sunday), minCapacity: 1 };
    const byId = await searchAll({ region: '330106', from: late.from, to: late.to, min: 1 });
    expect(byId.seen).toEqual(expectedFindSpaces(world, history.bookings, late));
    expect(byId.seen.length).toBeGreaterThan(0);
  });

  it('findSpaces: a booked space drops out for an overlapping window only; bad windows are BAD_USER_INPUT', async () => {
    const vars = { region: '330106', from: at('09:00'), to: at('11:00'), min: 20, near: { lng: 120.13, lat: 30.27 } };
    const before: any = await query(server.url, SEARCH, { ...vars, first: 1 });
    const top = before.findSpaces.edges[0].node.id as string;
    const rule = world.sharingRules.find((r) => r.spaceId === top)!;
    const region = world.sites.find((s) => s.id === world.spaces.find((x) => x.id === top)!.siteId)!.regionCode.slice(0, 6);
    const booked = await post(
      server.url,
      `mutation($i: BookingRequest!) { requestBooking(input: $i) { id status } }`,
      {
        i: {
          spaceId: top,
          startsAt: at('10:00'),
          endsAt: at('11:30'),
          purpose: '议事',
          attendees: 5,
          contact: 'x',
          idempotencyKey: 'search-1',
        },
      },
      await as(staff(rule.managingDept, region)),
    );
    expect(booked.errors).toBeUndefined();
    const after: any = await query(server.url, SEARCH, { ...vars, first: 1 });
    expect(after.findSpaces.totalCount).toBe(before.findSpaces.totalCount - 1);
    expect(after.findSpaces.edges[0].node.id).not.toBe(top);
    const later: any = await query(server.url, SEARCH, { ...vars, from: at('11:30'), to: at('12:00'), first: 1 });
    expect(later.findSpaces.edges[0].node.id).toBe(top); // back-to-back is free: still the nearest

    for (const [from, to, arg] of [
      [at('11:00'), at('10:00'), 'to'],
      [at('23:00'), at('09:00', nextLocalWeekday('THU')), 'to'],
    ] as const) {
      const res = await post(server.url, SEARCH, { ...vars, from, to });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: arg });
    }
    const badCursor = await post(server.url, SEARCH, { ...vars, after: 'bm9wZQ' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const badRegion = await post(server.url, SEARCH, { ...vars, region: '33%' });
    expect(badRegion.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('freeSlots: opening hours less closed dates and bookings, for a day or a week', async () => {
    // A May 2021 day on which the seed booked this space, and the Labour Day closure.
    const b = history.bookings.find(
      (x) => x.status === 'APPROVED' && x.startsAt.startsWith('2021-05-1') && /^site-\d{9}-r2$/.test(x.spaceId),
    )!;
    const d = new Date(Date.parse(b.startsAt) + 8 * 3_600_000).toISOString().slice(0, 10);
    const others = history.bookings.filter(
      (x) => x.spaceId === b.spaceId && x.status === 'APPROVED' && x.startsAt.slice(0, 10) === b.startsAt.slice(0, 10),
    );
    const data: any = await query(
      server.url,
      `{ space(id: "${b.spaceId}") {
      day: freeSlots(date: "${d}") { startsAt endsAt } closed: freeSlots(date: "2021-05-03") { startsAt }
      week: freeSlots(date: "2021-05-03", days: 7) { startsAt endsAt } sharingRule { openingHours { weekday from to } } } }`,
    );
    const span = data.space.sharingRule.openingHours.find(
      (h: any) => h.weekday === ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'][new Date(`${d}T00:00:00Z`).getUTCDay()],
    );
    // The day's span less each booking, computed here by hand.
    const expected: { startsAt: string; endsAt: string }[] = [];
    let cursor = new Date(`${d}T${span.from}:00+08:00`).toISOString();
    for (const o of others.sort((x, y) => x.startsAt.localeCompare(y.startsAt))) {
      if (o.startsAt > cursor) expected.push({ startsAt: cursor, endsAt: o.startsAt });
      cursor = o.endsAt;
    }
    expected.push({ startsAt: cursor, endsAt: new Date(`${d}T${span.to}:00+08:00`).toISOString() });
    expect(data.space.day).toEqual(expected);
    expect(data.space.closed).toEqual([]); // 2021-05-03 is a holiday
    const weekDays = new Set(data.space.week.map((s: any) => new Date(Date.parse(s.startsAt) + 8 * 3_600_000).toISOString().slice(0, 10)));
    expect(weekDays.has('2021-05-06')).toBe(true);
    for (const holiday of ['2021-05-03', '2021-05-04', '2021-05-05']) expect(weekDays.has(holiday)).toBe(false);
    const tooLong = await post(server.url, `{ space(id: "${b.spaceId}") { freeSlots(date: "2021-05-03", days: 8) { startsAt } } }`);
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'days' });
  });

  it('equipment: booked alone or with its room, by quantity, never over-lent', async () => {
    const hall = world.spaces.find((s) => s.id === 'site-330106004-r1')!;
    const mics = world.equipment.find((e) => e.spaceId === hall.id && e.kind === 'MICROPHONE')!;
    const party = await as(staff('party', '330106'));
    const culture = await as(staff('culture', '330106'));
    const ask = (key: string, input: Record<string, unknown>, who = culture) =>
      post(
        server.url,
        `mutation($i: BookingRequest!) { requestBooking(input: $i) { id status space { id } equipment { quantity equipment { id } } } }`,
        {
          i: { startsAt: at('14:00'), endsAt: at('16:00'), purpose: '活动', attendees: 10, contact: 'x', idempotencyKey: key, ...input },
        },
        who,
      );
    const available = async () =>
      (
        await query(
          server.url,
          `{ space(id: "${hall.id}") { equipment { id available(from: "${at('14:30').toISOString()}", to: "${at('15:00').toISOString()}") } } }`,
        )
      ).space.equipment.find((e: any) => e.id === mics.id).available;

    expect(await available()).toBe(mics.quantity);
    const alone = await ask('mics-1', { equipment: [{ equipmentId: mics.id, quantity: mics.quantity - 1 }] });
    expect(alone.errors).toBeUndefined();
    expect(alone.data!.requestBooking).toMatchObject({
      status: 'REQUESTED',
      space: null,
      equipment: [{ quantity: mics.quantity - 1, equipment: { id: mics.id } }],
    });
    expect(await available()).toBe(1);
    const short = await ask('mics-2', { equipment: [{ equipmentId: mics.id, quantity: 2 }] });
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BOOKING_CONFLICT',
      equipment: { id: mics.id, requested: 2, available: 1 },
    });
    // The room with its last microphone: fine; the hall's own rule decides.
    const room = await ask('room-1', { spaceId: hall.id, equipment: [{ equipmentId: mics.id, quantity: 1 }] });
    expect(room.errors).toBeUndefined();
    expect(await available()).toBe(0);
    // The party centre (managing) sees the equipment-only request among those to decide, and approves it.
    const toDecide: any = await query(
      server.url,
      `{ bookingRequests(regionPrefix: "330106", first: 100) { totalCount edges { node { id equipment { quantity } } } } }`,
      undefined,
      party,
    );
    expect(toDecide.bookingRequests.edges.map((e: any) => e.node.id)).toEqual(
      expect.arrayContaining([alone.data!.requestBooking.id, room.data!.requestBooking.id]),
    );
    const approve = await post(
      server.url,
      `mutation { approveBooking(id: "${alone.data!.requestBooking.id}") { status } }`,
      undefined,
      party,
    );
    expect(approve.data!.approveBooking.status).toBe('APPROVED');
    // Cancelling gives the units back.
    await post(server.url, `mutation { cancelBooking(id: "${room.data!.requestBooking.id}") { status } }`, undefined, culture);
    expect(await available()).toBe(1);

    // Bad requests: clear errors, nothing written.
    const tooMany = await ask('bad-1', { equipment: [{ equipmentId: mics.id, quantity: mics.quantity + 1 }] });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'quantity' });
    const elsewhere = world.equipment.find((e) => e.kind === 'MICROPHONE' && e.spaceId === 'site-330106005-r1')!;
    const mixed = await ask('bad-2', { spaceId: hall.id, equipment: [{ equipmentId: elsewhere.id, quantity: 1 }] });
    expect(mixed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'equipment' });
    const nothing = await ask('bad-3', {});
    expect(nothing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input' });
    const unknown = await ask('bad-4', { equipment: [{ equipmentId: 'no-such-thing', quantity: 1 }] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const twice = await ask('bad-5', {
      equipment: [
        { equipmentId: mics.id, quantity: 1 },
        { equipmentId: mics.id, quantity: 1 },
      ],
    });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'equipment' });
    // A projector in a meeting room its village keeps to itself.
    const unshared = new Set(world.sharingRules.filter((r) => !r.shared).map((r) => r.spaceId));
    const kept = world.equipment.find((e) => unshared.has(e.spaceId) && e.spaceId.startsWith('site-330106'))!;
    const priv = await ask('bad-6', { equipment: [{ equipmentId: kept.id, quantity: 1 }] });
    expect(priv.errors?.[0]?.extensions?.code).toBe('BOOKING_NOT_ALLOWED');
    expect(priv.errors?.[0]?.message).toMatch(/not shared/);
    // Only the managing department's staff list requests; the list is theirs.
    const stranger = await post(
      server.url,
      `{ bookingRequests { totalCount } }`,
      undefined,
      await as({ sub: 'a', name: null, role: 'analyst', dept: null, region: null }),
    );
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const cultureList: any = await query(server.url, `{ bookingRequests { totalCount } }`, undefined, culture);
    expect(cultureList.bookingRequests.totalCount).toBe(0); // culture manages none of these rooms
  });

  it('spaceUtilisation: open and booked hours by managing department, for the city and each county', async () => {
    const counties = [...new Set(world.sites.map((s) => s.regionCode.slice(0, 6)))].sort();
    const data: any = await query(
      server.url,
      `{ city: region(code: "3301") { code spaceUtilisation(month: "2021-05") {
      department sharedSpaces openHours bookedHours bookedByOtherDepartmentsHours rate } }
      counties: regions(regionPrefix: "3301", level: COUNTY, first: 100) { edges { node { code spaceUtilisation(month: "2021-05") {
      department sharedSpaces openHours bookedHours bookedByOtherDepartmentsHours rate } } } } }`,
    );
    const check = (prefix: string, rows: any[]) => {
      const want = expectedUtilisation(world, history.bookings, prefix, '2021-05');
      expect(rows.map((r) => r.department.toLowerCase().replace('_', '-')).sort()).toEqual([...want.keys()].sort());
      for (const r of rows) {
        const w = want.get(r.department.toLowerCase().replace('_', '-'))!;
        expect(r).toEqual({
          department: r.department,
          sharedSpaces: w.sharedSpaces,
          openHours: Math.round((w.openMinutes / 60) * 100) / 100,
          bookedHours: Math.round((w.bookedMinutes / 60) * 100) / 100,
          bookedByOtherDepartmentsHours: Math.round((w.bookedByOthersMinutes / 60) * 100) / 100,
          rate: Math.round((w.bookedMinutes / w.openMinutes) * 10_000) / 10_000,
        });
      }
    };
    check('3301', data.city.spaceUtilisation);
    const withSpaces = data.counties.edges.filter((e: any) => counties.includes(e.node.code));
    expect(withSpaces.length).toBe(counties.length);
    for (const e of withSpaces) check(e.node.code, e.node.spaceUtilisation);
    expect(data.city.spaceUtilisation.find((r: any) => r.department === 'PARTY').bookedHours).toBeGreaterThan(1000);
    // A malformed month is the YearMonth scalar's refusal (validation, here; the gateway makes it a
    // BAD_USER_INPUT naming the argument: test/gateway/scalar-input.test.ts); a month out of range is the resolver's.
    const bad = await post(server.url, `{ region(code: "3301") { spaceUtilisation(month: "2021-13") { rate } } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(bad.errors?.[0]?.message).toContain('expected YYYY-MM');
    const early = await post(server.url, `{ region(code: "3301") { spaceUtilisation(month: "1999-12") { rate } } }`);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'month' });
    expect(early.errors?.[0]?.message).toContain('2000-01 to 2099-12');
    const pub = await post(
      server.url,
      `{ region(code: "3301") { spaceUtilisation(month: "2021-05") { rate } } }`,
      undefined,
      await as({ sub: null, name: null, role: 'public', dept: null, region: null }),
    );
    expect(pub.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('findSpaces leaves out a room closed that day (its own closure, or a public holiday it closes on) and one whose equipment is all held', async () => {
    const thursday = nextLocalWeekday('THU', 8);
    const vars = { region: '330106', from: at('09:00', thursday), to: at('10:00', thursday), min: 1, near: { lng: 120.13, lat: 30.27 } };
    const ids = async (extra: Record<string, unknown> = {}) => {
      const data: any = await query(server.url, SEARCH, { ...vars, ...extra, first: 100 });
      return data.findSpaces.edges.map((e: any) => e.node.id) as string[];
    };
    const before = await ids();
    const [closedRoom, otherRoom] = [before[0]!, before[1]!];
    await server.db.knex('closed_dates').insert({ space_id: closedRoom, day: thursday });
    const afterClosure = await ids();
    expect(afterClosure).not.toContain(closedRoom);
    expect(afterClosure).toContain(otherRoom);
    // A public holiday closes every room whose rule closes on them (all seeded rules do), but not one that does not.
    await server.db.knex('public_holidays').insert({ day: thursday, name: '测试假日' });
    await server.db.knex('sharing_rules').where('space_id', otherRoom).update({ closed_on_public_holidays: false });
    expect(await ids()).toEqual([otherRoom]);
    await server.db.knex('public_holidays').where('day', thursday).delete();
    await server.db.knex('sharing_rules').where('space_id', otherRoom).update({ closed_on_public_holidays: true });
    expect(await ids()).toEqual(afterClosure);

    // Every microphone of a hall lent out for 09:00–10:00: the hall stays, but not for a microphone search.
    const mics = world.equipment.find(
      (e) => e.kind === 'MICROPHONE' && /^site-330106\d{3}-r1$/.test(e.spaceId) && afterClosure.includes(e.spaceId),
    )!;
    const hall = mics.spaceId;
    const lent = await post(
      server.url,
      `mutation($i: BookingRequest!) { requestBooking(input: $i) { id } }`,
      {
        i: {
          equipment: [{ equipmentId: mics.id, quantity: mics.quantity }],
          startsAt: vars.from,
          endsAt: vars.to,
          purpose: '宣讲',
          attendees: 5,
          contact: 'x',
          idempotencyKey: 'all-mics',
        },
      },
      await as(staff('culture', '330106')),
    );
    expect(lent.errors).toBeUndefined();
    expect(await ids()).toContain(hall);
    expect(await ids({ equipment: 'MICROPHONE' })).not.toContain(hall);
    expect(await ids({ equipment: 'MICROPHONE', from: at('10:00', thursday), to: at('11:00', thursday) })).toContain(hall);
  });

  it('refuses out-of-range times, a point outside China and a forged cursor with BAD_USER_INPUT', async () => {
    const vars = { region: '330106', from: at('09:00'), to: at('10:00'), min: 1 };
    for (const [extra, argument] of [
      [{ from: '0000-01-01T00:00:00Z', to: '0000-01-01T01:00:00Z' }, 'from'],
      [{ near: { lng: -60, lat: -30 } }, 'near'],
    ] as const) {
      const res = await post(server.url, SEARCH, { ...vars, ...extra });
      expect(res.errors?.[0]?.extensions, JSON.stringify(extra)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    const late = await post(server.url, `{ space(id: "site-330106004-r1") { freeSlots(date: "9999-12-31", days: 3) { startsAt } } }`);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'date' });
    const forged = Buffer.from('k:2021-05-10T99:99Z|x').toString('base64url');
    const res = await post(
      server.url,
      `{ bookingRequests(after: "${forged}") { totalCount } }`,
      undefined,
      await as(staff('party', '330106')),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('only the managing department of the site’s own region decides and lists its requests', async () => {
    const culture = await as(staff('culture', '330106'));
    const asked = await post(
      server.url,
      `mutation($i: BookingRequest!) { requestBooking(input: $i) { id status } }`,
      {
        i: {
          spaceId: 'site-330106005-r1',
          startsAt: at('18:00'),
          endsAt: at('19:00'),
          purpose: '排练',
          attendees: 10,
          contact: 'x',
          idempotencyKey: 'region-1',
        },
      },
      culture,
    );
    expect(asked.data!.requestBooking.status).toBe('REQUESTED');
    const id = asked.data!.requestBooking.id;
    const elsewhere = await as(staff('party', '330102'));
    expect(
      (await post(server.url, `mutation { approveBooking(id: "${id}") { status } }`, undefined, elsewhere)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await post(server.url, `{ bookingRequests(regionPrefix: "330106") { totalCount } }`, undefined, elsewhere)).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const mine: any = await query(server.url, `{ bookingRequests { edges { node { id } } } }`, undefined, elsewhere);
    expect(mine.bookingRequests.edges.map((e: any) => e.node.id)).not.toContain(id);
    // The asking department manages no such room: not among its requests to decide; an admin sees every department's.
    const listed = async (who: Record<string, string>) =>
      (
        (await query(
          server.url,
          `{ bookingRequests(regionPrefix: "330106", first: 100) { edges { node { id } } } }`,
          undefined,
          who,
        )) as any
      ).bookingRequests.edges.map((e: any) => e.node.id);
    expect(await listed(culture)).not.toContain(id);
    expect(await listed(await as({ sub: 'a', name: null, role: 'admin', dept: null, region: null }))).toContain(id);
    const township = await as(staff('party', '330106005'));
    // One meaning of regionPrefix: the whole province asked by township staff is their township's part of it.
    const forTownship = (prefix: string) =>
      query(server.url, `{ bookingRequests(regionPrefix: "${prefix}", first: 100) { edges { node { id } } } }`, undefined, township);
    expect(((await forTownship('33')) as any).bookingRequests.edges.map((e: any) => e.node.id)).toContain(id);
    expect(await forTownship('33010600')).toEqual(await forTownship('33'));
    expect(
      (await post(server.url, `{ bookingRequests(regionPrefix: "330106004") { totalCount } }`, undefined, township)).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await post(server.url, `mutation { approveBooking(id: "${id}") { status } }`, undefined, township)).data!.approveBooking.status,
    ).toBe('APPROVED');
  });

  it('the same request sent twice, even at once, makes one booking; the same key for another time is IDEMPOTENCY_KEY_REUSED', async () => {
    const thursday = nextLocalWeekday('THU');
    const culture = await as(staff('culture', '330106', 'culture-twice'));
    const window = { region: '330106', from: at('10:00', thursday), to: at('11:00', thursday), min: 1, first: 1, mine: true };
    const found: any = await query(server.url, SEARCH, window, culture);
    const spaceId = found.findSpaces.edges[0].node.id as string;
    const ask = (startsAt: string) =>
      post(
        server.url,
        `mutation($i: BookingRequest!) { requestBooking(input: $i) { id startsAt } }`,
        {
          i: {
            spaceId,
            startsAt: at(startsAt, thursday),
            endsAt: at('11:00', thursday),
            purpose: '会议',
            attendees: 5,
            contact: 'x',
            idempotencyKey: 'twice-1',
          },
        },
        culture,
      );
    const [first, second] = await Promise.all([ask('10:00'), ask('10:00')]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    const id = first.data!.requestBooking.id;
    expect(second.data!.requestBooking).toEqual(first.data!.requestBooking);
    expect((await ask('10:00')).data!.requestBooking.id).toBe(id);
    expect((await ask('10:30')).errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', bookingId: id });
    const rows = await server.db.knex('bookings').where({ requester_sub: 'culture-twice', idempotency_key: 'twice-1' }).count({ n: '*' });
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('a rule’s limits: the horizon, the shortest stay, the step, a visible purpose, four eyes, the monthly quota', async () => {
    const friday = nextLocalWeekday('FRI', 14);
    const regionOfSite = new Map(world.sites.map((x) => [x.id, x.regionCode]));
    const siteOfSpace = new Map(world.spaces.map((x) => [x.id, x.siteId]));
    const opens = (spans: [string, string][] | undefined, from: string, to: string) => (spans ?? []).some(([f, t]) => f <= from && t >= to);
    const rule = world.sharingRules.find(
      (r) =>
        r.shared &&
        r.needsApproval &&
        r.managingDept === 'party' &&
        r.whoMayBook === 'ANY_DEPARTMENT' &&
        r.maxDurationHours >= 1 &&
        regionOfSite.get(siteOfSpace.get(r.spaceId)!)!.startsWith('330106') &&
        opens(r.openingHours.FRI, '09:00', '12:00') &&
        opens(r.openingHours.FRI, '14:00', '15:00') &&
        !closedDays(r).includes(friday),
    )!;
    expect(rule).toBeDefined();
    // Other tests of this file may have booked the room for culture this month: the quota leaves two hours more.
    const month = quotaMonth(at('09:00', friday));
    const earlier = (await server.db
      .knex('bookings')
      .where({ space_id: rule.spaceId, requester_dept: 'culture' })
      .whereIn('status', ['REQUESTED', 'APPROVED'])
      .where('starts_at', '>=', month.start.toISOString())
      .where('starts_at', '<', month.end.toISOString())
      .select('starts_at', 'ends_at')) as { starts_at: string | Date; ends_at: string | Date }[];
    const held = earlier.reduce((h, r) => h + (new Date(r.ends_at).getTime() - new Date(r.starts_at).getTime()) / 3600_000, 0);
    const quota = Math.ceil(held) + 2;
    await server.db.knex('sharing_rules').where('space_id', rule.spaceId).update({ monthly_quota_hours: quota });
    const culture = await as(staff('culture', '330106', 'culture-limits'));
    const partyOfficer = await as(staff('party', '330106', 'party-limits-1'));
    const otherPartyOfficer = await as(staff('party', '330106', 'party-limits-2'));
    let key = 0;
    const ask = (from: string | Date, to: string | Date, who: Record<string, string>, purpose = '议事会') =>
      post(
        server.url,
        `mutation($i: BookingRequest!) { requestBooking(input: $i) { id status } }`,
        {
          i: {
            spaceId: rule.spaceId,
            startsAt: typeof from === 'string' ? at(from, friday) : from,
            endsAt: typeof to === 'string' ? at(to, friday) : to,
            purpose,
            attendees: 5,
            contact: '0571-1',
            idempotencyKey: `limits-${key++}`,
          },
        },
        who,
      );
    const refusal = async (res: Promise<Awaited<ReturnType<typeof post>>>) => {
      const e = (await res).errors?.[0];
      return { code: e?.extensions?.code, message: e?.message };
    };
    try {
      expect(await refusal(ask(new Date('2099-06-05T01:00:00Z'), new Date('2099-06-05T02:00:00Z'), culture))).toEqual({
        code: 'BOOKING_NOT_ALLOWED',
        message: "This request breaks the space's rules: at most 180 days ahead.",
      });
      expect(await refusal(ask('09:00', new Date(at('09:00', friday).getTime() + 60_000), culture))).toMatchObject({
        code: 'BOOKING_NOT_ALLOWED',
        message: expect.stringContaining('at least 30 minutes at a time'),
      });
      expect(await refusal(ask('09:07', '10:00', culture))).toMatchObject({
        code: 'BOOKING_NOT_ALLOWED',
        message: expect.stringContaining('15-minute step'),
      });
      const invisible = (await ask('09:00', '10:00', culture, '\u200b\u200b\u3000')).errors?.[0];
      expect(invisible?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'purpose' });

      // The quota: two hours more for culture here, then no more; the managing department is not counted.
      const first = await ask('09:00', '10:00', culture);
      expect(first.errors).toBeUndefined();
      expect(first.data!.requestBooking.status).toBe('REQUESTED');
      const second = await ask('10:00', '11:00', culture);
      expect(second.errors).toBeUndefined();
      expect(second.data!.requestBooking.status).toBe('REQUESTED');
      const over = await refusal(ask('11:00', '12:00', culture));
      expect(over.code).toBe('BOOKING_NOT_ALLOWED');
      expect(over.message).toBe(
        `This request breaks the space's rules: at most ${quota} hours of this space a month for one department: culture already holds ${Math.round((held + 2) * 100) / 100} in ${month.month}, and this asks 1 more.`,
      );
      const own = await ask('14:00', '15:00', partyOfficer);
      expect(own.data!.requestBooking.status).toBe('REQUESTED');

      // Four eyes: the officer who asked cannot approve; another of the managing department can.
      const id = own.data!.requestBooking.id as string;
      expect(await refusal(post(server.url, `mutation { approveBooking(id: "${id}") { status } }`, undefined, partyOfficer))).toEqual({
        code: 'BOOKING_NOT_ALLOWED',
        message: 'You asked for this booking, so another officer of the managing department must approve it.',
      });
      const approved = await post(server.url, `mutation { approveBooking(id: "${id}") { status } }`, undefined, otherPartyOfficer);
      expect(approved.data!.approveBooking.status).toBe('APPROVED');
      // The rule says all of it.
      const shown: any = await query(
        server.url,
        `{ space(id: "${rule.spaceId}") { sharingRule { maxDaysAhead minDurationMinutes stepMinutes monthlyQuotaHours } } }`,
      );
      expect(shown.space.sharingRule).toEqual({ maxDaysAhead: 180, minDurationMinutes: 30, stepMinutes: 15, monthlyQuotaHours: quota });
    } finally {
      await server.db.knex('sharing_rules').where('space_id', rule.spaceId).update({ monthly_quota_hours: 40 });
    }
  });

  it('the last unit of equipment asked for by eight at once goes to exactly one', async () => {
    const thursday = nextLocalWeekday('THU');
    const culture = await as(staff('culture', '330106'));
    const window = { region: '330106', from: at('14:00', thursday), to: at('15:00', thursday), min: 1, first: 1, mine: true };
    const found: any = await query(server.url, SEARCH, { ...window, equipment: 'PROJECTOR' }, culture);
    const spaceId = found.findSpaces.edges[0].node.id as string;
    const projector = world.equipment.find((e) => e.spaceId === spaceId && e.kind === 'PROJECTOR')!;
    const ask = (key: string, quantity: number) =>
      post(
        server.url,
        `mutation($i: BookingRequest!) { requestBooking(input: $i) { id } }`,
        {
          i: {
            startsAt: window.from,
            endsAt: window.to,
            purpose: '放映',
            attendees: 5,
            contact: 'x',
            idempotencyKey: key,
            equipment: [{ equipmentId: projector.id, quantity }],
          },
        },
        culture,
      );
    const free: any = await query(
      server.url,
      `{ space(id: "${spaceId}") { equipment { id available(from: "${window.from.toISOString()}", to: "${window.to.toISOString()}") } } }`,
    );
    const available = free.space.equipment.find((e: any) => e.id === projector.id).available as number;
    expect(available).toBeGreaterThan(0);
    if (available > 1) expect((await ask('last-unit-0', available - 1)).errors).toBeUndefined();
    const answers = await Promise.all(Array.from({ length: 8 }, (_, n) => ask(`last-unit-${n + 1}`, 1)));
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    for (const refused of answers.filter((a) => a.errors))
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BOOKING_CONFLICT', equipment: { id: projector.id, available: 0 } });
  });

  it.skipIf(backend !== 'postgres')(
    'on PostgreSQL a request for equipment waits while another transaction holds it, then counts what that one lent',
    async () => {
      const friday = nextLocalWeekday('FRI');
      const from = at('14:00', friday);
      const to = at('15:00', friday);
      // A projector nobody has ever booked: whatever refuses the request below is the other transaction's.
      const held = await server.db
        .knex('equipment')
        .where({ kind: 'PROJECTOR', quantity: 1 })
        .whereNotExists((q) => q.select('*').from('booking_equipment').whereRaw('booking_equipment.equipment_id = equipment.id'))
        .first('id', 'name');
      const request = (key: string): NewBooking => ({
        spaceId: null,
        startsAt: from,
        endsAt: to,
        status: 'REQUESTED',
        requesterSub: 'lock-test',
        requesterDept: 'culture',
        purpose: '放映',
        attendees: 5,
        contact: 'x',
        idempotencyKey: key,
        equipment: [{ id: held.id, name: held.name, quantity: 1, requested: 1 }],
      });
      const other = await server.db.knex.transaction();
      let waiting: Promise<unknown> | undefined;
      try {
        await other('equipment').select('id').where('id', held.id).forUpdate();
        waiting = insertBooking(server.db, request('lock-2')).then(
          () => 'booked',
          (err: { extensions?: { code?: string } }) => err.extensions?.code,
        );
        // Still waiting for the lock while the other transaction lends the projector.
        expect(await Promise.race([waiting, new Promise((r) => setTimeout(() => r('waiting'), 300))])).toBe('waiting');
        const id = 'lock-test-1';
        await other('bookings').insert(
          BOOKINGS.row({
            ...request('lock-1'),
            id,
            startsAt: from.toISOString(),
            endsAt: to.toISOString(),
            createdAt: from.toISOString(),
            decidedBy: null,
            decidedAt: null,
          }),
        );
        await other('booking_equipment').insert(BOOKING_EQUIPMENT.row({ bookingId: id, equipmentId: held.id, quantity: 1 }));
        await other.commit();
      } finally {
        if (!other.isCompleted()) await other.rollback();
      }
      expect(await waiting).toBe('BOOKING_CONFLICT');
    },
  );

  it('spaceUtilisation takes a room’s own closure off its open hours, once even on a holiday it closes on anyway', async () => {
    const room = world.sharingRules.find(
      (r) => r.shared && r.closedDates.length === 0 && r.spaceId.startsWith('site-330106') && r.openingHours.WED,
    )!;
    const county = '330106';
    const figures = async () => {
      const data: any = await query(
        server.url,
        `{ region(code: "${county}") { spaceUtilisation(month: "2021-05") { department openHours } } }`,
      );
      return data.region.spaceUtilisation.find((r: any) => r.department === 'PARTY').openHours as number;
    };
    const before = await figures();
    await server.db.knex('closed_dates').insert({ space_id: room.spaceId, day: '2021-05-03' }); // Labour Day: closed anyway
    expect(await figures()).toBe(before);
    await server.db.knex('closed_dates').insert({ space_id: room.spaceId, day: '2021-05-12' }); // a Wednesday
    const [from, to] = room.openingHours.WED![0]!;
    const hours = (Number(to.slice(0, 2)) * 60 + Number(to.slice(3)) - Number(from.slice(0, 2)) * 60 - Number(from.slice(3))) / 60;
    expect(await figures()).toBeCloseTo(before - hours, 2);
  });

  it('findSpaces(bookableByMe): only the rooms whose rule lets the caller’s department ask', async () => {
    const friday = nextLocalWeekday('FRI');
    const args = { region: '3301', from: at('15:00', friday), to: at('16:00', friday), minCapacity: 1 };
    const rules = new Map(world.sharingRules.map((r) => [r.spaceId, r]));
    const siteRegion = new Map(world.sites.map((x) => [x.id, x.regionCode]));
    const spaceSite = new Map(world.spaces.map((x) => [x.id, x.siteId]));
    // Read off the seeded rules by hand: culture staff of 西湖区 (330106).
    const mayAsk = (id: string) => {
      const rule = rules.get(id)!;
      const site = siteRegion.get(spaceSite.get(id)!)!;
      if (rule.whoMayBook === 'ANY_DEPARTMENT') return true;
      if (rule.whoMayBook === 'SAME_REGION') return site.startsWith('330106');
      return rule.managingDept === 'culture' || rule.allowedDepts.includes('culture');
    };
    const all = expectedFindSpaces(world, history.bookings, args);
    const expected = all.filter((x) => mayAsk(x.id));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    const culture = await as(staff('culture', '330106'));
    const { seen, total } = await searchAll({ region: '3301', from: args.from, to: args.to, min: 1, mine: true }, culture);
    expect(total).toBe(expected.length);
    expect(seen).toEqual(expected);
    const anonymous = await post(
      server.url,
      SEARCH,
      { region: '3301', from: args.from, to: args.to, min: 1, mine: true },
      await as({ sub: null, name: null, role: 'public', dept: null, region: null }),
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('myBookings: the caller’s own, by start, in the statuses asked for', async () => {
    const friday = nextLocalWeekday('FRI');
    const me = await as(staff('practice', '330106', 'practice-mine'));
    const other = await as(staff('practice', '330106', 'practice-other'));
    const ask = (space: string, from: string, to: string, key: string, who = me) =>
      query(
        server.url,
        `mutation($i: BookingRequest!) { requestBooking(input: $i) { id } }`,
        {
          i: {
            spaceId: space,
            startsAt: at(from, friday),
            endsAt: at(to, friday),
            purpose: '宣讲',
            attendees: 5,
            contact: 'x',
            idempotencyKey: key,
          },
        },
        who,
      );
    const late = (await ask('site-330106010-r1', '18:00', '19:00', 'mine-2')).requestBooking.id;
    const early = (await ask('site-330106011-r1', '09:00', '10:00', 'mine-1')).requestBooking.id;
    const gone = (await ask('site-330106012-r1', '12:00', '13:00', 'mine-3')).requestBooking.id;
    await query(server.url, `mutation { cancelBooking(id: "${gone}") { status } }`, undefined, me);
    await ask('site-330106013-r1', '09:00', '10:00', 'theirs', other);
    const MINE = `query($status: [BookingStatus!], $after: String) { myBookings(status: $status, first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } } }`;
    const first: any = await query(server.url, MINE, {}, me);
    expect(first.myBookings.totalCount).toBe(2);
    expect(first.myBookings.edges.map((e: any) => e.node.id)).toEqual([early]);
    const second: any = await query(server.url, MINE, { after: first.myBookings.pageInfo.endCursor }, me);
    expect(second.myBookings.edges.map((e: any) => e.node.id)).toEqual([late]);
    expect(second.myBookings.pageInfo.hasNextPage).toBe(false);
    const cancelled: any = await query(server.url, MINE, { status: ['CANCELLED'] }, me);
    expect(cancelled.myBookings.edges.map((e: any) => e.node)).toEqual([{ id: gone, status: 'CANCELLED' }]);
    const pub = await post(server.url, MINE, {}, await as({ sub: null, name: null, role: 'public', dept: null, region: null }));
    expect(pub.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('approval checks the rule again: a day closed since the request cannot be approved', async () => {
    const saturday = nextLocalWeekday('SAT');
    const asked: any = await query(
      server.url,
      `mutation($i: BookingRequest!) { requestBooking(input: $i) { id status } }`,
      {
        i: {
          spaceId: 'site-330106008-r1',
          startsAt: at('10:00', saturday),
          endsAt: at('11:00', saturday),
          purpose: '排练',
          attendees: 10,
          contact: 'x',
          idempotencyKey: 'closed-later',
        },
      },
      await as(staff('culture', '330106')),
    );
    expect(asked.requestBooking.status).toBe('REQUESTED');
    await server.db.knex('closed_dates').insert({ space_id: 'site-330106008-r1', day: saturday });
    const party = await as(staff('party', '330106'));
    const refused = await post(server.url, `mutation { approveBooking(id: "${asked.requestBooking.id}") { status } }`, undefined, party);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BOOKING_NOT_ALLOWED');
    expect(refused.errors?.[0]?.message).toMatch(`closed on ${saturday}`);
    // Still a request: it can be rejected.
    const rejected: any = await query(
      server.url,
      `mutation { rejectBooking(id: "${asked.requestBooking.id}") { status } }`,
      undefined,
      party,
    );
    expect(rejected.rejectBooking.status).toBe('REJECTED');
  });

  it('findSpaces with its rooms’ equipment, rules, sites and venues: the same SQL statement count for 2 rooms as for 25', async () => {
    const FULL = `query($first: Int) { findSpaces(regionPrefix: "3301", from: "${at('14:00').toISOString()}", to: "${at('15:00').toISOString()}", minCapacity: 1,
      near: { lng: 120.155, lat: 30.274 }, first: $first) { edges { distanceKm node { id capacity
        equipment { kind quantity available(from: "${at('14:00').toISOString()}", to: "${at('15:00').toISOString()}") }
        sharingRule { managingDepartment openingHours { weekday from to } closedDates }
        freeSlots(date: "${day}") { startsAt endsAt }
        site { address region { name } venues { __typename id } } } } } }`;
    const cost = async (first: number) => {
      const before = await sqlStatementCount(server.url);
      const data: any = await query(server.url, FULL, { first });
      expect(data.findSpaces.edges).toHaveLength(first);
      return (await sqlStatementCount(server.url)) - before;
    };
    expect(await cost(25)).toBe(await cost(2));
  });
});

describeBackends('migration 004 on %s', (backend) => {
  it('moves opening hours and closed dates from JSON to rows and back, losing nothing', async () => {
    const dbs = await createTestDatabases(backend, ['facilities']);
    const db = openDatabase(dbs.urls.facilities, { subgraph: 'facilities' });
    try {
      const upTo003 = migrations.filter((m) => m.name !== bookingDetails.name);
      await migrate(db, upTo003);
      const hours = {
        MON: [
          ['08:30', '12:00'],
          ['13:30', '17:30'],
        ],
        SAT: [['09:00', '11:00']],
      };
      const closed = ['2021-05-01', '2021-10-01'];
      await db.knex('regions').insert({ code: '33', name: '浙江省', level: 'PROVINCE', vintage: 2023 });
      await db.knex('sites').insert({ id: 's', name: 'n', address: 'a', region_code: '33', lng: 120, lat: 30, crs: 'GCJ02' });
      await db
        .knex('spaces')
        .insert({ id: 'r', site_id: 's', name: 'n', kind: 'MEETING_ROOM', capacity: 10, area_m2: 20, shareable: true });
      await db.knex('sharing_rules').insert({
        space_id: 'r',
        managing_dept: 'party',
        shared: true,
        opening_hours: JSON.stringify(hours),
        closed_dates: JSON.stringify(closed),
        min_notice_hours: 24,
        max_duration_hours: 4,
        who_may_book: 'ANY_DEPARTMENT',
        allowed_depts: '[]',
        needs_approval: true,
      });
      await db.knex('bookings').insert({
        id: 'b',
        space_id: 'r',
        starts_at: '2021-05-10T01:00:00.000Z',
        ends_at: '2021-05-10T02:00:00.000Z',
        status: 'APPROVED',
        requester_sub: 'x',
        purpose: 'p',
        attendees: 1,
        contact: 'c',
        idempotency_key: 'k',
        created_at: '2021-05-01T00:00:00.000Z',
      });
      expect(await migrate(db, migrations)).toEqual([bookingDetails.name]);
      const rows = await db.knex('opening_hours').select('weekday', 'from_min', 'to_min').orderBy(['weekday', 'from_min']);
      expect(rows.map((r) => [r.weekday, Number(r.from_min), Number(r.to_min)])).toEqual([
        ['MON', 510, 720],
        ['MON', 810, 1050],
        ['SAT', 540, 660],
      ]);
      expect((await db.knex('closed_dates').select('day').orderBy('day')).map((r) => r.day)).toEqual(closed);
      expect(Boolean((await db.knex('sharing_rules').first('closed_on_public_holidays')).closed_on_public_holidays)).toBe(false); // its dates became its own
      expect(
        await db
          .knex('bookings')
          .count({ n: '*' })
          .then((r) => Number(r[0]!.n)),
      ).toBe(1);
      await db.knex('bookings').insert({
        id: 'e',
        space_id: null,
        starts_at: '2021-05-10T01:00:00.000Z',
        ends_at: '2021-05-10T02:00:00.000Z',
        status: 'APPROVED',
        requester_sub: 'x',
        purpose: 'p',
        attendees: 1,
        contact: 'c',
        idempotency_key: 'k2',
        created_at: '2021-05-01T00:00:00.000Z',
      }); // a booking without a space is now possible

      // A rule that closes on public holidays gets them back as dates of its own.
      await db.knex('public_holidays').insert([
        { day: '2021-05-01', name: '劳动节' },
        { day: '2021-05-02', name: '劳动节' },
      ]);
      await db.knex('sharing_rules').where('space_id', 'r').update({ closed_on_public_holidays: true });

      await bookingDetails.down(db.knex);
      const rule = await db.knex('sharing_rules').first('opening_hours', 'closed_dates');
      expect(JSON.parse(rule.opening_hours)).toEqual(hours);
      expect(JSON.parse(rule.closed_dates)).toEqual(['2021-05-01', '2021-05-02', '2021-10-01']);
      expect((await db.knex('bookings').select('id')).map((b) => b.id)).toEqual(['b']); // the equipment-only booking cannot stay
    } finally {
      await db.close();
      await dbs.drop();
    }
  });
});
