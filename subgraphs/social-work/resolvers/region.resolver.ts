import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badInput } from '../../../kit/errors.js';
import { PageArgs, toPage } from '../../../kit/pagination.js';
import type { Context } from '../context.js';
import { SocialWorkStationConnection } from '../entities/connections.js';
import { SocialWorkFigures } from '../entities/details.js';
import { Region } from '../entities/region.js';

/** What Civil Affairs adds to a region: its stations and their figures. */
@Resolver(() => Region)
export class RegionSocialWorkResolver {
  @FieldResolver(() => SocialWorkStationConnection, { description: 'Social-work stations in this region and below. 辖区内社工站。' })
  socialWorkStations(@Root() region: Region, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.stationsInRegion(region.code, toPage(pageArgs));
  }

  @Authorized('aggregate')
  @FieldResolver(() => SocialWorkFigures, {
    nullable: true,
    description: 'Stations, staff and funding in this region and below, summed in SQL (one statement for all regions asked). 社工站统计。',
  })
  socialWorkFigures(
    @Root() region: Region,
    @Arg('builtInYear', () => Int, { defaultValue: 2021, description: 'Year counted by stationsBuiltInYear. 统计新建成的年份。' })
    builtInYear: number,
    @Ctx() ctx: Context,
  ) {
    if (builtInYear < 1990 || builtInYear > 2100) throw badInput('builtInYear', 'a year from 1990 to 2100', builtInYear);
    return ctx.loaders.figures(builtInYear).load(region.code);
  }
}
