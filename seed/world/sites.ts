import { VENUE_DEPARTMENT_NAMES } from '../../kit/departments.js';
import { Random } from '../random.js';
import type { RegionRecord } from '../regions.js';
import { ROADS } from './names.js';
import type { DepartmentName, EquipmentSeed, EquipmentKind, SharingRuleSeed, SiteSeed, SpaceKind, SpaceSeed, Weekday } from './types.js';

/** Approximate centres of the 11 cities (GCJ-02), around which generated buildings are placed. */
const CITY_CENTRES: Record<string, [number, number]> = {
  '3301': [120.155, 30.274],
  '3302': [121.55, 29.875],
  '3303': [120.699, 27.994],
  '3304': [120.755, 30.746],
  '3305': [120.088, 30.894],
  '3306': [120.58, 30.03],
  '3307': [119.647, 29.079],
  '3308': [118.859, 28.97],
  '3309': [122.207, 29.985],
  '3310': [121.42, 28.656],
  '3311': [119.923, 28.467],
};

export interface BuiltSite {
  site: SiteSeed;
  spaces: SpaceSeed[];
  sharingRules: SharingRuleSeed[];
  equipment: EquipmentSeed[];
}

/** Who runs a building and when it is open: set per kind of building. */
export interface Management {
  dept: DepartmentName;
  openingHours: Partial<Record<Weekday, [string, string][]>>;
}

const WEEKDAYS: Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI'];
const hours = (days: Weekday[], from: string, to: string) =>
  Object.fromEntries(days.map((d) => [d, [[from, to]]])) as Management['openingHours'];
export const COUNTY_CENTRE: Management = { dept: 'party', openingHours: hours(WEEKDAYS, '08:30', '17:30') };
export const TOWNSHIP_CENTRE: Management = { dept: 'party', openingHours: hours([...WEEKDAYS, 'SAT', 'SUN'], '08:30', '20:30') };
export const STATION_BUILDING: Management = { dept: 'social-work', openingHours: hours([...WEEKDAYS, 'SAT'], '09:00', '17:30') };
export const VILLAGE_CENTRE: Management = { dept: 'party', openingHours: hours([...WEEKDAYS, 'SAT'], '09:00', '17:00') };

/** A few rooms close for a day of maintenance in the history month; from their own random source. */
function ownClosures(spaceId: string, seed: number): string[] {
  const rnd = Random.for(seed, `${spaceId}:closures`);
  return rnd.chance(0.03) ? [`2021-05-${String(rnd.int(6, 31)).padStart(2, '0')}`] : [];
}

function sharingRule(space: SpaceSeed, m: Management, rnd: Random, seed: number): SharingRuleSeed {
  const big = space.kind === 'MULTI_FUNCTION_HALL' || space.kind === 'OUTDOOR_SQUARE';
  return {
    spaceId: space.id,
    managingDept: m.dept,
    shared: space.shareable,
    openingHours: m.openingHours,
    closedDates: ownClosures(space.id, seed),
    closedOnPublicHolidays: true,
    minNoticeHours: big ? 72 : 24,
    maxDurationHours: big ? 8 : 4,
    whoMayBook: big ? 'ANY_DEPARTMENT' : rnd.chance(0.7) ? 'SAME_REGION' : 'NAMED_DEPARTMENTS',
    allowedDepts: big ? [] : VENUE_DEPARTMENT_NAMES.filter((d) => d !== m.dept && rnd.chance(0.6)),
    needsApproval: big || rnd.chance(0.5),
  };
}

type RoomPlan = Omit<SpaceSeed, 'id' | 'siteId'>;

