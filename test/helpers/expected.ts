import { PUBLIC_HOLIDAYS_2021, type BookingSeed, type SharingRuleSeed, type World } from '../../seed/world/index.js';

/**
 * Expected answers to the booking questions, computed in plain JS from the generated world, the way a
 * person would check them by hand: without the SQL, the loaders or the domain code under test.
 */

const DAY_MS = 86_400_000;
const CST_MS = 8 * 3_600_000;
const WEEK = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
/** The days a rule keeps its rooms closed: its own, and the public holidays if it closes on them. */
export const closedDays = (rule: SharingRuleSeed): string[] =>
  [...new Set([...rule.closedDates, ...(rule.closedOnPublicHolidays ? PUBLIC_HOLIDAYS_2021.map((h) => h.day) : [])])].sort();

const hm = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));

/** Local (UTC+8) calendar day, weekday and minute of an instant. */
function local(t: Date) {
  const d = new Date(t.getTime() + CST_MS);
  return { day: d.toISOString().slice(0, 10), weekday: WEEK[d.getUTCDay()]!, minute: d.getUTCHours() * 60 + d.getUTCMinutes() };
}

/** Great-circle distance in metres (haversine, mean Earth radius). */
export function haversineM(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

export interface FindSpaceArgs {
  region: string;
  from: Date;
  to: Date;
  minCapacity: number;
  equipment?: string;
  /** GCJ-02, as every generated site is. */
  near?: { lng: number; lat: number };
  now?: Date;
  /** Live bookings added by the test on top of the seed: [spaceId, from, to]. */
  extraBusy?: [string, Date, Date][];
}

/** Spaces that findSpaces must return, in order: (whole metres, id). */
export function expectedFindSpaces(
  w: World,
  bookings: readonly BookingSeed[],
  q: FindSpaceArgs,
): { id: string; distanceM: number | null }[] {
  const s = local(q.from);
  const e = local(q.to);
  const now = q.now ?? new Date();
  const sites = new Map(w.sites.map((x) => [x.id, x]));
  const rules = new Map(w.sharingRules.map((r) => [r.spaceId, r]));
  const busy = [
    ...bookings
      .filter((b) => b.status === 'APPROVED')
      .map((b) => [b.spaceId, new Date(b.startsAt), new Date(b.endsAt)] as [string, Date, Date]),
    ...(q.extraBusy ?? []),
  ].filter(([, f, t]) => f < q.to && t > q.from);
  const kinds = new Set(w.equipment.filter((x) => x.kind === q.equipment).map((x) => x.spaceId));
  const out: { id: string; distanceM: number | null }[] = [];
  for (const space of w.spaces) {
    const site = sites.get(space.siteId)!;
    const rule = rules.get(space.id)!;
    if (!site.regionCode.startsWith(q.region) || !space.shareable || !rule.shared || space.capacity < q.minCapacity) continue;
    if (q.equipment && !kinds.has(space.id)) continue;
    const hours = (q.to.getTime() - q.from.getTime()) / 3_600_000;
    if (rule.maxDurationHours < hours || rule.minNoticeHours > (q.from.getTime() - now.getTime()) / 3_600_000) continue;
    if (closedDays(rule).includes(s.day)) continue;
    const spans = rule.openingHours[s.weekday as keyof typeof rule.openingHours] ?? [];
    if (!spans.some(([f, t]) => hm(f) <= s.minute && e.minute <= hm(t))) continue;
    if (busy.some(([id]) => id === space.id)) continue;
    out.push({ id: space.id, distanceM: q.near ? Math.round(haversineM(q.near, site)) : null });
  }
  return out.sort((a, b) => (a.distanceM ?? 0) - (b.distanceM ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface UtilisationFigures {
  sharedSpaces: number;
  openMinutes: number;
  bookedMinutes: number;
  bookedByOthersMinutes: number;
}

/** Per managing department, the utilisation of the shared spaces in a region subtree in a month (YYYY-MM). */
export function expectedUtilisation(
  w: World,
  bookings: readonly BookingSeed[],
  prefix: string,
  month: string,
): Map<string, UtilisationFigures> {
  return expectedUtilisationByRegion(w, bookings, [prefix], month).get(prefix)!;
}

/**
 * expectedUtilisation for many region subtrees at once (the province and its counties, say), in one pass
 * over the spaces and one over the bookings: each space's open minutes are counted once and added to
 * every requested prefix of its region code.
 */
export function expectedUtilisationByRegion(
  w: World,
  bookings: readonly BookingSeed[],
  prefixes: readonly string[],
  month: string,
): Map<string, Map<string, UtilisationFigures>> {
  const sites = new Map(w.sites.map((x) => [x.id, x]));
  const rules = new Map(w.sharingRules.map((r) => [r.spaceId, r]));
  const days: { day: string; weekday: string }[] = [];
  for (let t = Date.parse(`${month}-01T00:00:00Z`); new Date(t).toISOString().startsWith(month); t += DAY_MS) {
    const d = new Date(t);
    days.push({ day: d.toISOString().slice(0, 10), weekday: WEEK[d.getUTCDay()]! });
  }
  const wanted = new Set(prefixes);
  const lengths = [...new Set(prefixes.map((p) => p.length))];
  const prefixesOf = (code: string) => lengths.filter((n) => code.length >= n && wanted.has(code.slice(0, n))).map((n) => code.slice(0, n));
  const out = new Map<string, Map<string, UtilisationFigures>>(prefixes.map((p) => [p, new Map()]));
  const figuresOf = (prefix: string, dept: string) => {
    const byDept = out.get(prefix)!;
    const f = byDept.get(dept) ?? { sharedSpaces: 0, openMinutes: 0, bookedMinutes: 0, bookedByOthersMinutes: 0 };
    byDept.set(dept, f);
    return f;
  };
  /** Each shared space within some requested prefix: the prefixes it counts towards. */
  const shared = new Map<string, string[]>();
  for (const space of w.spaces) {
    const rule = rules.get(space.id)!;
    if (!space.shareable || !rule.shared) continue;
    const within = prefixesOf(sites.get(space.siteId)!.regionCode);
    if (within.length === 0) continue;
    shared.set(space.id, within);
    const closed = new Set(closedDays(rule));
    let openMinutes = 0;
    for (const { day, weekday } of days) {
      if (closed.has(day)) continue;
      for (const [from, to] of rule.openingHours[weekday as keyof typeof rule.openingHours] ?? []) openMinutes += hm(to) - hm(from);
    }
    for (const prefix of within) {
      const f = figuresOf(prefix, rule.managingDept);
      f.sharedSpaces += 1;
      f.openMinutes += openMinutes;
    }
  }
  for (const b of bookings) {
    const within = shared.get(b.spaceId);
    if (b.status !== 'APPROVED' || !within || !local(new Date(b.startsAt)).day.startsWith(month)) continue;
    const rule = rules.get(b.spaceId)!;
    const minutes = (Date.parse(b.endsAt) - Date.parse(b.startsAt)) / 60_000;
    for (const prefix of within) {
      const f = out.get(prefix)!.get(rule.managingDept)!;
      f.bookedMinutes += minutes;
      if (b.requesterDept !== rule.managingDept) f.bookedByOthersMinutes += minutes;
    }
  }
  return out;
}

/** The next local date (YYYY-MM-DD) at least `days` ahead that falls on a weekday (MON…SUN). */
export function nextLocalWeekday(weekday: string, days = 7): string {
  for (let t = Date.now() + CST_MS + days * DAY_MS; ; t += DAY_MS) {
    const d = new Date(t);
    if (WEEK[d.getUTCDay()] === weekday) return d.toISOString().slice(0, 10);
  }
}
