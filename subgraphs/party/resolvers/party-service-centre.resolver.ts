import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { checkId, checkRegionPrefix } from '../../../kit/errors.js';
import { PageArgs, toPage } from '../../../kit/pagination.js';
import type { Context } from '../context.js';
import * as repo from '../data/repository.js';
import { PartyActivityConnection, PartyServiceCentreConnection } from '../entities/connections.js';
import { PartyCentreLevel, PartyServiceCentre } from '../entities/party-service-centre.js';
import { Region } from '../entities/region.js';

@Resolver(() => PartyServiceCentre)
export class PartyServiceCentreResolver {
  @Query(() => PartyServiceCentre, { nullable: true, description: 'A Party-member service centre by id. 按编号查询党群服务中心。' })
  partyServiceCentre(@Arg('id', () => ID, { description: 'Its id. 编号。' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.centre.load(checkId('id', id));
  }

  @Query(() => PartyServiceCentreConnection, { description: 'Centres in a region subtree, by id. 按区划列出党群服务中心。' })
  async partyServiceCentres(
    @Arg('regionPrefix', () => String, { defaultValue: '33', description: 'Division code prefix. 区划代码前缀。' }) regionPrefix: string,
    @Arg('level', () => PartyCentreLevel, { nullable: true, description: 'Only this level. 层级。' }) level: PartyCentreLevel | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: Context,
  ) {
    const prefix = checkRegionPrefix('regionPrefix', regionPrefix);
    return (await repo.centrePagesByRegion(ctx.db.knex, [prefix], toPage(pageArgs), level ?? null)).get(prefix);
  }

  @FieldResolver(() => Region, { description: 'The division the centre serves. 所属区划。' })
  region(@Root() centre: PartyServiceCentre): Region {
    return { code: centre.regionCode };
  }

  @Authorized('department')
  @FieldResolver(() => PartyActivityConnection, { nullable: true, description: 'Activities held, by id. 开展的活动。' })
  activities(@Root() centre: PartyServiceCentre, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.activities(centre.id, toPage(pageArgs));
  }
}

@Resolver(() => Region)
export class RegionPartyResolver {
  @FieldResolver(() => PartyServiceCentreConnection, {
    description: 'Party-member service centres in this region and below. 辖区内党群服务中心。',
  })
  partyServiceCentres(@Root() region: Region, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.centresInRegion(region.code, toPage(pageArgs));
  }
}

export function resolveCentreReference(ref: { id: string }, ctx: Context) {
  return ctx.loaders.centre.load(ref.id);
}
