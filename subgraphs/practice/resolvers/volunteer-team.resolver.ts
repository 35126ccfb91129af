import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { VolunteerTeam } from '../entities/volunteer-team.js';

@Resolver(() => VolunteerTeam)
export class VolunteerTeamResolver {
  @FieldResolver(() => VolunteerTeam, { nullable: true, description: 'The team one level up. 上级队伍。' })
  parent(@Root() team: VolunteerTeam, @Ctx() ctx: Context) {
    return team.parentId ? ctx.loaders.team.load(team.parentId) : null;
  }
}
