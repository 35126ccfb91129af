import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import { Guarded, canSee, forbiddenField, maskPhone } from '../../../kit/access.js';
import { checkIntRange } from '../../../kit/arguments.js';
import { venueScaffold } from '../../../kit/venue-scaffold.js';
import { CERTIFIED_STAFF_TARGET } from '../domain/targets.js';
import type { Context } from '../context.js';
import { SocialWorkStationConnection } from '../entities/connections.js';
import { FundingSummary } from '../entities/funding-summary.js';
import { Indicator } from '../entities/indicator.js';
import { Operator } from '../entities/operator.js';
import { Partner } from '../entities/partner.js';
import { ProgressReport } from '../entities/progress-report.js';
import { ServiceCount } from '../entities/service-count.js';
import { StaffMember } from '../entities/staff-member.js';
import { StaffSummary } from '../entities/staff-summary.js';
import { StationLeader } from '../entities/station-leader.js';
import { FundingSource } from '../entities/funding-source.js';
import { SocialWorkStationFilter } from '../entities/social-work-station-filter.js';
import { Region } from '../entities/region.js';
import { SocialWorkStation } from '../entities/station.js';

/** socialWorkStation(id), socialWorkStations(…), SocialWorkStation.region, Region.socialWorkStations and the reference resolver. */
export const socialWorkStationScaffold = venueScaffold({
  department: 'social-work',
  Venue: SocialWorkStation,
  Connection: SocialWorkStationConnection,
  Region,
  Filter: SocialWorkStationFilter,
  names: { one: 'socialWorkStation', many: 'socialWorkStations' },
  describe: {
    one: 'A social-work station by id. 按编号查询社工站。',
    many: 'Stations in a region subtree, filtered, by id. 按区划、条件列出社工站。',
    region: 'The township the station serves. 所属乡镇（街道）。',
    regionMany: 'Social-work stations in this region and below. 辖区内社工站。',
  },
  checkFilter: ({ establishedYear, certifiedStaffBelow }, prefix, ctx) => {
    // Filtering by staffing reveals staffing: allowed to whoever may read it for the whole subtree.
    if (certifiedStaffBelow != null && !canSee(ctx.identity, 'department', { dept: 'social-work', region: prefix })) {
      throw forbiddenField('socialWorkStations(certifiedStaffBelow)', 'department');
    }
    if (establishedYear != null) checkIntRange('establishedYear', establishedYear, 1990, 2100, 'a year from 1990 to 2100');
    if (certifiedStaffBelow != null) checkIntRange('certifiedStaffBelow', certifiedStaffBelow, 0, 100);
  },
});

/** What a station has besides the scaffold: its operator, indicators, staff, funding, services, partners. */
@Resolver(() => SocialWorkStation)
export class SocialWorkStationResolver {
  @Guarded('department')
  @FieldResolver(() => Operator, { nullable: true, description: 'The organisation running it. 运营机构。' })
  async operator(@Root() station: SocialWorkStation, @Ctx() ctx: Context) {
    return ctx.loaders.operator.load(station.operatorId);
  }

  @Guarded('department')
  @FieldResolver(() => [Indicator], { nullable: true, description: 'The five indicators and their completion. 五大指标完成情况。' })
  indicators(@Root() station: SocialWorkStation, @Ctx() ctx: Context) {
    return ctx.loaders.indicators.load(station.id);
  }

  @Guarded('department')
  @FieldResolver(() => [ProgressReport], { nullable: true, description: 'Progress reports, oldest first. 建设进度。' })
  progressReports(@Root() station: SocialWorkStation, @Ctx() ctx: Context) {
    return ctx.loaders.progressReports.load(station.id);
  }

  @Guarded('department')
  @FieldResolver(() => StaffSummary, { nullable: true, description: 'Staff, total and certified. 人员情况。' })
  async staffSummary(@Root() station: SocialWorkStation, @Ctx() ctx: Context): Promise<StaffSummary> {
    const c = (await ctx.loaders.staffCounts.load(station.id)) ?? { total: 0, certified: 0 };
    return { total: c.total, certified: c.certified, target: CERTIFIED_STAFF_TARGET, belowTarget: c.certified < CERTIFIED_STAFF_TARGET };
  }

  @Guarded('personal')
  @FieldResolver(() => [StaffMember], {
    nullable: true,
    description: 'The people working there; phone numbers masked except for admins. 工作人员。',
  })
  async staff(@Root() station: SocialWorkStation, @Ctx() ctx: Context) {
    const staff = await ctx.loaders.staff.load(station.id);
    await ctx.audit.record('READ_PERSONAL', `SocialWorkStation:${station.id}.staff`);
    // Phone numbers in full for admins only; everyone else who may see the list sees them masked.
    return ctx.identity.role === 'admin' ? staff : staff.map((m) => ({ ...m, phone: maskPhone(m.phone) }));
  }

  @Guarded('personal')
  @FieldResolver(() => StationLeader, {
    nullable: true,
    description: "The person in charge (负责人), from the county's list; the phone masked except for admins. 站点负责人。",
  })
  async leader(@Root() station: SocialWorkStation, @Ctx() ctx: Context): Promise<StationLeader | null> {
    if (!station.leaderName) return null;
    await ctx.audit.record('READ_PERSONAL', `SocialWorkStation:${station.id}.leader`);
    const phone = station.leaderPhone && ctx.identity.role !== 'admin' ? maskPhone(station.leaderPhone) : station.leaderPhone;
    return { name: station.leaderName, phone };
  }

  @Guarded('department')
  @FieldResolver(() => Float, {
    nullable: true,
    description: "The money allotted to the station (配备资金), in yuan, from the county's list; null when not given. 配备资金（元）。",
  })
  allottedFundingYuan(@Root() station: SocialWorkStation): number | null {
    return station.allottedFen === null || station.allottedFen === undefined ? null : Number(station.allottedFen) / 100;
  }

  @Guarded('department')
  @FieldResolver(() => FundingSummary, { nullable: true, description: 'Funding by year and source. 经费（按年度、来源）。' })
  async funding(@Root() station: SocialWorkStation, @Ctx() ctx: Context): Promise<FundingSummary> {
    const cells = (await ctx.loaders.funding.load(station.id)).map((f) => ({
      year: f.year,
      source: f.source as FundingSource,
      amountFen: f.amountFen,
      amountYuan: f.amountFen / 100,
    }));
    const totalFen = cells.reduce((a, c) => a + c.amountFen, 0);
    return { totalFen, totalYuan: totalFen / 100, byYearAndSource: cells };
  }

  @Guarded('department')
  @FieldResolver(() => [ServiceCount], { nullable: true, description: 'Services delivered, counts by year and domain. 服务数量。' })
  async services(
    @Root() station: SocialWorkStation,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year. 年度。' }) year: number | null,
    @Ctx() ctx: Context,
  ) {
    const all = await ctx.loaders.serviceCounts.load(station.id);
    return year == null ? all : all.filter((c) => c.year === year);
  }

  @Guarded('department')
  @FieldResolver(() => [Partner], { nullable: true, description: 'Forces it works with. 联动力量。' })
  partners(@Root() station: SocialWorkStation, @Ctx() ctx: Context) {
    return ctx.loaders.partners.load(station.id);
  }
}
