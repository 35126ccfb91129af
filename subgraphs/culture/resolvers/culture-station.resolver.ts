import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { checkId, checkRegionPrefix } from '../../../kit/errors.js';
import { PageArgs, toPage } from '../../../kit/pagination.js';
import type { Context } from '../context.js';
import * as repo from '../data/repository.js';
import { CultureActivityConnection, CultureStationConnection } from '../entities/connections.js';
import { CultureGrade, CultureGradeCount, CultureStation } from '../entities/culture-station.js';
import { Region } from '../entities/region.js';

@Resolver(() => CultureStation)
export class CultureStationResolver {
  @Query(() => CultureStation, { nullable: true, description: 'A culture station by id. 按编号查询文化站。' })
  cultureStation(@Arg('id', () => ID, { description: 'Its id. 编号。' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.station.load(checkId('id', id));
  }

  @Query(() => CultureStationConnection, { description: 'Culture stations in a region subtree, by id. 按区划列出文化站。' })
  async cultureStations(
    @Arg('regionPrefix', () => String, { defaultValue: '33', description: 'Division code prefix. 区划代码前缀。' }) regionPrefix: string,
    @Arg('grade', () => CultureGrade, { nullable: true, description: 'Only this grade. 等级。' }) grade: CultureGrade | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: Context,
  ) {
    const prefix = checkRegionPrefix('regionPrefix', regionPrefix);
    return (await repo.stationPagesByRegion(ctx.db.knex, [prefix], toPage(pageArgs), grade ?? null)).get(prefix);
  }

  @FieldResolver(() => Region, { description: 'The township the station serves. 所属乡镇（街道）。' })
  region(@Root() station: CultureStation): Region {
    return { code: station.regionCode };
  }

  @Authorized('department')
  @FieldResolver(() => CultureActivityConnection, { nullable: true, description: 'Activities held, by id. 开展的活动。' })
  activities(@Root() station: CultureStation, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.activities(station.id, toPage(pageArgs));
  }
}

@Resolver(() => Region)
export class RegionCultureResolver {
  @FieldResolver(() => CultureStationConnection, { description: 'Culture stations in this region and below. 辖区内文化站。' })
  cultureStations(@Root() region: Region, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.stationsInRegion(region.code, toPage(pageArgs));
  }

  // Public: grades are public, and these counts are what cultureStations(grade:) totals give anyway.
  @FieldResolver(() => [CultureGradeCount], {
    description: 'Culture stations in this region and below, by grade (GROUP BY in SQL; grades with none are left out). 各等级文化站数量。',
  })
  cultureStationsByGrade(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.loaders.gradeCounts.load(region.code);
  }
}

export function resolveStationReference(ref: { id: string }, ctx: Context) {
  return ctx.loaders.station.load(ref.id);
}
