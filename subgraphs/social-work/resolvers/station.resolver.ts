import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { canSee, forbidden, maskPhone } from '../../../kit/access.js';
import { badInput, checkId, checkRegionPrefix } from '../../../kit/errors.js';
import { PageArgs, toPage } from '../../../kit/pagination.js';
import type { Context } from '../context.js';
import * as repo from '../data/repository.js';
import { CERTIFIED_STAFF_TARGET } from '../data/repository.js';
import { SocialWorkStationConnection } from '../entities/connections.js';
import {
  FundingSummary,
  Indicator,
  Operator,
  Partner,
  ProgressReport,
  ServiceCount,
  StaffMember,
  StaffSummary,
} from '../entities/details.js';
import { FundingSource, StationStatus } from '../entities/enums.js';
import { Region } from '../entities/region.js';
import { SocialWorkStation } from '../entities/station.js';

@Resolver(() => SocialWorkStation)
export class SocialWorkStationResolver {
  @Query(() => SocialWorkStation, { nullable: true, description: 'A social-work station by id. 按编号查询社工站。' })
  socialWorkStation(@Arg('id', () => ID, { description: 'Its id. 编号。' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.station.load(checkId('id', id));
  }

  @Query(() => SocialWorkStationConnection, { description: 'Stations in a region subtree, filtered, by id. 按区划、条件列出社工站。' })
  async socialWorkStations(
    @Arg('regionPrefix', () => String, { defaultValue: '33', description: 'Division code prefix. 区划代码前缀。' }) regionPrefix: string,
    @Arg('status', () => StationStatus, { nullable: true, description: 'Only this status. 建设状态。' }) status: StationStatus | null,
    @Arg('builtInYear', () => Int, { nullable: true, description: 'Only stations completed in this year. 建成年份。' }) builtInYear:
      | number
      | null,
    @Arg('certifiedStaffBelow', () => Int, {
      nullable: true,
      description: `Only stations with fewer certified staff than this; ${CERTIFIED_STAFF_TARGET} finds those below the provincial target. 持证人数少于。`,
    })
    certifiedStaffBelow: number | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: Context,
  ) {
    const prefix = checkRegionPrefix('regionPrefix', regionPrefix);
    // Filtering by staffing reveals staffing: allowed to whoever may read it for the whole subtree.
    if (certifiedStaffBelow != null && !canSee(ctx.identity, 'department', { dept: 'social-work', region: prefix })) {
      throw forbidden('socialWorkStations(certifiedStaffBelow)', 'department');
    }
    if (builtInYear != null && (builtInYear < 1990 || builtInYear > 2100))
      throw badInput('builtInYear', 'a year from 1990 to 2100', builtInYear);
    if (certifiedStaffBelow != null && (certifiedStaffBelow < 0 || certifiedStaffBelow > 100))
      throw badInput('certifiedStaffBelow', 'an integer from 0 to 100', certifiedStaffBelow);
    const filter = { status, builtInYear, certifiedStaffBelow };
    return (await repo.stationPagesByRegion(ctx.db.knex, [prefix], toPage(pageArgs), filter)).get(prefix);
  }

  @FieldResolver(() => Region, { description: 'The township the station serves. 所属乡镇（街道）。' })
  region(@Root() station: SocialWorkStation): Region {
    return { code: station.regionCode };
  }

  @Authorized('department')
  @FieldResolver(() => Operator, { nullable: true, description: 'The organisation running it. 运营机构。' })
  async operator(@Root() station: SocialWorkStation, @Ctx() ctx: Context) {
    return ctx.loaders.operator.load(station.operatorId);
  }

  @Authorized('department')
  @FieldResolver(() => [Indicator], { nullable: true, description: 'The five indicators and their completion. 五大指标完成情况。' })
  indicators(@Root() station: SocialWorkStation, @Ctx() ctx: Context) {
    return ctx.loaders.indicators.load(station.id);
  }

  @Authorized('department')
  @FieldResolver(() => [ProgressReport], { nullable: true, description: 'Progress reports, oldest first. 建设进度。' })
  progressReports(@Root() station: SocialWorkStation, @Ctx() ctx: Context) {
    return ctx.loaders.progressReports.load(station.id);
  }

  @Authorized('department')
  @FieldResolver(() => StaffSummary, { nullable: true, description: 'Staff, total and certified. 人员情况。' })
  async staffSummary(@Root() station: SocialWorkStation, @Ctx() ctx: Context): Promise<StaffSummary> {
    const c = (await ctx.loaders.staffCounts.load(station.id)) ?? { total: 0, certified: 0 };
    return { total: c.total, certified: c.certified, target: CERTIFIED_STAFF_TARGET, belowTarget: c.certified < CERTIFIED_STAFF_TARGET };
  }

  @Authorized('personal')
  @FieldResolver(() => [StaffMember], {
    nullable: true,
    description: "The people working there: the department's staff for their region and admins; every read is audited. 工作人员。",
  })
  async staff(@Root() station: SocialWorkStation, @Ctx() ctx: Context) {
    const staff = await ctx.loaders.staff.load(station.id);
    await ctx.audit.record('READ_PERSONAL', `SocialWorkStation:${station.id}.staff`);
    // Phone numbers in full for admins only; everyone else who may see the list sees them masked.
    return ctx.identity.role === 'admin' ? staff : staff.map((m) => ({ ...m, phone: maskPhone(m.phone) }));
  }

  @Authorized('department')
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

  @Authorized('department')
  @FieldResolver(() => [ServiceCount], { nullable: true, description: 'Services delivered, counts by year and domain. 服务数量。' })
  async services(
    @Root() station: SocialWorkStation,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year. 年度。' }) year: number | null,
    @Ctx() ctx: Context,
  ) {
    const all = await ctx.loaders.serviceCounts.load(station.id);
    return year == null ? all : all.filter((c) => c.year === year);
  }

  @Authorized('department')
  @FieldResolver(() => [Partner], { nullable: true, description: 'Forces it works with. 联动力量。' })
  partners(@Root() station: SocialWorkStation, @Ctx() ctx: Context) {
    return ctx.loaders.partners.load(station.id);
  }
}

export function resolveStationReference(ref: { id: string }, ctx: Context) {
  return ctx.loaders.station.load(ref.id);
}
