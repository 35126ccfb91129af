import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { checkId, checkRegionPrefix } from '../../../kit/errors.js';
import { PageArgs, toPage } from '../../../kit/pagination.js';
import type { Context } from '../context.js';
import * as repo from '../data/repository.js';
import { PracticeUnitConnection, ServiceOrderConnection } from '../entities/connections.js';
import { PracticeTier, PracticeTierCount, PracticeUnit, ServiceOrder, VolunteerTeam } from '../entities/practice-unit.js';
import { Region } from '../entities/region.js';

@Resolver(() => PracticeUnit)
export class PracticeUnitResolver {
  @Query(() => PracticeUnit, { nullable: true, description: 'A practice unit by id. 按编号查询文明实践阵地。' })
  practiceUnit(@Arg('id', () => ID, { description: 'Its id. 编号。' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(checkId('id', id));
  }

  @Query(() => PracticeUnitConnection, { description: 'Practice units in a region subtree, by id. 按区划列出文明实践阵地。' })
  async practiceUnits(
    @Arg('regionPrefix', () => String, { defaultValue: '33', description: 'Division code prefix. 区划代码前缀。' }) regionPrefix: string,
    @Arg('tier', () => PracticeTier, { nullable: true, description: 'Only this tier. 层级。' }) tier: PracticeTier | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: Context,
  ) {
    const prefix = checkRegionPrefix('regionPrefix', regionPrefix);
    return (await repo.unitPagesByRegion(ctx.db.knex, [prefix], toPage(pageArgs), tier ?? null)).get(prefix);
  }

  @FieldResolver(() => PracticeUnit, { nullable: true, description: 'The unit one tier up (所 → 中心); null for a centre. 上级阵地。' })
  parent(@Root() unit: PracticeUnit, @Ctx() ctx: Context) {
    return unit.parentId ? ctx.loaders.unit.load(unit.parentId) : null;
  }

  @FieldResolver(() => [PracticeUnit], { description: 'Units one tier down, by id. 下级阵地。' })
  subunits(@Root() unit: PracticeUnit, @Ctx() ctx: Context) {
    return ctx.loaders.subunits.load(unit.id);
  }

  @FieldResolver(() => Region, { description: 'The division the unit serves. 所属区划。' })
  region(@Root() unit: PracticeUnit): Region {
    return { code: unit.regionCode };
  }

  @FieldResolver(() => VolunteerTeam, { nullable: true, description: "The unit's volunteer team (总队/分队/小队). 志愿服务队。" })
  volunteerTeam(@Root() unit: PracticeUnit, @Ctx() ctx: Context) {
    return ctx.loaders.teamOfUnit.load(unit.id);
  }

  @Authorized('department')
  @FieldResolver(() => ServiceOrderConnection, { nullable: true, description: 'Service orders the unit handled, by id. 志愿服务订单。' })
  serviceOrders(@Root() unit: PracticeUnit, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.orders(unit.id, toPage(pageArgs));
  }
}

@Resolver(() => VolunteerTeam)
export class VolunteerTeamResolver {
  @FieldResolver(() => VolunteerTeam, { nullable: true, description: 'The team one level up. 上级队伍。' })
  parent(@Root() team: VolunteerTeam, @Ctx() ctx: Context) {
    return team.parentId ? ctx.loaders.team.load(team.parentId) : null;
  }
}

@Resolver(() => ServiceOrder)
export class ServiceOrderResolver {
  @FieldResolver(() => VolunteerTeam, { nullable: true, description: 'The team it was assigned to (派单). 承接队伍。' })
  team(@Root() order: ServiceOrder, @Ctx() ctx: Context) {
    return order.teamId ? ctx.loaders.team.load(order.teamId) : null;
  }
}

@Resolver(() => Region)
export class RegionPracticeResolver {
  @FieldResolver(() => PracticeUnitConnection, { description: 'Practice units in this region and below. 辖区内文明实践阵地。' })
  practiceUnits(@Root() region: Region, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.unitsInRegion(region.code, toPage(pageArgs));
  }

  // Public: tiers are public, and these counts are what practiceUnits(tier:) totals give anyway.
  @FieldResolver(() => [PracticeTierCount], {
    description: 'Practice units in this region and below, by tier (GROUP BY in SQL; tiers with none are left out). 各层级实践阵地数量。',
  })
  practiceUnitsByTier(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.loaders.tierCounts.load(region.code);
  }
}

export function resolveUnitReference(ref: { id: string }, ctx: Context) {
  return ctx.loaders.unit.load(ref.id);
}
