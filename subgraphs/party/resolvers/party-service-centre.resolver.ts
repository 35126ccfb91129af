import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../../../kit/access.js';
import { PageArgs, toPage } from '../../../kit/pagination.js';
import { venueScaffold } from '../../../kit/venue-scaffold.js';
import type { Context } from '../context.js';
import { PartyActivityConnection, PartyServiceCentreConnection } from '../entities/connections.js';
import { Region } from '../entities/region.js';
import { PartyServiceCentre } from '../entities/party-service-centre.js';
import { PartyServiceCentreFilter } from '../entities/party-service-centre-filter.js';

/** partyServiceCentre(id), partyServiceCentres(…), PartyServiceCentre.region, Region.partyServiceCentres and the reference resolver. */
export const partyServiceCentreScaffold = venueScaffold({
  department: 'party',
  Venue: PartyServiceCentre,
  Connection: PartyServiceCentreConnection,
  Region,
  Filter: PartyServiceCentreFilter,
  names: { one: 'partyServiceCentre', many: 'partyServiceCentres' },
  describe: {
    one: 'A Party-member service centre by id. 按编号查询党群服务中心。',
    many: 'Centres in a region subtree, by id. 按区划列出党群服务中心。',
    region: 'The division the centre serves. 所属区划。',
    regionMany: 'Party-member service centres in this region and below. 辖区内党群服务中心。',
  },
});

/** What a centre has besides the scaffold: its activities. */
@Resolver(() => PartyServiceCentre)
export class PartyServiceCentreResolver {
  @Guarded('department')
  @FieldResolver(() => PartyActivityConnection, { nullable: true, description: 'Activities held, by id. 开展的活动。' })
  activities(@Root() centre: PartyServiceCentre, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.activities(centre.id, toPage(pageArgs));
  }
}
