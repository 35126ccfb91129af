import { Random } from '../random.js';
import { distinctByDayAndTitle } from './names.js';
import { addDays, REFERENCE_DATE } from './calendar.js';
import type { PartyActivityKind, PartyActivitySeed, PartyCentreSeed, PartyFunction, PartyLevel } from './types.js';

const FUNCTIONS: PartyFunction[] = [
  'PARTY_EDUCATION',
  'GOVERNMENT_SERVICES',
  'CONVENIENCE_SERVICES',
  'VOLUNTEER_SERVICES',
  'CULTURE_AND_SPORTS',
  'CONSULTATION',
  'ELDERLY_AND_CHILD_CARE',
];
const ACTIVITY_TITLES: Record<PartyActivityKind, string[]> = {
  THEME_PARTY_DAY: ['主题党日：学党史 悟思想', '主题党日：我为群众办实事', '主题党日：重温入党誓词'],
  PARTY_LECTURE: ['专题党课：百年党史', '书记讲党课', '微党课宣讲'],
  VOLUNTEERING: ['党员志愿服务日', '垃圾分类志愿活动', '关爱独居老人'],
  CULTURAL_EVENT: ['红歌大家唱', '红色电影展映', '党史知识竞赛'],
  CONSULTATION_DAY: ['民情恳谈会', '政策咨询日', '法律服务进村社'],
};
const HOURS: Record<PartyLevel, string> = {
  COUNTY: '周一至周五 08:30-17:30',
  TOWNSHIP: '周一至周日 08:30-20:30',
  VILLAGE: '周一至周六 09:00-17:00',
  COMMUNITY: '周一至周日 08:30-18:00',
};
const ACTIVITIES_PER_YEAR: Record<PartyLevel, number> = { COUNTY: 10, TOWNSHIP: 5, VILLAGE: 1, COMMUNITY: 2 };

/** A Party-member service centre and the activities it held in the year before the reference date. */
export function partyCentre(seed: number, regionCode: string, name: string, level: PartyLevel) {
  const id = `party-${regionCode}`;
  const rnd = Random.for(seed, id);
  const functions = FUNCTIONS.filter((_f, i) => i < 3 || rnd.chance(level === 'VILLAGE' ? 0.3 : 0.6)) as PartyFunction[];
  const centre: PartyCentreSeed = {
    id,
    name,
    level,
    regionCode,
    functions,
    serviceHallM2: level === 'COUNTY' ? rnd.int(400, 1200) : level === 'TOWNSHIP' ? rnd.int(150, 600) : rnd.int(20, 120),
    openingHours: HOURS[level],
  };
  const base = ACTIVITIES_PER_YEAR[level];
  const count = rnd.int(base, base * 2);
  const activities: PartyActivitySeed[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rnd.pick(Object.keys(ACTIVITY_TITLES) as PartyActivityKind[]);
    activities.push({
      id: `${id}-a${i + 1}`,
      centreId: id,
      date: addDays(REFERENCE_DATE, -rnd.int(1, 365)),
      title: rnd.pick(ACTIVITY_TITLES[kind]),
      kind,
      participants: level === 'COUNTY' ? rnd.int(40, 300) : level === 'TOWNSHIP' ? rnd.int(20, 150) : rnd.int(8, 60),
    });
  }
  return { centre, activities: distinctByDayAndTitle(activities) };
}
