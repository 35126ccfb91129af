import { idCardCheckChar } from '../../kit/sheets/cells.js';
import { CERTIFIED_STAFF_TARGET } from '../../subgraphs/social-work/domain/targets.js';
import { apportion, Random } from '../random.js';
import type { RegionRecord } from '../regions.js';
import { makeUscc } from '../uscc.js';
import { addDays, REFERENCE_DATE, SEED_DOCUMENT_FIGURES } from './calendar.js';
import { mobileNumber, personName } from './names.js';
import type {
  CertifiedLevel,
  FundingSeed,
  FundingSource,
  IndicatorSeed,
  IndicatorState,
  OperatorSeed,
  PartnerKind,
  PartnerSeed,
  ProgressReportSeed,
  ServiceCountSeed,
  ServiceDomain,
  World,
} from './types.js';

type SocialWorkWorld = Pick<
  World,
  'operators' | 'socialWorkStations' | 'indicators' | 'progressReports' | 'staff' | 'funding' | 'serviceCounts' | 'partners'
>;

export { CERTIFIED_STAFF_TARGET };

const SOURCES: FundingSource[] = ['PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'TOWNSHIP', 'WELFARE_LOTTERY', 'SOCIAL_DONATION'];
const SOURCE_WEIGHT: Record<FundingSource, number> = {
  PROVINCIAL: 20,
  MUNICIPAL: 15,
  COUNTY: 35,
  TOWNSHIP: 20,
  WELFARE_LOTTERY: 8,
  SOCIAL_DONATION: 2,
};
const PURPOSE: Record<FundingSource, string> = {
  PROVINCIAL: '省级社工站建设补助',
  MUNICIPAL: '市级配套资金',
  COUNTY: '政府购买社会工作服务',
  TOWNSHIP: '场地改造与运行经费',
  WELFARE_LOTTERY: '福彩公益金项目',
  SOCIAL_DONATION: '慈善捐赠项目',
};
const DOMAINS: ServiceDomain[] = ['SOCIAL_ASSISTANCE', 'ELDERLY_CARE', 'CHILD_PROTECTION', 'DISABILITY_SERVICES', 'COMMUNITY_GOVERNANCE'];
const PARTNERS: [PartnerKind, (t: string) => string, [number, number]][] = [
  ['CIVIL_AFFAIRS_ASSISTANT', (t) => `${t}民政助理员`, [1, 3]],
  ['SOCIAL_ASSISTANCE_STAFF', (t) => `${t}社会救助经办人员`, [1, 4]],
  ['CHILD_DIRECTOR', (t) => `${t}儿童主任`, [3, 20]],
  ['JUDICIAL_OFFICE', (t) => `${t}司法所`, [2, 6]],
  ['TRADE_UNION', (t) => `${t}总工会`, [1, 3]],
  ['WOMENS_FEDERATION', (t) => `${t}妇联`, [1, 5]],
  ['DISABLED_PERSONS_FEDERATION', (t) => `${t}残联`, [1, 3]],
  ['COMMUNITY_ORGANISATION', (t) => `${t}社区社会组织联合会`, [5, 40]],
  ['CHARITY', (t) => `${t}慈善分会`, [2, 10]],
  ['VOLUNTEERS', (t) => `${t}志愿者协会`, [20, 300]],
];
const OPERATOR_WORDS = ['和谐', '众益', '阳光', '同心', '启航', '善行', '益家', '博爱', '安馨', '乐和'];

/**
 * Civil Affairs' data for the whole province as of the reference date, generated as one piece so that
 * its totals are exactly the seed document's: 466 stations, 76 of them built in 2021, 1,393 staff and
 * ¥185,000,000 of funding. Stations sit in real townships, chosen by the seed number.
 */
export function socialWorkProvince(seed: number, townships: readonly RegionRecord[], nameOf: (code: string) => string): SocialWorkWorld {
  const F = SEED_DOCUMENT_FIGURES;
  const rnd = Random.for(seed, 'social-work:province');
  const chosen = rnd
    .shuffle(townships)
    .slice(0, F.stations)
    .sort((a, b) => a.code.localeCompare(b.code));
  if (chosen.length < F.stations) throw new Error(`socialWorkProvince: only ${chosen.length} townships for ${F.stations} stations`);
  const builtIn2021 = new Set(
    rnd
      .shuffle(chosen)
      .slice(0, F.stationsBuiltIn2021)
      .map((t) => t.code),
  );
  const staffPerStation = apportion(
    F.staff - chosen.length,
    chosen.map(() => rnd.int(0, 6)),
  ).map((n) => n + 1);
  const fundingPerStation = apportion(
    F.fundingYuan * 100,
    chosen.map(() => rnd.int(60, 140)),
  );

  const out: SocialWorkWorld = {
    operators: [],
    socialWorkStations: [],
    indicators: [],
    progressReports: [],
    staff: [],
    funding: [],
    serviceCounts: [],
    partners: [],
  };
  const operatorsByCounty = new Map<string, OperatorSeed[]>();
  const operatorsOf = (county: string): OperatorSeed[] => {
    let list = operatorsByCounty.get(county);
    if (!list) {
      const r = Random.for(seed, `operators:${county}`);
      list = Array.from({ length: r.int(1, 2) }, (_, i) => {
        const body = Array.from({ length: 8 }, () => r.pick([...'0123456789ABCDEFGHJKLMNPQRTUWXY'])).join('');
        return {
          id: `op-${county}-${i + 1}`,
          name: `${nameOf(county)}${r.pick(OPERATOR_WORDS)}社会工作服务中心`,
          uscc: makeUscc(county, body),
          countyCode: county,
        };
      });
      operatorsByCounty.set(county, list);
      out.operators.push(...list);
    }
    return list;
  };

  chosen.forEach((t, index) => {
    const id = `sw-${t.code}`;
    const r = Random.for(seed, id);
    const township = nameOf(t.code);
    const year = builtIn2021.has(t.code) ? 2021 : r.pick([2018, 2019, 2019, 2020, 2020, 2020]);
    const completedOn =
      year === 2021
        ? addDays('2021-01-10', r.int(0, 130))
        : `${year}-${String(r.int(3, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    const acceptedOn = year === 2021 && r.chance(0.5) ? null : addDays(completedOn, r.int(20, 90));
    const accepted = acceptedOn !== null && acceptedOn <= REFERENCE_DATE ? acceptedOn : null;
    out.socialWorkStations.push({
      id,
      name: `${township}社会工作站`,
      regionCode: t.code,
      operatorId: r.pick(operatorsOf(t.code.slice(0, 6))).id,
      status: 'OPERATING',
      establishedYear: year,
      completedOn,
      acceptedOn: accepted,
    });

    // Staff: the head first; about half hold a social-work certificate.
    let certified = 0;
    for (let i = 0; i < staffPerStation[index]!; i++) {
      const level: CertifiedLevel = r.chance(0.55)
        ? r.pick(['ASSISTANT_SOCIAL_WORKER', 'ASSISTANT_SOCIAL_WORKER', 'SOCIAL_WORKER', 'SOCIAL_WORKER', 'SENIOR_SOCIAL_WORKER'])
        : 'NONE';
      if (level !== 'NONE') certified += 1;
      const body = `${t.code.slice(0, 6)}19${r.int(60, 99)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.int(100, 999)}`;
      // The draw that once picked the check character stays, so every later draw is as it was.
      r.pick([...'0123456789X']);
      const idNumber = `${body}${idCardCheckChar(body)}`;
      out.staff.push({
        id: `${id}-s${i + 1}`,
        stationId: id,
        name: personName(r),
        role: i === 0 ? 'STATION_HEAD' : r.chance(0.7) ? 'SOCIAL_WORKER' : 'ASSISTANT',
        certifiedLevel: level,
        phone: mobileNumber(r),
        idNumber,
      });
    }

    // Funding: the station's share, split over the years since it was built and over sources.
    const years = Array.from({ length: 2021 - year + 1 }, (_, k) => year + k);
    const cells = years.flatMap((y) => SOURCES.filter((s) => s !== 'SOCIAL_DONATION' || r.chance(0.3)).map((s) => [y, s] as const));
    const amounts = apportion(
      fundingPerStation[index]!,
      cells.map(([y, s]) => SOURCE_WEIGHT[s] * (y === year ? 2 : 1) * r.int(5, 15)),
    );
    cells.forEach(([y, s], k) => {
      if (amounts[k]! > 0)
        out.funding.push({
          id: `${id}-f${k + 1}`,
          stationId: id,
          year: y,
          source: s,
          amountFen: amounts[k]!,
          purpose: PURPOSE[s],
        } satisfies FundingSeed);
    });

    // Services delivered, as counts per domain and year.
    let services2021 = 0;
    for (const y of years) {
      for (const domain of DOMAINS) {
        const count = Math.round(r.int(5, 80) * (y === 2021 ? 5 / 12 : 1));
        if (y === 2021) services2021 += count;
        out.serviceCounts.push({ stationId: id, year: y, domain, count } satisfies ServiceCountSeed);
      }
    }

    for (const [kind, name, [lo, hi]] of PARTNERS) {
      if (kind === 'CIVIL_AFFAIRS_ASSISTANT' || kind === 'CHILD_DIRECTOR' || r.chance(0.6)) {
        out.partners.push({ stationId: id, kind, name: name(township), people: r.int(lo, hi) } satisfies PartnerSeed);
      }
    }

    // The five indicators, each a measure against its target.
    const state = (value: number, target: number): IndicatorState =>
      value >= target ? 'COMPLETED' : value > 0 ? 'IN_PROGRESS' : 'NOT_STARTED';
    const budgetYuan = Math.round(fundingPerStation[index]! / 100 / years.length);
    const receivedYuan = Math.round(amounts.reduce((a, b, k) => a + (cells[k]![0] === 2021 ? b : 0), 0) / 100);
    const venue = r.chance(0.9) ? r.int(60, 400) : r.int(20, 59);
    const rules = r.int(3, 8);
    const indicator = (kind: IndicatorSeed['kind'], value: number, target: number, unit: string, note: string): IndicatorSeed => ({
      stationId: id,
      kind,
      value,
      target,
      unit,
      state: state(value, target),
      note,
    });
    out.indicators.push(
      indicator('VENUE', venue, 60, 'm2', '独立服务场所面积'),
      indicator('FUNDING', receivedYuan, Math.max(budgetYuan, 1), 'yuan', '本年度到位资金'),
      indicator('STAFF', certified, CERTIFIED_STAFF_TARGET, 'people', '持证社会工作者人数'),
      indicator('RULES', rules, 6, 'documents', '已建立的管理制度'),
      indicator('SERVICES', services2021, 100, 'services', '本年度服务人次'),
    );

    // Progress reports: a 2021 station reports through its construction; older ones their completion.
    const stages: [ProgressReportSeed['stage'], number, string][] =
      year === 2021
        ? [
            ['PLANNING', 10, addDays(completedOn, -120)],
            ['CONSTRUCTION', 40, addDays(completedOn, -80)],
            ['FITTING_OUT', 80, addDays(completedOn, -30)],
            ['COMPLETED', 100, completedOn],
          ]
        : [['COMPLETED', 100, completedOn]];
    if (accepted) stages.push(['ACCEPTED', 100, accepted]);
    stages.forEach(([stage, percent, on], k) => {
      out.progressReports.push({
        id: `${id}-p${k + 1}`,
        stationId: id,
        reportedOn: on,
        stage,
        percent,
        photoRefs: Array.from({ length: r.int(1, 3) }, (_, m) => `photos/social-work/${t.code}/${on}-${m + 1}.jpg`),
      });
    });
  });
  return out;
}
