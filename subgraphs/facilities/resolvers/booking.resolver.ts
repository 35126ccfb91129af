import { DateTimeResolver } from 'graphql-scalars';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { badInput, checkId, notFound } from '../../../kit/errors.js';
import type { Context } from '../context.js';
import * as bookings from '../data/bookings.js';
import { mayDecide, nextStatus, ruleViolation, type BookingAction } from '../domain/booking-rules.js';
import { Booking, BookingRequest, BookingStatus } from '../entities/booking.js';
import { Space } from '../entities/space.js';

/** A booking's space with the rule and the site that say who manages it. */
async function managed(spaceId: string, ctx: Context) {
  const space = await ctx.loaders.space.load(spaceId);
  if (!space) return null;
  const [rule, site] = await Promise.all([ctx.loaders.sharingRule.load(space.id), ctx.loaders.site.load(space.siteId)]);
  return { space, rule, siteRegion: site!.regionCode };
}

const forbidden = (message: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
const isUniqueViolation = (err: unknown) => {
  const code = (err as { code?: string }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

@Resolver(() => Booking)
export class BookingResolver {
  @Mutation(() => Booking, {
    description:
      'Ask to use a shared space. Staff only. Approved at once unless the rule needs approval; an overlapping live booking is a BOOKING_CONFLICT error naming its time; the same idempotencyKey again returns the same booking. 申请预约。',
  })
  async requestBooking(@Arg('input', () => BookingRequest, { description: 'The request. 申请内容。' }) input: BookingRequest, @Ctx() ctx: Context): Promise<Booking> {
    const who = ctx.identity;
    if (who.role !== 'staff' && who.role !== 'admin') throw forbidden('Only staff may request a space.');
    if (!/^[\w.:-]{1,100}$/.test(input.idempotencyKey)) throw badInput('idempotencyKey', '1 to 100 letters, digits, "_", ".", ":" or "-"', input.idempotencyKey);
    const again = await bookings.bookingByKey(ctx.db.knex, who.sub!, input.idempotencyKey);
    if (again) return again;
    if (input.purpose.trim().length === 0 || input.purpose.length > 500) throw badInput('purpose', '1 to 500 characters', input.purpose.slice(0, 50));
    if (input.contact.trim().length === 0 || input.contact.length > 100) throw badInput('contact', '1 to 100 characters', input.contact.slice(0, 50));
    const target = await managed(checkId('spaceId', input.spaceId), ctx);
    if (!target) throw notFound('Space', input.spaceId);
    const { space, rule, siteRegion } = target;
    if (!Number.isInteger(input.attendees) || input.attendees < 1 || input.attendees > space.capacity) {
      throw badInput('attendees', `1 to the capacity, ${space.capacity}`, input.attendees);
    }
    const why = ruleViolation({ rule, siteRegion, requester: who, startsAt: input.startsAt, endsAt: input.endsAt, now: new Date() });
    if (why) throw new GraphQLError(`This request breaks the space's rules: ${why}.`, { extensions: { code: 'BOOKING_NOT_ALLOWED' } });
    try {
      const booking = await bookings.insertBooking(ctx.db, {
        spaceId: space.id, startsAt: input.startsAt, endsAt: input.endsAt,
        status: rule!.needsApproval ? 'REQUESTED' : 'APPROVED', requesterSub: who.sub!, requesterDept: who.dept,
        purpose: input.purpose, attendees: input.attendees, contact: input.contact, idempotencyKey: input.idempotencyKey,
      });
      await ctx.audit.record('MUTATION', `Booking:${booking.id}:request`);
      return booking;
    } catch (err) {
      if (isUniqueViolation(err)) {
        // The same request, sent twice at once: the first one made it.
        const first = await bookings.bookingByKey(ctx.db.knex, who.sub!, input.idempotencyKey);
        if (first) return first;
      }
      throw err;
    }
  }

  @Mutation(() => Booking, { description: 'Approve a request: the managing department’s staff for the site’s region. 批准。' })
  approveBooking(@Arg('id', () => ID, { description: 'The booking. 编号。' }) id: string, @Ctx() ctx: Context) {
    return this.move(id, 'approve', ctx);
  }

  @Mutation(() => Booking, { description: 'Reject a request: the managing department’s staff for the site’s region. 驳回。' })
  rejectBooking(@Arg('id', () => ID, { description: 'The booking. 编号。' }) id: string, @Ctx() ctx: Context) {
    return this.move(id, 'reject', ctx);
  }

  @Mutation(() => Booking, { description: 'Cancel a booking: its requester, or the managing department. 取消。' })
  cancelBooking(@Arg('id', () => ID, { description: 'The booking. 编号。' }) id: string, @Ctx() ctx: Context) {
    return this.move(id, 'cancel', ctx);
  }

  private async move(id: string, action: BookingAction, ctx: Context): Promise<Booking> {
    const [booking] = await bookings.bookingsByIds(ctx.db.knex, [checkId('id', id)]);
    if (!booking) throw notFound('Booking', id);
    const { rule, siteRegion } = (await managed(booking.spaceId, ctx))!;
    const decider = mayDecide(ctx.identity, rule, siteRegion);
    const requester = ctx.identity.sub !== null && ctx.identity.sub === booking.requesterSub;
    if (!(decider || (action === 'cancel' && requester))) {
      throw forbidden(action === 'cancel' ? 'Only the requester or the managing department may cancel.' : 'Only the managing department may decide a request.');
    }
    const to = nextStatus(booking.status as never, action);
    if (!to || !(await bookings.moveBooking(ctx.db.knex, booking.id, booking.status as never, to, ctx.identity.sub))) {
      throw new GraphQLError(`A ${booking.status.toLowerCase()} booking cannot be ${action === 'approve' ? 'approved' : action === 'reject' ? 'rejected' : 'cancelled'}.`, {
        extensions: { code: 'BOOKING_STATE_CONFLICT', status: booking.status },
      });
    }
    await ctx.audit.record('MUTATION', `Booking:${booking.id}:${action}`);
    return { ...booking, status: to as BookingStatus };
  }

  @FieldResolver(() => Space, { description: 'The space booked. 空间。' })
  space(@Root() booking: Booking, @Ctx() ctx: Context) {
    return ctx.loaders.space.load(booking.spaceId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'How to reach the requester: for the requester and the managing department only. 联系方式。' })
  async contact(@Root() booking: Booking, @Ctx() ctx: Context): Promise<string | null> {
    if (ctx.identity.sub !== null && ctx.identity.sub === booking.requesterSub) return booking.contact;
    const { rule, siteRegion } = (await managed(booking.spaceId, ctx))!;
    if (!mayDecide(ctx.identity, rule, siteRegion)) throw forbidden('Only the requester and the managing department may read the contact.');
    await ctx.audit.record('READ_PERSONAL', `Booking:${booking.id}.contact`);
    return booking.contact;
  }
}

@Resolver(() => Space)
export class SpaceCalendarResolver {
  @FieldResolver(() => [Booking], { description: 'Approved bookings overlapping [from, to) (at most 92 days), by start. 已批准的预约（日历）。' })
  async calendar(
    @Root() space: Space,
    @Arg('from', () => DateTimeResolver, { description: 'From. 开始。' }) from: Date,
    @Arg('to', () => DateTimeResolver, { description: 'To. 结束。' }) to: Date,
    @Ctx() ctx: Context,
  ) {
    if (!(to > from) || to.getTime() - from.getTime() > 92 * 86_400_000) throw badInput('to', 'after from, at most 92 days later', to.toISOString());
    return bookings.approvedBetween(ctx.db.knex, [space.id], from, to);
  }
}
