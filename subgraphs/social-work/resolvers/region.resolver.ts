import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badInput } from '../../../kit/errors.js';
import type { Context } from '../context.js';
import { SocialWorkFigures } from '../entities/social-work-figures.js';
import { Region } from '../entities/region.js';

/** What Civil Affairs adds to a region besides its list of stations: their figures. */
@Resolver(() => Region)
export class RegionSocialWorkResolver {
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
