import 'reflect-metadata';
import { authChecker } from '../../kit/access.js';
import { buildFederatedSchema } from '../../kit/federation.js';
import { importResolver } from '../../kit/imports/import.resolver.js';
import { PlacementResolver } from './resolvers/placement.resolver.js';
import { FACILITIES_IMPORT_WRITERS } from './import-writer.js';
import type { SubgraphDefinition } from '../../kit/subgraph.js';
import { VENUE_STUBS } from './entities/venue.js';
import { createData, type FacilitiesData } from './data/index.js';
import { createLoaders, type FacilitiesLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { BookedEquipmentResolver } from './resolvers/booked-equipment.resolver.js';
import { bookingReference } from './resolvers/booking.reference.js';
import { BookingResolver } from './resolvers/booking.resolver.js';
import { equipmentReference } from './resolvers/equipment.reference.js';
import { EquipmentResolver } from './resolvers/equipment.resolver.js';
import { EquipmentAvailabilityResolver } from './resolvers/equipment-availability.resolver.js';
import { regionReference } from './resolvers/region.reference.js';
import { RegionResolver } from './resolvers/region.resolver.js';
import { SpaceSearchResolver } from './resolvers/search.resolver.js';
import { siteReference } from './resolvers/site.reference.js';
import { SiteResolver } from './resolvers/site.resolver.js';
import { spaceReference } from './resolvers/space.reference.js';
import { SpaceResolver } from './resolvers/space.resolver.js';
import { SpaceCalendarResolver } from './resolvers/space-calendar.resolver.js';
import { RegionUtilisationResolver } from './resolvers/utilisation.resolver.js';
import { venueReference } from './resolvers/venue.reference.js';
import { VenueResolver } from './resolvers/venue.resolver.js';

/** The shared layer: regions, sites, spaces, equipment and the plaque registry of every department's venues. */
export const facilities: SubgraphDefinition<FacilitiesLoaders, FacilitiesData> = {
  name: 'facilities',
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        importResolver(FACILITIES_IMPORT_WRITERS),
        PlacementResolver,
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
        ...regionReference,
        ...siteReference,
        ...spaceReference,
        ...equipmentReference,
        ...venueReference,
        ...bookingReference,
      },
    }),
  createLoaders,
  createData,
};

/** The definition subgraphs/index.ts finds by the registry's name for this folder. */
export default facilities;
