import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { CultureGradeCount } from '../entities/culture-grade-count.js';
import { Region } from '../entities/region.js';

/** What culture adds to a region besides its list of stations: the count by grade. */
@Resolver(() => Region)
export class RegionCultureResolver {
  // Public: grades are public, and these counts are what cultureStations(grade:) totals give anyway.
  @FieldResolver(() => [CultureGradeCount], {
    nullable: true,
    description: 'Culture stations in this region and below, by grade (GROUP BY in SQL; grades with none are left out). 各等级文化站数量。',
  })
  cultureStationsByGrade(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.loaders.gradeCounts.load(region.code);
  }
}
