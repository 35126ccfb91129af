import type { Database } from '../../kit/db.js';
import DataLoader from 'dataloader';
import { connectionLoader, groupedLoader, keyedLoader, loaderFamily, MAX_BATCH, mapLoader } from '../../kit/loaders.js';
import type { BookingStatus } from './domain/booking-rules.js';
import * as bookings from './data/bookings.js';
import * as repo from './data/repository.js';
import { COUNTY_CODE_LENGTH, type UtilisationRow, utilisationByPrefix } from './data/utilisation.js';

interface Window {
  from: Date;
  to: Date;
}

/** Facilities' per-request loaders: every reference and list relation goes through one of these. */
export function createLoaders(db: Database) {
  const { knex } = db;
  return {
    region: keyedLoader(
      (codes: readonly string[]) => repo.regionsByCodes(knex, codes),
      (r) => r.code,
    ),
    townshipCount: mapLoader((codes) => repo.townshipCounts(knex, codes), 0),
    regionChildren: groupedLoader(
      (codes: readonly string[]) => repo.regionsByParents(knex, codes),
      (r) => r.parentCode ?? '',
    ),
    site: keyedLoader(
      (ids: readonly string[]) => repo.sitesByIds(knex, ids),
      (s) => s.id,
    ),
    sitesInRegion: connectionLoader((prefixes, page) => repo.sitePagesByRegion(knex, prefixes, page)),
    space: keyedLoader(
      (ids: readonly string[]) => repo.spacesByIds(knex, ids),
      (s) => s.id,
    ),
    spacesOfSite: groupedLoader(
      (ids: readonly string[]) => repo.spacesBySites(knex, ids),
      (s) => s.siteId,
    ),
    booking: keyedLoader(
      (ids: readonly string[]) => bookings.bookingsByIds(knex, ids),
      (b) => b.id,
    ),
    /** Bookings of each space in some statuses overlapping a window. */
    bookingsOfSpace: loaderFamily(
      (w: Window & { statuses: readonly BookingStatus[] }) => `${w.from.toISOString()}/${w.to.toISOString()}/${w.statuses.join()}`,
      (w) =>
        groupedLoader(
          (ids: readonly string[]) => bookings.bookingsBetween(knex, ids, w.from, w.to, w.statuses),
          (b) => b.spaceId ?? '',
        ),
    ),
    /** Live reservations of each piece of equipment overlapping a window. */
    equipmentUse: loaderFamily(
      (w: Window) => `${w.from.toISOString()}/${w.to.toISOString()}`,
      (w) =>
        groupedLoader(
          (ids: readonly string[]) => bookings.equipmentReservations(knex, ids, w.from, w.to),
          (r) => r.equipmentId,
        ),
    ),
    /** Utilisation of shared spaces in a month, by region prefix. */
    utilisation: loaderFamily(
      (month: string) => month,
      (month) => utilisationLoader(db, month),
    ),
    equipmentOfBooking: groupedLoader(
      (ids: readonly string[]) => bookings.equipmentOfBookings(knex, ids),
      (l) => l.bookingId,
    ),
    sharingRule: keyedLoader(
      (ids: readonly string[]) => repo.sharingRulesOf(knex, ids),
      (r) => r.spaceId,
    ),
    equipment: keyedLoader(
      (ids: readonly string[]) => repo.equipmentByIds(knex, ids),
      (e) => e.id,
    ),
    equipmentOfSpace: groupedLoader(
      (ids: readonly string[]) => repo.equipmentBySpaces(knex, ids),
      (e) => e.spaceId,
    ),
    plaque: keyedLoader(
      (ids: readonly string[]) => repo.plaquesByVenues(knex, ids),
      (p) => p.venueId,
    ),
    plaquesOfSite: groupedLoader(
      (ids: readonly string[]) => repo.plaquesBySites(knex, ids),
      (p) => p.siteId,
    ),
    venuesInRegion: connectionLoader((prefixes, page) => repo.venuePagesByRegion(knex, prefixes, page)),
  };
}

export type FacilitiesLoaders = ReturnType<typeof createLoaders>;

