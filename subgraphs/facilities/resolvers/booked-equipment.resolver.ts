import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BookedEquipment } from '../entities/booked-equipment.js';
import { Equipment } from '../entities/equipment.js';

@Resolver(() => BookedEquipment)
export class BookedEquipmentResolver {
  @FieldResolver(() => Equipment, { description: 'The equipment. 设备。' })
  equipment(@Root() line: BookedEquipment, @Ctx() ctx: Context) {
    return ctx.loaders.equipment.load(line.equipmentId);
  }
}
