import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { checkRegionPrefix } from '../../../kit/errors.js';
import { PageArgs, toPage } from '../../../kit/pagination.js';
import type { Context } from '../context.js';
import * as repo from '../data/repository.js';
import { PracticeUnitConnection } from '../entities/connections.js';
import { PracticeTier, PracticeUnit } from '../entities/practice-unit.js';
import { Region } from '../entities/region.js';

@Resolver(() => PracticeUnit)
export class PracticeUnitResolver {
  @Query(() => PracticeUnit, { nullable: true, description: 'A practice unit by id. 按编号查询文明实践阵地。' })
  practiceUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(id);
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
}

@Resolver(() => Region)
export class RegionPracticeResolver {
  @FieldResolver(() => PracticeUnitConnection, { description: 'Practice units in this region and below. 辖区内文明实践阵地。' })
  practiceUnits(@Root() region: Region, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.unitsInRegion(region.code, toPage(pageArgs));
  }
}

export function resolveUnitReference(ref: { id: string }, ctx: Context) {
  return ctx.loaders.unit.load(ref.id);
}
