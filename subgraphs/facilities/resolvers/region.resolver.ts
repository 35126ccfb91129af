import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../../../kit/errors.js';
import { checkRegionCode, checkRegionPrefix, REGION_PREFIX_ARG } from '../../../kit/arguments.js';
import { PageArgs, toPage } from '../../../kit/pagination.js';
import type { Context } from '../context.js';
import { RegionConnection, SiteConnection, VenueConnection } from '../entities/connections.js';
import { RegionLevel } from '../entities/region-level.js';
import { Region } from '../entities/region.js';
import { RegionFilter } from '../entities/region-filter.js';

/** The ancestors' codes of a code, root first: 330106002 → 33, 3301, 330106. */
export function ancestorCodes(code: string): string[] {
  return [2, 4, 6, 9].filter((n) => n < code.length).map((n) => code.slice(0, n));
}

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: 'A region by its division code. 按代码查询区划。' })
  region(@Arg('code', () => ID, { description: 'Division code, e.g. 330106. 区划代码。' }) code: string, @Ctx() ctx: Context) {
    return ctx.loaders.region.load(checkRegionCode('code', code));
  }

  @Query(() => RegionConnection, { nullable: true, description: 'Regions whose code starts with a prefix, by code. 按代码前缀列出区划。' })
  async regions(
    @Arg('regionPrefix', () => ID, REGION_PREFIX_ARG) regionPrefix: string,
    @Arg('level', () => RegionLevel, { nullable: true, description: 'Only this level. 级别。' }) level: RegionLevel | null,
    @Arg('filter', () => RegionFilter, { nullable: true, description: 'What the regions must (not) hold; needs `level`. 筛选条件。' })
    filter: RegionFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: Context,
  ) {
    const prefix = checkRegionPrefix('regionPrefix', regionPrefix);
    if (filter && !level) throw badInput('level', 'a level whenever a filter is given', null);
    return ctx.data.regionPage(prefix, toPage(pageArgs), level ?? null, filter ?? null);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The division one level up; null for the province. 上级区划。' })
  parent(@Root() region: Region, @Ctx() ctx: Context) {
    return region.parentCode ? ctx.loaders.region.load(region.parentCode) : null;
  }

  @FieldResolver(() => [Region], { nullable: true, description: 'The divisions one level down, by code. 下级区划。' })
  children(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.loaders.regionChildren.load(region.code);
  }

  @FieldResolver(() => [Region], { nullable: true, description: 'Every division above this one, province first. 全部上级区划。' })
  async ancestors(@Root() region: Region, @Ctx() ctx: Context) {
    const found = await ctx.loaders.region.loadMany(ancestorCodes(region.code));
    const failed = found.find((r): r is Error => r instanceof Error);
    if (failed) throw failed;
    return found.filter((r): r is Region => r !== null);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Real townships (街道, 镇, 乡; not development zones or farms) in this region and below. 乡镇（街道）数。',
  })
  townshipCount(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.loaders.townshipCount.load(region.code);
  }

  @FieldResolver(() => SiteConnection, { nullable: true, description: 'Sites (buildings) within this region and below. 辖区内场地。' })
  sites(@Root() region: Region, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.sitesInRegion(region.code, toPage(pageArgs));
  }

  @FieldResolver(() => VenueConnection, {
    nullable: true,
    description: 'Venues of every department whose plaque hangs at a site within this region, by id. 辖区内各部门场所。',
  })
  venues(@Root() region: Region, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.venuesInRegion(region.code, toPage(pageArgs));
  }
}
