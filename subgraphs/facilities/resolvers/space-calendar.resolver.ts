import { DATE_TIME, LOCAL_DATE } from '../../../kit/scalars.js';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badInput } from '../../../kit/errors.js';
import { checkLocalDate, checkWindow } from '../../../kit/arguments.js';
import { addDays, localInstant } from '../../../kit/local-time.js';
import type { Context } from '../context.js';
import { freeSlots } from '../domain/availability.js';
import { LIVE_STATUSES } from '../domain/booking-rules.js';
import { Booking } from '../entities/booking.js';
import { TimeSlot } from '../entities/time-slot.js';
import { Space } from '../entities/space.js';

/** When spaces and equipment are taken and free: the calendar, free slots, units available. */

const MAX_CALENDAR_DAYS = 92;
const MAX_SLOT_DAYS = 7;

@Resolver(() => Space)
export class SpaceCalendarResolver {
  @FieldResolver(() => [Booking], {
    description: `Approved bookings overlapping [from, to) (at most ${MAX_CALENDAR_DAYS} days), by start. 已批准的预约（日历）。`,
  })
  calendar(
    @Root() space: Space,
    @Arg('from', () => DATE_TIME.scalar, { description: 'From. 开始。' }) from: Date,
    @Arg('to', () => DATE_TIME.scalar, { description: 'To. 结束。' }) to: Date,
    @Ctx() ctx: Context,
  ) {
    checkWindow(from, to, MAX_CALENDAR_DAYS);
    return ctx.loaders.bookingsOfSpace({ from, to, statuses: ['APPROVED'] }).load(space.id);
  }

  @FieldResolver(() => [TimeSlot], {
    description: `Free time on 1 to ${MAX_SLOT_DAYS} local days from a date: opening hours, less closed dates and the bookings that hold it (approved, and requested ones awaiting a decision); empty for a space that is not shared. Past times and the rule’s notice are not taken off. 空闲时段。`,
  })
  async freeSlots(
    @Root() space: Space,
    @Arg('date', () => LOCAL_DATE.scalar, { description: 'The first day (local, UTC+8). 起始日期。' }) date: string,
    @Arg('days', () => Int, { defaultValue: 1, description: `How many days, 1 to ${MAX_SLOT_DAYS} (7 for a week). 天数。` }) days: number,
    @Ctx() ctx: Context,
  ): Promise<TimeSlot[]> {
    checkLocalDate('date', date);
    if (!Number.isInteger(days) || days < 1 || days > MAX_SLOT_DAYS) throw badInput('days', `1 to ${MAX_SLOT_DAYS}`, days);
    const rule = await ctx.loaders.sharingRule.load(space.id);
    if (!rule?.shared) return [];
    const from = localInstant(date);
    const to = localInstant(addDays(date, days));
    const busy = await ctx.loaders.bookingsOfSpace({ from, to, statuses: LIVE_STATUSES }).load(space.id);
    return freeSlots(rule, date, days, busy);
  }
}
