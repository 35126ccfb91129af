import type { Database } from '../../../kit/db.js';
import type { Page } from '../../../kit/pagination.js';
import type { BookingStatus } from '../domain/booking-rules.js';
import type { RegionLevel } from '../entities/region-level.js';
import type { RegionFilter } from '../entities/region-filter.js';
import * as bookings from './bookings.js';
import { importData } from '../../../kit/imports/import.resolver.js';
import { FACILITIES_IMPORT_WRITERS } from '../import-writer.js';
import { type PlacementRequest, placeVenues } from './placement.js';
import * as repo from './repository.js';
import { type SpaceSearch, searchSpaces } from './search.js';

/** Facilities' data access bound to its database, for the resolvers (which see no SQL): what loaders do not batch. */
export function createData(db: Database) {
  const { knex } = db;
  return {
    ...importData(db, FACILITIES_IMPORT_WRITERS),
    placeVenues: (request: PlacementRequest, who: Parameters<typeof placeVenues>[2]) => placeVenues(db, request, who),
    bookingsByIds: (ids: readonly string[]) => bookings.bookingsByIds(knex, ids),
    bookingByKey: (requesterSub: string, key: string) => bookings.bookingByKey(knex, requesterSub, key),
    insertBooking: (b: bookings.NewBooking) => bookings.insertBooking(db, b),
    moveBooking: (id: string, from: BookingStatus, to: BookingStatus, by: string | null) => bookings.moveBooking(knex, id, from, to, by),
    requestsToDecide: (q: Parameters<typeof bookings.requestsToDecide>[1]) => bookings.requestsToDecide(knex, q),
    bookingsOf: (q: Parameters<typeof bookings.bookingsOf>[1]) => bookings.bookingsOf(knex, q),
    regionPage: async (prefix: string, page: Page, level: RegionLevel | null, filter: RegionFilter | null) =>
      (await repo.regionPages(knex, [prefix], page, level, filter)).get(prefix),
    // A search over a region's subtree: on the scans' own connections (kit/db.ts).
    searchSpaces: (q: SpaceSearch) => searchSpaces(db.scans, q),
  };
}

export type FacilitiesData = ReturnType<typeof createData>;
