import 'reflect-metadata';
import { authChecker } from '../../kit/access.js';
import { buildFederatedSchema } from '../../kit/federation.js';
import type { SubgraphDefinition } from '../../kit/subgraph.js';
import type { Context } from './context.js';
import { VENUE_STUBS } from './entities/venue.js';
import { createData, type FacilitiesData } from './data/index.js';
import { createLoaders, type FacilitiesLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { RegionResolver, resolveRegionReference } from './resolvers/region.resolver.js';
import { resolveSiteReference, SiteResolver } from './resolvers/site.resolver.js';
import { EquipmentResolver, resolveEquipmentReference, resolveSpaceReference, SpaceResolver } from './resolvers/space.resolver.js';
import { resolveVenueReference, VenueResolver } from './resolvers/venue.resolver.js';
import { EquipmentAvailabilityResolver, SpaceCalendarResolver } from './resolvers/availability.resolver.js';
import { BookedEquipmentResolver, BookingResolver } from './resolvers/booking.resolver.js';
import { SpaceSearchResolver } from './resolvers/search.resolver.js';
import { RegionUtilisationResolver } from './resolvers/utilisation.resolver.js';
import { isSeeded, seed } from './seed.js';

/** The shared layer: regions, sites, spaces, equipment and the plaque registry of every department's venues. */
export const facilities: SubgraphDefinition<FacilitiesLoaders, FacilitiesData> = {
  name: 'facilities',
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        RegionResolver,
        SiteResolver,
        SpaceResolver,
        EquipmentResolver,
        VenueResolver,
        BookingResolver,
        SpaceCalendarResolver,
        BookedEquipmentResolver,
        EquipmentAvailabilityResolver,
        SpaceSearchResolver,
        RegionUtilisationResolver,
      ],
      orphanedTypes: [...VENUE_STUBS],
      // Everything facilities holds is public today; the checker is here for the fields that will not be.
      authChecker: authChecker('facilities'),
      referenceResolvers: {
        Region: { __resolveReference: (ref: { code: string }, ctx: Context) => resolveRegionReference(ref, ctx) },
        Site: { __resolveReference: (ref: { id: string }, ctx: Context) => resolveSiteReference(ref, ctx) },
        Space: { __resolveReference: (ref: { id: string }, ctx: Context) => resolveSpaceReference(ref, ctx) },
        Equipment: { __resolveReference: (ref: { id: string }, ctx: Context) => resolveEquipmentReference(ref, ctx) },
        Venue: { __resolveReference: (ref: { id: string }, ctx: Context) => resolveVenueReference(ref, ctx) },
        Booking: { __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.booking.load(ref.id) },
      },
    }),
  createLoaders,
  createData,
  isSeeded,
  seed,
};