/** A building with its rooms and their equipment; everything random about it comes from its own id. */
export function buildSite(
  seed: number,
  id: string,
  name: string,
  region: RegionRecord,
  names: (code: string) => string,
  rooms: (rnd: Random) => RoomPlan[],
  management: Management,
): BuiltSite {
  const rnd = Random.for(seed, id);
  const [lng0, lat0] = CITY_CENTRES[region.code.slice(0, 4)] ?? [120.155, 30.274];
  const township = region.code.length >= 9 ? names(region.code.slice(0, 9)) : '';
  const site: SiteSeed = {
    id,
    name,
    address: `浙江省${names(region.code.slice(0, 4))}${names(region.code.slice(0, 6))}${township}${rnd.pick(ROADS)}${rnd.int(1, 399)}号`,
    regionCode: region.code,
    lng: Number((lng0 + rnd.float(-0.25, 0.25, 5)).toFixed(6)),
    lat: Number((lat0 + rnd.float(-0.2, 0.2, 5)).toFixed(6)),
    crs: 'GCJ02',
  };
  const spaces: SpaceSeed[] = [];
  const sharingRules: SharingRuleSeed[] = [];
  const equipment: EquipmentSeed[] = [];
  rooms(rnd).forEach((room, i) => {
    const space: SpaceSeed = { ...room, id: `${id}-r${i + 1}`, siteId: id };
    const rule = sharingRule(space, management, rnd, seed);
    const kept = equipmentFor(space.kind, rnd).map((e, j) => ({ ...e, id: `${space.id}-e${j + 1}`, spaceId: space.id }));
    spaces.push(space);
    sharingRules.push(rule);
    equipment.push(...kept);
  });
  return { site, spaces, sharingRules, equipment };
}

export const countyRooms = (): RoomPlan[] => [
  { name: '报告厅', kind: 'MULTI_FUNCTION_HALL', capacity: 300, areaM2: 420, shareable: true },
  { name: '第一会议室', kind: 'MEETING_ROOM', capacity: 40, areaM2: 80, shareable: true },
  { name: '培训教室', kind: 'TRAINING_ROOM', capacity: 60, areaM2: 110, shareable: true },
];

/** The township's main building (党群服务中心, usually also the culture station): its hall is shared in most townships. */
export const townshipRooms = (rnd: Random): RoomPlan[] => [
  { name: '多功能厅', kind: 'MULTI_FUNCTION_HALL', capacity: rnd.int(80, 240), areaM2: rnd.int(150, 400), shareable: rnd.chance(0.85) },
  { name: '会议室', kind: 'MEETING_ROOM', capacity: rnd.int(15, 40), areaM2: rnd.int(30, 80), shareable: true },
  { name: '图书阅览室', kind: 'READING_ROOM', capacity: rnd.int(20, 60), areaM2: rnd.int(60, 150), shareable: true },
  { name: '心理咨询室', kind: 'COUNSELLING_ROOM', capacity: 4, areaM2: rnd.int(12, 25), shareable: false },
  { name: '文体活动室', kind: 'SPORTS_ROOM', capacity: rnd.int(20, 50), areaM2: rnd.int(80, 200), shareable: true },
];

export const stationRooms = (rnd: Random): RoomPlan[] => [
  { name: '个案工作室', kind: 'COUNSELLING_ROOM', capacity: 4, areaM2: 15, shareable: false },
  { name: '小组活动室', kind: 'ACTIVITY_ROOM', capacity: rnd.int(12, 30), areaM2: rnd.int(30, 60), shareable: true },
];

export const villageRooms = (rnd: Random): RoomPlan[] => [
  { name: '村民活动室', kind: 'ACTIVITY_ROOM', capacity: rnd.int(30, 120), areaM2: rnd.int(60, 200), shareable: true },
  { name: '议事室', kind: 'MEETING_ROOM', capacity: rnd.int(10, 25), areaM2: rnd.int(20, 50), shareable: rnd.chance(0.7) },
];

function equipmentFor(kind: SpaceKind, rnd: Random): Omit<EquipmentSeed, 'id' | 'spaceId'>[] {
  const item = (k: EquipmentKind, name: string, quantity: number) => ({ kind: k, name, quantity });
  switch (kind) {
    case 'MULTI_FUNCTION_HALL':
      return [item('LED_SCREEN', 'LED 显示屏', 1), item('SOUND_SYSTEM', '音响系统', 1), item('MICROPHONE', '无线话筒', rnd.int(2, 6))];
    case 'MEETING_ROOM':
    case 'TRAINING_ROOM':
      return [item('PROJECTOR', '投影仪', 1), item('MICROPHONE', '会议话筒', rnd.int(1, 4))];
    case 'READING_ROOM':
      return [item('BOOKSHELF', '书架', rnd.int(6, 30)), item('COMPUTER', '电子阅览电脑', rnd.int(2, 10))];
    case 'SPORTS_ROOM':
      return [item('TABLE_TENNIS', '乒乓球桌', rnd.int(1, 4))];
    case 'ACTIVITY_ROOM':
      return rnd.chance(0.5) ? [item('SOUND_SYSTEM', '便携音响', 1)] : [item('PIANO', '电子琴', 1)];
    default:
      return [];
  }
}
