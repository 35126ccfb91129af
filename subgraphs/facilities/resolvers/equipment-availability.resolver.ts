import { DATE_TIME } from '../../../kit/scalars.js';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { checkWindow } from '../../../kit/arguments.js';
import type { Context } from '../context.js';
import { peakUse } from '../domain/availability.js';
import { Equipment } from '../entities/equipment.js';

/** How many units of a piece of equipment are free over a window. */

const MAX_CALENDAR_DAYS = 92;

@Resolver(() => Equipment)
export class EquipmentAvailabilityResolver {
  @FieldResolver(() => Int, {
    description:
      'Units free for the whole of [from, to): its quantity less the most held by live bookings at any moment of it (at most 92 days). 可用数量。',
  })
  async available(
    @Root() equipment: Equipment,
    @Arg('from', () => DATE_TIME.scalar, { description: 'From. 开始。' }) from: Date,
    @Arg('to', () => DATE_TIME.scalar, { description: 'To. 结束。' }) to: Date,
    @Ctx() ctx: Context,
  ): Promise<number> {
    checkWindow(from, to, MAX_CALENDAR_DAYS);
    const held = await ctx.loaders.equipmentUse({ from, to }).load(equipment.id);
    return Math.max(0, equipment.quantity - peakUse(held, from, to));
  }
}
