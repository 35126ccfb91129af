import { bookingHistoryOf, buildWorld, worldOptions, type VenueType, type World } from '../../seed/world/index.js';

/** The world the test databases are seeded with (scale `small`, seed 2021), for computing expected answers. */
export const world: World = buildWorld(worldOptions('small', 2021));

/** Its booking history (May 2021), as facilities seeds it. */
export const history = bookingHistoryOf(worldOptions('small', 2021));

const siteRegion = new Map(world.sites.map((s) => [s.id, s.regionCode]));

/** Venues whose plaque hangs at a site within the region subtree, counted by type. */
export function plaquesByType(prefix: string): Partial<Record<VenueType, number>> {
  const out: Partial<Record<VenueType, number>> = {};
  for (const p of world.plaques) if (siteRegion.get(p.siteId)!.startsWith(prefix)) out[p.venueType] = (out[p.venueType] ?? 0) + 1;
  return out;
}

/** The site a venue hangs its plaque at. */
export function siteOf(venueId: string): string {
  const p = world.plaques.find((x) => x.venueId === venueId);
  if (!p) throw new Error(`no plaque for ${venueId} in the test world`);
  return p.siteId;
}
