import { beforeAll, expect, it } from 'vitest';
import { bearer } from '../helpers/auth.js';
import { aWeekAhead, liveBookings, requestHall, sharedTownshipHall } from '../helpers/booking.js';
import { describeBackends } from '../helpers/backends.js';
import { directDb, type Backend } from '../helpers/databases.js';
import { sharedFederation, type SharedFederation } from '../helpers/shared.js';
import { post } from '../helpers/graphql.js';
import { world } from '../helpers/world.js';

/** A shared hall, booked across departments through the gateway; never twice. */
describeBackends('booking a shared space on %s', (backend: Backend) => {
  let fed: SharedFederation;
  const { hall, county } = sharedTownshipHall();
  const tokens: Record<string, Record<string, string>> = {};
  const { at } = aWeekAhead();

  beforeAll(async () => {
    fed = sharedFederation(backend);
    tokens.culture = await bearer({ sub: 'culture-officer', role: 'staff', dept: 'culture', region: county });
    tokens.party = await bearer({ sub: 'party-officer', role: 'staff', dept: 'party', region: county });
    tokens.analyst = await bearer({ sub: 'analyst-1', role: 'analyst' });
  });

  const request = (who: string, from: string, to: string, key: string) =>
    requestHall(fed.gatewayUrl, hall.id, at(from), at(to), key, tokens[who]!);
  const decide = (who: string, action: string, id: string) =>
    post(fed.gatewayUrl, `mutation { ${action}(id: "${id}") { id status } }`, undefined, tokens[who]);
  const calendar = async () =>
    (await post(fed.gatewayUrl, `{ space(id: "${hall.id}") { calendar(from: "${at('00:00')}", to: "${at('23:59')}") { id status } } }`))
      .data!.space.calendar;

  it('request, approve, a conflicting request refused, the calendar, cancel', async () => {
    const first = await request('culture', '10:00', '12:00', 'story-1');
    expect(first.errors).toBeUndefined();
    expect(first.data!.requestBooking).toMatchObject({ status: 'REQUESTED', startsAt: new Date(at('10:00')).toISOString() });
    const id = first.data!.requestBooking.id;
    expect((await request('culture', '10:00', '12:00', 'story-1')).data!.requestBooking.id).toBe(id); // same key, same booking
    const reused = await request('culture', '18:00', '19:00', 'story-1'); // same key, another request
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', bookingId: id });

    const clash = await request('culture', '11:00', '13:00', 'story-2');
    expect(clash.errors?.[0]?.extensions).toMatchObject({
      code: 'BOOKING_CONFLICT',
      conflict: { startsAt: new Date(at('10:00')).toISOString() },
    });
    expect(clash.errors?.[0]?.message).toMatch(/already booked from/);

    expect(await calendar()).toEqual([]); // requested, not yet approved
    expect((await decide('culture', 'approveBooking', id)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await decide('party', 'approveBooking', id)).data!.approveBooking.status).toBe('APPROVED');
    expect(await calendar()).toEqual([{ id, status: 'APPROVED' }]);
    expect((await decide('party', 'rejectBooking', id)).errors?.[0]?.extensions?.code).toBe('BOOKING_STATE_CONFLICT');

    const contact = `{ space(id: "${hall.id}") { calendar(from: "${at('00:00')}", to: "${at('23:59')}") { contact } } }`;
    expect((await post(fed.gatewayUrl, contact, undefined, tokens.culture)).data!.space.calendar[0].contact).toBe('13800001234');
    expect((await post(fed.gatewayUrl, contact, undefined, tokens.analyst)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    expect((await decide('culture', 'cancelBooking', id)).data!.cancelBooking.status).toBe('CANCELLED');
    expect(await calendar()).toEqual([]);
  });

  it('50 concurrent overlapping requests: exactly one succeeds, the rest are BOOKING_CONFLICT, no 5xx', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => request('culture', '14:00', '16:00', `rush-${i}`)));
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    const ok = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'BOOKING_CONFLICT');
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    expect(await liveBookings(fed.dbs.urls.facilities, hall.id, at('14:00'), at('16:00'))).toBe(1);
  });

  it('20 concurrent requests for the 6 microphones of another hall, one each: exactly 6 succeed, no 5xx', async () => {
    const mics = world.equipment.find((e) => e.spaceId === 'site-330106011-r1' && e.kind === 'MICROPHONE')!;
    expect(mics.quantity).toBe(6);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(
          fed.gatewayUrl,
          `mutation($input: BookingRequest!) { requestBooking(input: $input) { id status } }`,
          {
            input: {
              equipment: [{ equipmentId: mics.id, quantity: 1 }],
              startsAt: at('14:00'),
              endsAt: at('16:00'),
              purpose: '宣讲',
              attendees: 5,
              contact: 'x',
              idempotencyKey: `mic-${i}`,
            },
          },
          tokens.culture,
        ),
      ),
    );
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    expect(results.filter((r) => !r.errors)).toHaveLength(6);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'BOOKING_CONFLICT')).toHaveLength(14);
    const db = directDb(fed.dbs.urls.facilities);
    try {
      const held = await db('booking_equipment')
        .join('bookings', 'bookings.id', 'booking_equipment.booking_id')
        .where('booking_equipment.equipment_id', mics.id)
        .whereIn('bookings.status', ['REQUESTED', 'APPROVED'])
        .where('bookings.starts_at', '<', new Date(at('16:00')).toISOString())
        .where('bookings.ends_at', '>', new Date(at('14:00')).toISOString())
        .sum({ n: 'booking_equipment.quantity' });
      expect(Number(held[0]!.n)).toBe(6);
    } finally {
      await db.destroy();
    }
  });

  it('refuses what the rules forbid, and the public', async () => {
    const early = await request('culture', '06:00', '07:00', 'early');
    expect(early.errors?.[0]?.extensions?.code).toBe('BOOKING_NOT_ALLOWED');
    expect(early.errors?.[0]?.message).toMatch(/outside opening hours/);
    const pub = await post(
      fed.gatewayUrl,
      `mutation { requestBooking(input: { spaceId: "${hall.id}", startsAt: "${at('18:00')}", endsAt: "${at('19:00')}", purpose: "x", attendees: 1, contact: "x", idempotencyKey: "p" }) { id } }`,
    );
    expect(pub.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
