import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { checkId } from '../../../kit/arguments.js';
import type { Context } from '../context.js';
import { toVenueRef } from '../data/repository.js';
import { Site } from '../entities/site.js';
import { Venue, type VenueRef } from '../entities/venue.js';

@Resolver(() => Venue)
export class VenueResolver {
  @Query(() => Venue, { nullable: true, description: 'Any department venue by id. 按编号查询场所。' })
  async venue(@Arg('id', () => ID, { description: 'Its id. 编号。' }) id: string, @Ctx() ctx: Context) {
    const plaque = await ctx.loaders.plaque.load(checkId('id', id));
    return plaque ? toVenueRef(plaque) : null;
  }

  @FieldResolver(() => Site, { nullable: true, description: 'The building where its plaque hangs; null if not registered. 挂牌场地。' })
  async site(@Root() venue: VenueRef, @Ctx() ctx: Context) {
    const plaque = await ctx.loaders.plaque.load(venue.id);
    return plaque ? ctx.loaders.site.load(plaque.siteId) : null;
  }
}
