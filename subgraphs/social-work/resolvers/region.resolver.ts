import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Guarded } from '../../../kit/access.js';
import { badInput } from '../../../kit/errors.js';
import type { Context } from '../context.js';
import { SocialWorkFigures } from '../entities/social-work-figures.js';
import { Region } from '../entities/region.js';

/** What Civil Affairs adds to a region besides its list of stations: their figures. */
@Resolver(() => Region)
export class RegionSocialWorkResolver {
  @Guarded('aggregate')
  @FieldResolver(() => SocialWorkFigures, {
    nullable: true,
    description: 'Stations, staff and funding in this region and below, summed in SQL (one statement for all regions asked). 社工站统计。',
  })
  socialWorkFigures(
    @Root() region: Region,
    @Arg('establishedYear', () => Int, { defaultValue: 2021, description: 'Year counted by stationsEstablishedInYear. 统计新建成的年份。' })
    establishedYear: number,
    @Ctx() ctx: Context,
  ) {
    if (establishedYear < 1990 || establishedYear > 2100) throw badInput('establishedYear', 'a year from 1990 to 2100', establishedYear);
    return ctx.loaders.figures(establishedYear).load(region.code);
  }
}
