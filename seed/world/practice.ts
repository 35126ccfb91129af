import { Random } from '../random.js';
import { addDays, REFERENCE_DATE } from './calendar.js';
import type {
  OrderCategory,
  OrderStatus,
  PracticeTier,
  PracticeUnitSeed,
  ServiceOrderSeed,
  TeamLevel,
  VolunteerTeamSeed,
} from './types.js';

const TEAM_LEVEL: Record<PracticeTier, TeamLevel | null> = { CENTRE: 'CORPS', INSTITUTE: 'DIVISION', STATION: 'SQUAD', POINT: null };
const TEAM_SUFFIX: Record<TeamLevel, string> = { CORPS: '志愿服务总队', DIVISION: '志愿服务分队', SQUAD: '志愿服务小队' };
const REQUESTS: Record<OrderCategory, string[]> = {
  THEORY_OUTREACH: ['希望有人来讲讲新政策', '想听党史故事宣讲'],
  CULTURE: ['老年合唱队需要指导老师', '想办一场村晚'],
  HEALTH: ['希望组织一次义诊', '想了解慢病防治知识'],
  LEGAL_AID: ['邻里纠纷需要调解', '咨询赡养相关法律问题'],
  ELDERLY_HELP: ['独居老人需要上门帮助', '助老理发服务'],
  ENVIRONMENT: ['河道垃圾需要清理', '垃圾分类宣传'],
  EDUCATION: ['暑期孩子需要课业辅导', '防溺水安全教育'],
};
const ORDERS: Record<PracticeTier, [number, number]> = { CENTRE: [10, 20], INSTITUTE: [4, 10], STATION: [0, 2], POINT: [0, 0] };

/**
 * A practice unit, its volunteer team (总队/分队/小队 mirroring the tiers, each under the team of the
 * unit above) and the service orders it handled, through 点单 → 派单 → 接单 → 评单.
 */
export function practiceUnit(seed: number, regionCode: string, name: string, tier: PracticeTier, parentId: string | null) {
  const id = `practice-${regionCode}`;
  const rnd = Random.for(seed, id);
  const unit: PracticeUnitSeed = { id, name, tier, regionCode, parentId };
  const level = TEAM_LEVEL[tier];
  const teams: VolunteerTeamSeed[] = level
    ? [
        {
          id: `${id}-team`,
          unitId: id,
          parentId: parentId ? `${parentId}-team` : null,
          name: `${name.replace(/新时代文明实践(中心|所|站)$/, '')}${TEAM_SUFFIX[level]}`,
          level,
          members: level === 'CORPS' ? rnd.int(300, 2000) : level === 'DIVISION' ? rnd.int(60, 400) : rnd.int(8, 60),
        },
      ]
    : [];
  const orders: ServiceOrderSeed[] = [];
  const [lo, hi] = ORDERS[tier];
  const n = rnd.int(lo, hi);
  for (let i = 0; i < n; i++) {
    const category = rnd.pick(Object.keys(REQUESTS) as OrderCategory[]);
    const requestedOn = addDays(REFERENCE_DATE, -rnd.int(1, 150));
    // Most orders have gone round the whole cycle; the most recent may still be open.
    const reached = Math.min(3, rnd.int(0, 9) < 7 ? 3 : rnd.int(0, 2));
    const assignedOn = reached >= 1 && teams[0] ? addDays(requestedOn, rnd.int(0, 2)) : null;
    const acceptedOn = reached >= 2 && assignedOn ? addDays(assignedOn, rnd.int(0, 3)) : null;
    const ratedOn = reached >= 3 && acceptedOn ? addDays(acceptedOn, rnd.int(3, 14)) : null;
    const status: OrderStatus = ratedOn ? 'RATED' : acceptedOn ? 'ACCEPTED' : assignedOn ? 'ASSIGNED' : 'REQUESTED';
    orders.push({
      id: `${id}-o${i + 1}`,
      unitId: id,
      category,
      request: rnd.pick(REQUESTS[category]),
      requestedOn,
      teamId: assignedOn ? teams[0]!.id : null,
      assignedOn,
      acceptedOn,
      ratedOn,
      rating: ratedOn ? rnd.pick([3, 4, 4, 5, 5, 5]) : null,
      status,
    });
  }
  return { unit, teams, orders };
}
