import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { checkRegionPrefix } from '../../../kit/errors.js';
import { PageArgs, toPage } from '../../../kit/pagination.js';
import type { Context } from '../context.js';
import { CultureStationConnection } from '../entities/connections.js';
import { CultureStation } from '../entities/culture-station.js';
import { Region } from '../entities/region.js';

@Resolver(() => CultureStation)
export class CultureStationResolver {
  @Query(() => CultureStation, { nullable: true, description: 'A culture station by id. 按编号查询文化站。' })
  cultureStation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.station.load(id);
  }

  @Query(() => CultureStationConnection, { description: 'Culture stations in a region subtree, by id. 按区划列出文化站。' })
  cultureStations(
    @Arg('regionPrefix', () => String, { defaultValue: '33', description: 'Division code prefix. 区划代码前缀。' }) regionPrefix: string,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.stationsInRegion(checkRegionPrefix('regionPrefix', regionPrefix), toPage(pageArgs));
  }

  @FieldResolver(() => Region, { description: 'The township the station serves. 所属乡镇（街道）。' })
  region(@Root() station: CultureStation): Region {
    return { code: station.regionCode };
  }
}

@Resolver(() => Region)
export class RegionCultureResolver {
  @FieldResolver(() => CultureStationConnection, { description: 'Culture stations in this region and below. 辖区内文化站。' })
  cultureStations(@Root() region: Region, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.stationsInRegion(region.code, toPage(pageArgs));
  }
}

export function resolveStationReference(ref: { id: string }, ctx: Context) {
  return ctx.loaders.station.load(ref.id);
}
