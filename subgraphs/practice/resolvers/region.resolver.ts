import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { PracticeTierCount } from '../entities/practice-tier-count.js';
import { Region } from '../entities/region.js';

/** What practice adds to a region besides its list of units: the count by tier. */
@Resolver(() => Region)
export class RegionPracticeResolver {
  // Public: tiers are public, and these counts are what practiceUnits(tier:) totals give anyway.
  @FieldResolver(() => [PracticeTierCount], {
    nullable: true,
    description: 'Practice units in this region and below, by tier (GROUP BY in SQL; tiers with none are left out). 各层级实践阵地数量。',
  })
  practiceUnitsByTier(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.loaders.tierCounts.load(region.code);
  }
}
