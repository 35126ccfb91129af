import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../../../kit/access.js';
import { PageArgs, toPage } from '../../../kit/pagination.js';
import { venueScaffold } from '../../../kit/venue-scaffold.js';
import type { Context } from '../context.js';
import { PracticeUnitConnection, ServiceOrderConnection } from '../entities/connections.js';
import { PracticeUnit } from '../entities/practice-unit.js';
import { PracticeUnitFilter } from '../entities/practice-unit-filter.js';
import { Region } from '../entities/region.js';
import { VolunteerTeam } from '../entities/volunteer-team.js';

/** practiceUnit(id), practiceUnits(…), PracticeUnit.region, Region.practiceUnits and the reference resolver. */
export const practiceUnitScaffold = venueScaffold({
  department: 'practice',
  Venue: PracticeUnit,
  Connection: PracticeUnitConnection,
  Region,
  Filter: PracticeUnitFilter,
  names: { one: 'practiceUnit', many: 'practiceUnits' },
  describe: {
    one: 'A practice unit by id. 按编号查询文明实践阵地。',
    many: 'Practice units in a region subtree, by id. 按区划列出文明实践阵地。',
    region: 'The division the unit serves. 所属区划。',
    regionMany: 'Practice units in this region and below. 辖区内文明实践阵地。',
  },
});

/** What a unit has besides the scaffold: its place in the tiers, its team and its orders. */
@Resolver(() => PracticeUnit)
export class PracticeUnitResolver {
  @FieldResolver(() => PracticeUnit, { nullable: true, description: 'The unit one tier up (所 → 中心); null for a centre. 上级阵地。' })
  parent(@Root() unit: PracticeUnit, @Ctx() ctx: Context) {
    return unit.parentId ? ctx.loaders.venue.load(unit.parentId) : null;
  }

  @FieldResolver(() => [PracticeUnit], { nullable: true, description: 'Units one tier down, by id. 下级阵地。' })
  subunits(@Root() unit: PracticeUnit, @Ctx() ctx: Context) {
    return ctx.loaders.subunits.load(unit.id);
  }

  @FieldResolver(() => VolunteerTeam, { nullable: true, description: "The unit's volunteer team (总队/分队/小队). 志愿服务队。" })
  volunteerTeam(@Root() unit: PracticeUnit, @Ctx() ctx: Context) {
    return ctx.loaders.teamOfUnit.load(unit.id);
  }

  @Guarded('department')
  @FieldResolver(() => ServiceOrderConnection, { nullable: true, description: 'Service orders the unit handled, by id. 志愿服务订单。' })
  serviceOrders(@Root() unit: PracticeUnit, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.orders(unit.id, toPage(pageArgs));
  }
}
