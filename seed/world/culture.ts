import { Random } from '../random.js';
import { distinctByDayAndTitle } from './names.js';
import { addDays, REFERENCE_DATE } from './calendar.js';
import type { CultureActivityKind, CultureActivitySeed, CultureGrade, CultureStationSeed } from './types.js';

const TITLES: Record<CultureActivityKind, string[]> = {
  PERFORMANCE: ['送戏下乡', '广场舞展演', '越剧专场演出'],
  EXHIBITION: ['非遗展览', '书画摄影展', '乡村记忆展'],
  TRAINING: ['书法培训班', '广场舞培训', '非遗技艺传习'],
  READING: ['全民阅读分享会', '亲子阅读', '读书沙龙'],
  FILM_SCREENING: ['农村公益电影放映', '红色电影展映'],
  SPORTS: ['全民健身运动会', '乒乓球友谊赛', '篮球联赛'],
};
const GRADES: CultureGrade[] = ['SPECIAL', 'FIRST', 'FIRST', 'SECOND', 'SECOND', 'THIRD', 'UNRATED'];

/** A township comprehensive culture station and its activities of the past year. */
export function cultureStation(seed: number, townshipCode: string, townshipName: string, countyName: string) {
  const id = `culture-${townshipCode}`;
  const rnd = Random.for(seed, id);
  const station: CultureStationSeed = {
    id,
    name: `${townshipName}综合文化站`,
    grade: rnd.pick(GRADES),
    regionCode: townshipCode,
    buildingAreaM2: rnd.int(300, 3000),
    weeklyOpenHours: rnd.int(42, 56),
    openDaysPerYear: rnd.int(300, 362),
    fullTimeStaff: rnd.int(1, 4),
    partTimeStaff: rnd.int(0, 6),
    guidingUnit: `${countyName}文化馆`,
  };
  const activities: CultureActivitySeed[] = [];
  const n = rnd.int(6, 14);
  for (let i = 0; i < n; i++) {
    const kind = rnd.pick(Object.keys(TITLES) as CultureActivityKind[]);
    activities.push({
      id: `${id}-a${i + 1}`,
      stationId: id,
      date: addDays(REFERENCE_DATE, -rnd.int(1, 365)),
      title: rnd.pick(TITLES[kind]),
      kind,
      participants: rnd.int(20, 400),
    });
  }
  return { station, activities: distinctByDayAndTitle(activities) };
}
