import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { checkId } from '../../../kit/arguments.js';
import type { Context } from '../context.js';
import { toVenueRef } from '../data/repository.js';
import { Region } from '../entities/region.js';
import { Site } from '../entities/site.js';
import { Space } from '../entities/space.js';
import { Venue } from '../entities/venue.js';

@Resolver(() => Site)
export class SiteResolver {
  @Query(() => Site, { nullable: true, description: 'A site by id. 按编号查询场地。' })
  site(@Arg('id', () => ID, { description: 'Its id. 编号。' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.site.load(checkId('id', id));
  }

  @FieldResolver(() => Region, { description: 'The division the building stands in. 所在区划。' })
  async region(@Root() site: Site, @Ctx() ctx: Context) {
    return ctx.loaders.region.load(site.regionCode);
  }

  @FieldResolver(() => [Space], { description: 'Rooms and areas of the building. 空间。' })
  spaces(@Root() site: Site, @Ctx() ctx: Context) {
    return ctx.loaders.spacesOfSite.load(site.id);
  }

  @FieldResolver(() => [Venue], { description: 'Every department venue whose plaque hangs here. 在此挂牌的场所。' })
  async venues(@Root() site: Site, @Ctx() ctx: Context) {
    return (await ctx.loaders.plaquesOfSite.load(site.id)).map(toVenueRef);
  }
}
