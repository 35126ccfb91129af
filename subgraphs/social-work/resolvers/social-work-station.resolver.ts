import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { checkRegionPrefix } from '../../../kit/errors.js';
import { PageArgs, toPage } from '../../../kit/pagination.js';
import type { Context } from '../context.js';
import { SocialWorkStationConnection } from '../entities/connections.js';
import { Region } from '../entities/region.js';
import { SocialWorkStation } from '../entities/social-work-station.js';

@Resolver(() => SocialWorkStation)
export class SocialWorkStationResolver {
  @Query(() => SocialWorkStation, { nullable: true, description: 'A social-work station by id. 按编号查询社工站。' })
  socialWorkStation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.station.load(id);
  }

  @Query(() => SocialWorkStationConnection, { description: 'Stations in a region subtree, by id. 按区划列出社工站。' })
  socialWorkStations(
    @Arg('regionPrefix', () => String, { defaultValue: '33', description: 'Division code prefix. 区划代码前缀。' }) regionPrefix: string,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.stationsInRegion(checkRegionPrefix('regionPrefix', regionPrefix), toPage(pageArgs));
  }

  @FieldResolver(() => Region, { description: 'The township the station serves. 所属乡镇（街道）。' })
  region(@Root() station: SocialWorkStation): Region {
    return { code: station.regionCode };
  }
}

@Resolver(() => Region)
export class RegionSocialWorkResolver {
  @FieldResolver(() => SocialWorkStationConnection, { description: 'Social-work stations in this region and below. 辖区内社工站。' })
  socialWorkStations(@Root() region: Region, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.stationsInRegion(region.code, toPage(pageArgs));
  }
}

export function resolveStationReference(ref: { id: string }, ctx: Context) {
  return ctx.loaders.station.load(ref.id);
}
