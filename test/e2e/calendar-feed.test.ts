import ICAL from 'ical.js';
import { beforeAll, expect, it } from 'vitest';
import { bearer } from '../helpers/auth.js';
import { aWeekAhead, requestHall, sharedTownshipHall } from '../helpers/booking.js';
import { describeBackends } from '../helpers/backends.js';
import type { Backend } from '../helpers/databases.js';
import { sharedFederation, type SharedFederation } from '../helpers/shared.js';
import { post } from '../helpers/graphql.js';

const feedUrl = (graphqlUrl: string, spaceId: string) => graphqlUrl.replace(/\/graphql$/, `/calendar/spaces/${spaceId}.ics`);

/** The VEVENTs of an iCalendar text, parsed with ical.js (a parser the feed's generator knows nothing of). */
function events(text: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** A stack trace line, as Node prints them. */
const STACK_LINE = /^\s*at /m;

/** A shared hall's approved bookings, as a public iCalendar feed served by the gateway from the graph. */
describeBackends('the calendar feed of a space on %s', (backend: Backend) => {
  let fed: SharedFederation;
  // Not booking.test.ts's hall: both book a week ahead in the same shared databases.
  const { hall, site, county } = sharedTownshipHall(1);
  const tokens: Record<string, Record<string, string>> = {};
  const { at } = aWeekAhead();

  beforeAll(async () => {
    fed = sharedFederation(backend);
    tokens.culture = await bearer({ sub: 'culture-officer', role: 'staff', dept: 'culture', region: county });
    tokens.party = await bearer({ sub: 'party-officer', role: 'staff', dept: 'party', region: county });
  });

  const request = async (from: string, to: string, key: string) => {
    const res = await requestHall(fed.gatewayUrl, hall.id, at(from), at(to), key, tokens.culture!);
    expect(res.errors).toBeUndefined();
    return res.data!.requestBooking as { id: string; status: string; startsAt: string; endsAt: string };
  };
  const decide = async (who: string, action: string, id: string) => {
    const res = await post(fed.gatewayUrl, `mutation { ${action}(id: "${id}") { id status } }`, undefined, tokens[who]);
    expect(res.errors).toBeUndefined();
    return res.data![action].status as string;
  };

  it('holds the approved booking only, with its times, and none once it is cancelled', async () => {
    const approved = await request('10:00', '12:00', 'feed-1');
    expect(approved.status).toBe('REQUESTED'); // the hall needs approval
    expect(await decide('party', 'approveBooking', approved.id)).toBe('APPROVED');
    const pending = await request('14:00', '16:00', 'feed-2');
    expect(pending.status).toBe('REQUESTED');

    const res = await fetch(feedUrl(fed.gatewayUrl, hall.id)); // no token: the feed is public
    const text = await res.text();
    expect(res.status, text).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');

    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`${site.name} ${hall.name}`);
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('venue-graph');
    // The seed's bookings of this hall (May 2021) are far outside the window; the requested one is not approved.
    const found = events(text);
    expect(found.map((e) => e.uid)).toEqual([`${approved.id}@venue-graph`]);
    const [event] = found;
    expect(event!.startDate.toJSDate().toISOString()).toBe(approved.startsAt);
    expect(event!.endDate.toJSDate().toISOString()).toBe(approved.endsAt);
    expect(event!.startDate.toJSDate().toISOString()).toBe(new Date(at('10:00')).toISOString());
    expect(event!.summary).toBe('社区议事会');
    expect(event!.location).toBe(`${site.name}, ${site.address}`);
    expect(event!.description).toContain('Requesting department: 文化和旅游部门（文化站）');
    expect(event!.description).toContain('30');
    expect(text).not.toContain(pending.id);
    expect(text).not.toContain('13800001234'); // never the contact

    expect(await decide('culture', 'cancelBooking', approved.id)).toBe('CANCELLED');
    const after = await fetch(feedUrl(fed.gatewayUrl, hall.id));
    const afterText = await after.text();
    expect(after.status, afterText).toBe(200);
    expect(events(afterText)).toEqual([]);
  });

  it('answers 404 in plain text for an unknown space', async () => {
    const res = await fetch(feedUrl(fed.gatewayUrl, 'site-000000000-r9'));
    const text = await res.text();
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(text).toMatch(/site-000000000-r9/);
    expect(text).not.toMatch(STACK_LINE);
  });

  it('answers 400 in plain text for a malformed id, before asking the graph', async () => {
    for (const id of ['bad%20id', 'bad%00id', 'x'.repeat(101), '%E7%A9%BA%E9%97%B4', '%E0%A4%A']) {
      const res = await fetch(feedUrl(fed.gatewayUrl, id));
      const text = await res.text();
      expect(res.status, id).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(text).toMatch(/Invalid space id/);
      expect(text).not.toMatch(STACK_LINE);
    }
  });
});