/**
 * Utilisation by region prefix, for one month and one request. Each batch is one call of
 * utilisationByPrefix, whose statements group by county whatever is asked, and q6 asks for the
 * province and for its 90 counties in two batches a few milliseconds apart (the counties first, once
 * their list is read): two passes over every booking of the month, competing for the same connections.
 * So a batch that another batch of the request can answer waits for that one instead:
 * - a county under a coarser prefix (the province, a city) a running batch asked for: that batch's
 *   answer has every county under it too (kept for the request in any case);
 * - a coarser prefix whose sites all lie in counties a running batch asked for (one indexed look at
 *   the sites): the sum of those counties' rows.
 */
function utilisationLoader(db: Database, month: string): DataLoader<string, UtilisationRow[]> {
  const running: { asked: Set<string>; done: Promise<Map<string, UtilisationRow[]>> }[] = [];
  const coversCounty = (asked: Set<string>, county: string) =>
    [...asked].some((p) => p.length < COUNTY_CODE_LENGTH && county.startsWith(p));
  const loader: DataLoader<string, UtilisationRow[]> = new DataLoader(
    async (prefixes) => {
      const answers = new Map<string, Promise<UtilisationRow[]>>();
      const own: string[] = [];
      for (const p of prefixes) {
        if (p.length === COUNTY_CODE_LENGTH) {
          const covering = running.find((r) => coversCounty(r.asked, p));
          if (covering) {
            answers.set(
              p,
              covering.done.then((found) => found.get(p) ?? []),
            );
            continue;
          }
        }
        if (p.length < COUNTY_CODE_LENGTH) {
          for (const r of running) {
            const counties = [...r.asked].filter((c) => c.length === COUNTY_CODE_LENGTH && c.startsWith(p));
            if (counties.length && (await sitesOnlyIn(db, p, counties))) {
              answers.set(
                p,
                r.done.then((found) => sumByDepartment(counties.map((c) => found.get(c) ?? []))),
              );
              break;
            }
          }
          if (answers.has(p)) continue;
        }
        own.push(p);
      }
      if (own.length) {
        const entry = { asked: new Set(own), done: utilisationByPrefix(db, own, month) };
        running.push(entry);
        try {
          const found = await entry.done;
          for (const p of own) answers.set(p, Promise.resolve(found.get(p) ?? []));
          // Every prefix of this batch has its answer by now: the rest came with a coarser one.
          for (const [prefix, rows] of found) if (!answers.has(prefix)) loader.prime(prefix, rows);
        } finally {
          running.splice(running.indexOf(entry), 1);
        }
      }
      return Promise.all(prefixes.map((p) => answers.get(p)!));
    },
    { maxBatchSize: MAX_BATCH },
  );
  return loader;
}

/** Whether every site under `prefix` lies in one of `counties` (then the prefix's figures are their sum). */
async function sitesOnlyIn(db: Database, prefix: string, counties: readonly string[]): Promise<boolean> {
  const outside = await db
    .scans('sites')
    .where('region_code', '>=', prefix)
    .where('region_code', '<', `${prefix}:`)
    .whereRaw(`substr(region_code, 1, ${COUNTY_CODE_LENGTH}) NOT IN (${counties.map(() => '?').join(', ')})`, [...counties])
    .first(db.scans.raw('1 AS found'));
  return !outside;
}

/** Several regions' rows added up by department (as utilisationByPrefix orders them). */
function sumByDepartment(lists: readonly UtilisationRow[][]): UtilisationRow[] {
  const byDept = new Map<string, UtilisationRow>();
  for (const rows of lists) {
    for (const r of rows) {
      const sum = byDept.get(r.department);
      if (!sum) byDept.set(r.department, { ...r });
      else {
        sum.sharedSpaces += r.sharedSpaces;
        sum.openMinutes += r.openMinutes;
        sum.bookedMinutes += r.bookedMinutes;
        sum.bookedByOthersMinutes += r.bookedByOthersMinutes;
      }
    }
  }
  return [...byDept.values()].sort((a, b) => a.department.localeCompare(b.department));
}
