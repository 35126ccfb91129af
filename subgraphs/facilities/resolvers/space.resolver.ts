import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { checkId } from '../../../kit/arguments.js';
import type { Context } from '../context.js';
import { Equipment } from '../entities/equipment.js';
import { SharingRule } from '../entities/sharing-rule.js';
import { Site } from '../entities/site.js';
import { Space } from '../entities/space.js';

@Resolver(() => Space)
export class SpaceResolver {
  @Query(() => Space, { nullable: true, description: 'A space by id. 按编号查询空间。' })
  space(@Arg('id', () => ID, { description: 'Its id. 编号。' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.space.load(checkId('id', id));
  }

  @FieldResolver(() => Site, { description: 'The building. 所在场地。' })
  site(@Root() space: Space, @Ctx() ctx: Context) {
    return ctx.loaders.site.load(space.siteId);
  }

  @FieldResolver(() => SharingRule, { nullable: true, description: 'How it is shared; null for a space without rules. 共享规则。' })
  sharingRule(@Root() space: Space, @Ctx() ctx: Context) {
    return ctx.loaders.sharingRule.load(space.id);
  }

  @FieldResolver(() => [Equipment], { description: 'Equipment kept here. 设备。' })
  equipment(@Root() space: Space, @Ctx() ctx: Context) {
    return ctx.loaders.equipmentOfSpace.load(space.id);
  }
}
