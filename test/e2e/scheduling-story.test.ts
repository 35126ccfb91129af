import { afterAll, beforeAll, expect, it } from 'vitest';
import { bearer } from '../helpers/auth.js';
import { describeBackends } from '../helpers/backends.js';
import type { Backend } from '../helpers/databases.js';
import { nextLocalWeekday } from '../helpers/expected.js';
import { startTestGateway } from '../helpers/federation.js';
import { sharedFederation } from '../helpers/shared.js';
import type { Gateway } from '../../scripts/launch.js';
import { op } from '../helpers/operations.js';
import { post } from '../helpers/graphql.js';

/**
 * Question 3 of the design, the scheduling story, told by the committed operation files in their order,
 * each sent with the token of whoever does that step, through a gateway that accepts only safelisted
 * operations (so the files are exactly what production serves).
 */
describeBackends('the scheduling story (schema/operations/q3-*) on %s', (backend: Backend) => {
  let gateway: Gateway;
  const tokens: Record<string, Record<string, string>> = {};
  // The files name a day in March 2027; the story is told a week or more from today (the hall needs 72 h notice).
  const day = nextLocalWeekday('WED');
  const redate = (v: unknown): any =>
    JSON.parse(JSON.stringify(v).replaceAll('2027-03-17', day).replaceAll('2027-03-18', nextLocalWeekday('THU', 8)));

  beforeAll(async () => {
    // A gateway of its own, safelisting, over the run's shared subgraphs.
    gateway = await startTestGateway(sharedFederation(backend).subgraphUrls, { SAFELIST: 'true' });
    tokens.culture = await bearer({ sub: 'culture-officer-330106', role: 'staff', dept: 'culture', region: '330106' });
    tokens.party = await bearer({ sub: 'party-officer-330106', role: 'staff', dept: 'party', region: '330106' });
    tokens.practice = await bearer({ sub: 'practice-officer-330106', role: 'staff', dept: 'practice', region: '330106' });
    tokens.analyst = await bearer({ sub: 'analyst-1', role: 'analyst' });
  });
  afterAll(async () => gateway?.stop());

  const run = (name: string, who: string | null, override: Record<string, unknown> = {}) => {
    const file = op(name);
    return post(gateway.url, file.query, { ...redate(file.variables), ...override }, who ? tokens[who] : {});
  };

  it('request → the approver’s list → approve → an overlapping request refused → the calendar', async () => {
    // 1. The culture station asks for the party centre's hall with two microphones.
    const asked = await run('q3-1-request', 'culture');
    expect(asked.errors).toBeUndefined();
    const booking = asked.data!.requestBooking;
    expect(booking).toMatchObject({
      status: 'REQUESTED',
      startsAt: new Date(`${day}T14:00:00+08:00`).toISOString(),
      requesterDepartment: 'CULTURE',
      space: { id: 'site-330106004-r1', sharingRule: { managingDepartment: 'PARTY', needsApproval: true } },
      equipment: [{ quantity: 2, equipment: { id: 'site-330106004-r1-e3' } }],
    });
    expect((await run('q3-1-request', 'culture')).data!.requestBooking.id).toBe(booking.id); // same key, same booking

    // 2. The party centre sees it waiting, with the contact; an analyst may not list requests.
    const waiting = await run('q3-2-requests-to-decide', 'party');
    expect(waiting.errors).toBeUndefined();
    expect(waiting.data!.bookingRequests.edges.map((e: any) => e.node)).toContainEqual(
      expect.objectContaining({ id: booking.id, contact: '文化站 0571-87000000', requesterDepartment: 'CULTURE' }),
    );
    expect((await run('q3-2-requests-to-decide', 'analyst')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // 3. Only the managing department decides; once.
    expect((await run('q3-3-approve', 'culture', { id: booking.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const approved = await run('q3-3-approve', 'party', { id: booking.id });
    expect(approved.data!.approveBooking).toMatchObject({ id: booking.id, status: 'APPROVED' });
    expect((await run('q3-3-approve', 'party', { id: booking.id })).errors?.[0]?.extensions?.code).toBe('BOOKING_STATE_CONFLICT');

    // 4. The practice centre asks for 15:00–17:00: refused, naming 14:00–16:00.
    const clash = await run('q3-4-overlapping-request', 'practice');
    expect(clash.status).toBeLessThan(500);
    expect(clash.errors?.[0]?.extensions).toMatchObject({
      code: 'BOOKING_CONFLICT',
      conflict: { startsAt: new Date(`${day}T14:00:00+08:00`).toISOString(), endsAt: new Date(`${day}T16:00:00+08:00`).toISOString() },
    });

    // 5. Anyone reads the calendar: exactly the approved booking; the day's free time goes around it.
    const cal = await run('q3-5-calendar', null);
    expect(cal.errors).toBeUndefined();
    expect(cal.data!.space.calendar).toEqual([
      expect.objectContaining({ id: booking.id, status: 'APPROVED', startsAt: booking.startsAt, endsAt: booking.endsAt }),
    ]);
    const slots = cal.data!.space.freeSlots as { startsAt: string; endsAt: string }[];
    expect(slots.some((s) => s.endsAt === booking.startsAt)).toBe(true);
    expect(slots.some((s) => s.startsAt === booking.endsAt)).toBe(true);
    expect(slots.every((s) => s.endsAt <= booking.startsAt || s.startsAt >= booking.endsAt)).toBe(true);
  });

  it('the gateway refuses an operation that is not one of the files', async () => {
    const res = await post(gateway.url, '{ space(id: "site-330106004-r1") { id } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_IN_SAFELIST');
  });
});
