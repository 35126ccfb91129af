import { insertAll, type Database } from '../../kit/db.js';
import { loadRegions, REGION_VINTAGE } from '../../seed/regions.js';
import { buildWorld, DEFAULT_WORLD } from '../../seed/world.js';

/** Facilities' slice of the reference world: all regions, then sites, rooms, equipment and plaques. */
export async function seed(db: Database, seedNumber: number): Promise<Record<string, number>> {
  const { knex } = db;
  const world = buildWorld({ ...DEFAULT_WORLD, seed: seedNumber });
  const regions = loadRegions().map((r) => ({
    code: r.code, name: r.name, level: r.level, kind: r.kind, parent_code: r.parentCode, vintage: REGION_VINTAGE,
  }));
  await insertAll(knex, 'regions', regions); // parents precede children in the extract
  await insertAll(knex, 'sites', world.sites.map((s) => ({
    id: s.id, name: s.name, address: s.address, region_code: s.regionCode, lng: s.lng, lat: s.lat, crs: s.crs,
  })));
  await insertAll(knex, 'spaces', world.spaces.map((s) => ({
    id: s.id, site_id: s.siteId, name: s.name, kind: s.kind, capacity: s.capacity, area_m2: s.areaM2, shareable: s.shareable,
  })));
  await insertAll(knex, 'equipment', world.equipment.map((e) => ({
    id: e.id, space_id: e.spaceId, kind: e.kind, name: e.name, quantity: e.quantity,
  })));
  await insertAll(knex, 'plaques', world.plaques.map((p) => ({ venue_id: p.venueId, venue_type: p.venueType, site_id: p.siteId })));
  return {
    regions: regions.length, sites: world.sites.length, spaces: world.spaces.length,
    equipment: world.equipment.length, plaques: world.plaques.length,
  };
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await db.knex('regions').first('code')) !== undefined;
}
