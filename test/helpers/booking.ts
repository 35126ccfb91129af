import { directDb } from './databases.js';
import { world } from './world.js';
import { post } from './graphql.js';

/**
 * A shared multi-function hall of a township building in the test world (the first, or the `n`-th from 0:
 * suites that book against the same shared databases each take their own), its site and county.
 */
export function sharedTownshipHall(n = 0) {
  const hall = world.spaces.filter((s) => s.kind === 'MULTI_FUNCTION_HALL' && s.shareable && /^site-\d{9}$/.test(s.siteId))[n]!;
  const site = world.sites.find((s) => s.id === hall.siteId)!;
  return { hall, site, county: site.regionCode.slice(0, 6) };
}

/**
 * The local (UTC+8) day a week from now, far enough for a hall's 72 h notice and well inside the
 * calendar feed's window, and `at('10:00')` for a time on it (ISO 8601 with its offset).
 */
export function aWeekAhead() {
  const day = new Date(Date.now() + 7 * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
  return { day, at: (hhmm: string) => `${day}T${hhmm}:00+08:00` };
}

/** requestBooking of a hall through the gateway for [startsAt, endsAt) (ISO 8601), for 30 people, with the caller's headers. */
export function requestHall(
  gatewayUrl: string,
  hallId: string,
  startsAt: string,
  endsAt: string,
  key: string,
  headers: Record<string, string>,
) {
  return post(
    gatewayUrl,
    `mutation($input: BookingRequest!) { requestBooking(input: $input) { id status startsAt endsAt } }`,
    { input: { spaceId: hallId, startsAt, endsAt, purpose: '社区议事会', attendees: 30, contact: '13800001234', idempotencyKey: key } },
    headers,
  );
}

/**
 * How many live bookings (requested or approved) of a space overlap [from, to) (ISO 8601), read straight
 * from the facilities database at `dbUrl` (the seed's history holds past bookings of the space too).
 */
export async function liveBookings(dbUrl: string, spaceId: string, from: string, to: string): Promise<number> {
  const db = directDb(dbUrl);
  try {
    const live = await db('bookings')
      .where('space_id', spaceId)
      .whereIn('status', ['REQUESTED', 'APPROVED'])
      .where('starts_at', '<', new Date(to).toISOString())
      .where('ends_at', '>', new Date(from).toISOString())
      .count({ n: '*' });
    return Number(live[0]!.n);
  } finally {
    await db.destroy();
  }
}
