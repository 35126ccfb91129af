import type { Database } from '../../kit/db.js';
import { connectionLoader, groupedLoader, keyedLoader, loaderFamily, mapLoader } from '../../kit/loaders.js';
import type { BookingStatus } from './domain/booking-rules.js';
import * as bookings from './data/bookings.js';
import * as repo from './data/repository.js';
import { utilisationByPrefix } from './data/utilisation.js';

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
      (month) => mapLoader((prefixes) => utilisationByPrefix(db, prefixes, month), []),
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
