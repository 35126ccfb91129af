import type { Context } from '../context.js';
import { toVenueRef } from '../data/repository.js';
import type { VenueRef } from '../entities/venue.js';

/** `Venue` by id (another subgraph asking through the interface): the plaque registry says which type it is. A venue id with no plaque resolves to null rather than an object with an unknown type. */
export const venueReference = {
  Venue: {
    __resolveReference: async (ref: { id: string }, ctx: Context): Promise<VenueRef | null> => {
      const plaque = await ctx.loaders.plaque.load(ref.id);
      return plaque ? toVenueRef(plaque) : null;
    },
  },
};
