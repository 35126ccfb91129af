import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Equipment } from '../entities/equipment.js';
import { Space } from '../entities/space.js';

@Resolver(() => Equipment)
export class EquipmentResolver {
  @FieldResolver(() => Space, { description: 'Where it is kept. 所在空间。' })
  space(@Root() equipment: Equipment, @Ctx() ctx: Context) {
    return ctx.loaders.space.load(equipment.spaceId);
  }
}
