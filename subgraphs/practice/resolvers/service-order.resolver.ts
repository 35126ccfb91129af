import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { ServiceOrder } from '../entities/service-order.js';
import { VolunteerTeam } from '../entities/volunteer-team.js';

@Resolver(() => ServiceOrder)
export class ServiceOrderResolver {
  @FieldResolver(() => VolunteerTeam, { nullable: true, description: 'The team it was assigned to (派单). 承接队伍。' })
  team(@Root() order: ServiceOrder, @Ctx() ctx: Context) {
    return order.teamId ? ctx.loaders.team.load(order.teamId) : null;
  }
}
