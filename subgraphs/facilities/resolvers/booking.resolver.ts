import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badInput, forbidden, notFound, type PublicError } from '../../../kit/errors.js';
import { checkId, checkInstant, checkRegionPrefix, REGION_PREFIX_ARG, withinRegion } from '../../../kit/arguments.js';
import { encodeCursor, splitKey } from '../../../kit/cursor.js';
import { keysetConnection, PageArgs, toPage } from '../../../kit/pagination.js';
import type { Context } from '../context.js';
import { DuplicateRequestError } from '../data/bookings.js';
import {
  approvalNotAllowed,
  BookingErrorCode,
  bookingNotAllowed,
  bookingStateConflict,
  idempotencyKeyReused,
  selfApprovalRefused,
} from '../errors.js';
import {
  calendarViolation,
  hasVisibleText,
  mayDecide,
  nextStatus,
  quotaMonth,
  ruleViolation,
  type BookingAction,
} from '../domain/booking-rules.js';
import { BookedEquipment } from '../entities/booked-equipment.js';
import { Booking } from '../entities/booking.js';
import { BookingRequest } from '../entities/booking-request.js';
import { BookingStatus } from '../entities/booking-status.js';
import { BookingConnection } from '../entities/connections.js';
import type { SharingRule } from '../entities/sharing-rule.js';
import { Space } from '../entities/space.js';

/** A space with the rule and the site that say who manages it. */
async function managedSpace(spaceId: string, ctx: Context) {
  const space = await ctx.loaders.space.load(spaceId);
  if (!space) return null;
  const [rule, site] = await Promise.all([ctx.loaders.sharingRule.load(space.id), ctx.loaders.site.load(space.siteId)]);
  return { space, rule, siteRegion: site!.regionCode };
}

/**
 * Who manages a booking: the rule of its space, or, for equipment booked alone, of the space the
 * equipment is kept in (a request holds one site's things of one managing department).
 */
async function managing(booking: Booking, ctx: Context) {
  let spaceId = booking.spaceId;
  if (!spaceId) {
    const [line] = await ctx.loaders.equipmentOfBooking.load(booking.id);
    const equipment = line ? await ctx.loaders.equipment.load(line.equipmentId) : null;
    // A booking that holds neither a space nor equipment has no manager: only an admin may touch it.
    if (!equipment) return { space: null, rule: null, siteRegion: '' };
    spaceId = equipment.spaceId;
  }
  return (await managedSpace(spaceId, ctx))!;
}

const MAX_EQUIPMENT_LINES = 20;
const MAX_ATTENDEES_WITHOUT_SPACE = 10_000;

/** The `after` of the lists ordered by start: `<ISO start>|<id>`, as keysetConnection's cursors were made. */
function startsAtCursor(afterKey: string | null, raw: unknown): { startsAt: string; id: string } | null {
  if (afterKey === null) return null;
  const [startsAt, id] = splitKey(afterKey) ?? [];
  if (!startsAt || !id || Number.isNaN(Date.parse(startsAt)) || new Date(startsAt).toISOString() !== startsAt) {
    throw badInput('after', 'a cursor returned by this list', raw);
  }
  return { startsAt, id };
}

const byStart = (b: Booking) => ({ cursor: encodeCursor(`${b.startsAt.toISOString()}|${b.id}`), node: b });

/** The booking an idempotency key already made, if the request is the same one (space and time). */
function sameRequest(booking: Booking, input: BookingRequest): Booking {
  const same =
    (booking.spaceId ?? null) === (input.spaceId ?? null) &&
    booking.startsAt.getTime() === input.startsAt.getTime() &&
    booking.endsAt.getTime() === input.endsAt.getTime();
  if (!same) {
    throw idempotencyKeyReused(input.idempotencyKey, booking.id);
  }
  return booking;
}

@Resolver(() => Booking)
export class BookingResolver {
  @Mutation(() => Booking, {
    nullable: true,
    description:
      'Ask to use a shared space, its equipment, or equipment alone. Who may call: staff and admins. Approved at once unless a rule needs approval; an overlapping live booking of the space, or too few free units of the equipment, is a BOOKING_CONFLICT error naming the time or the units; the same idempotencyKey again returns the same booking. 申请预约。',
  })
  async requestBooking(
    @Arg('input', () => BookingRequest, { description: 'The request. 申请内容。' }) input: BookingRequest,
    @Ctx() ctx: Context,
  ): Promise<Booking> {
    const who = ctx.identity;
    if (who.role !== 'staff' && who.role !== 'admin') throw forbidden('Only staff may request a space.');
    if (!/^[\w.:-]{1,100}$/.test(input.idempotencyKey))
      throw badInput('idempotencyKey', '1 to 100 letters, digits, "_", ".", ":" or "-"', input.idempotencyKey);
    const again = await ctx.data.bookingByKey(who.sub!, input.idempotencyKey);
    if (again) return sameRequest(again, input);
    if (!hasVisibleText(input.purpose) || input.purpose.length > 500)
      throw badInput('purpose', '1 to 500 characters with some visible text', input.purpose.slice(0, 50));
    if (!hasVisibleText(input.contact) || input.contact.length > 100)
      throw badInput('contact', '1 to 100 characters with some visible text', input.contact.slice(0, 50));
    checkInstant('startsAt', input.startsAt);
    checkInstant('endsAt', input.endsAt);
    const lines = input.equipment ?? [];
    if (!input.spaceId && lines.length === 0) throw badInput('input', 'a spaceId, equipment, or both', null);
    if (lines.length > MAX_EQUIPMENT_LINES) throw badInput('equipment', `at most ${MAX_EQUIPMENT_LINES} lines`, lines.length);
    if (new Set(lines.map((l) => l.equipmentId)).size !== lines.length)
      throw badInput(
        'equipment',
        'each equipmentId once',
        lines.map((l) => l.equipmentId),
      );

    // The things asked for, each with the rule of the space it is in.
    const target = input.spaceId ? await managedSpace(checkId('spaceId', input.spaceId), ctx) : null;
    if (input.spaceId && !target) throw notFound('Space', input.spaceId);
    const equipment = await Promise.all(
      lines.map(async (l) => {
        const e = await ctx.loaders.equipment.load(checkId('equipmentId', l.equipmentId));
        if (!e) throw notFound('Equipment', l.equipmentId);
        if (!Number.isInteger(l.quantity) || l.quantity < 1 || l.quantity > e.quantity) {
          throw badInput('quantity', `1 to the ${e.quantity} "${e.name}" there are`, l.quantity);
        }
        return { e, requested: l.quantity, home: (await managedSpace(e.spaceId, ctx))! };
      }),
    );
    const home = target ?? equipment[0]!.home;
    for (const { e, home: at } of equipment) {
      if (at.space.siteId !== home.space.siteId || at.rule?.managingDepartment !== home.rule?.managingDepartment) {
        throw badInput(
          'equipment',
          `equipment kept at the site of ${home.space.id} and managed by the same department (ask separately for ${e.id})`,
          e.id,
        );
      }
    }
    const maxAttendees = target ? target.space.capacity : MAX_ATTENDEES_WITHOUT_SPACE;
    if (!Number.isInteger(input.attendees) || input.attendees < 1 || input.attendees > maxAttendees) {
      throw badInput('attendees', target ? `1 to the capacity, ${maxAttendees}` : `1 to ${maxAttendees}`, input.attendees);
    }
    // A room not offered for sharing is refused whatever its rule says (search leaves it out too).
    const rules = new Map<string, SharingRule | null>([
      [home.space.id, home.space.shareable ? home.rule : null],
      ...equipment.map(({ home: at }) => [at.space.id, at.space.shareable ? at.rule : null] as const),
    ]);
    const now = new Date();
    for (const rule of rules.values()) {
      const why = ruleViolation({ rule, siteRegion: home.siteRegion, requester: who, startsAt: input.startsAt, endsAt: input.endsAt, now });
      if (why) throw bookingNotAllowed(why);
    }
    try {
      const booking = await ctx.data.insertBooking({
        spaceId: target?.space.id ?? null,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        status: [...rules.values()].some((r) => r!.needsApproval) ? 'REQUESTED' : 'APPROVED',
        requesterSub: who.sub!,
        requesterDept: who.dept,
        purpose: input.purpose,
        attendees: input.attendees,
        contact: input.contact,
        idempotencyKey: input.idempotencyKey,
        equipment: equipment.map(({ e, requested }) => ({ id: e.id, name: e.name, quantity: e.quantity, requested })),
        quota: target && home.rule ? { rule: home.rule, ...quotaMonth(input.startsAt) } : null,
      });
      await ctx.audit.record('MUTATION', `Booking:${booking.id}:request`);
      return booking;
    } catch (err) {
      // The same request, sent twice at once: the first one made it, and the second met it (as a
      // duplicate key, or on PostgreSQL possibly as an overlap with itself).
      if (err instanceof DuplicateRequestError || (err as PublicError).code === BookingErrorCode.BOOKING_CONFLICT) {
        const first = await ctx.data.bookingByKey(who.sub!, input.idempotencyKey);
        if (first) return sameRequest(first, input);
      }
      throw err;
    }
  }

  @Query(() => BookingConnection, {
    nullable: true,
    description:
      'Requests waiting for a decision, for the staff who may decide them: their department’s spaces and equipment within their region (every department’s for an admin), by start; staff asking for a wider prefix get the part within their region. Who may call: staff of a department with a region, admins. 待审批的预约。',
  })
  async bookingRequests(
    @Arg('regionPrefix', () => ID, REGION_PREFIX_ARG) regionPrefix: string,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: Context,
  ) {
    const who = ctx.identity;
    if (!(who.role === 'admin' || (who.role === 'staff' && who.dept && who.region)))
      throw forbidden('Only staff who decide requests may list them.');
    const asked = checkRegionPrefix('regionPrefix', regionPrefix);
    const prefix = who.role === 'staff' ? withinRegion(asked, who.region!) : asked;
    const page = toPage(pageArgs);
    const after = startsAtCursor(page.afterKey, pageArgs.after);
    const found = await ctx.data.requestsToDecide({
      dept: who.role === 'admin' ? null : who.dept,
      regionPrefix: prefix,
      first: page.first,
      after,
    });
    return keysetConnection(found.rows.map(byStart), found, after !== null);
  }

  @Query(() => BookingConnection, {
    nullable: true,
    description: 'The caller’s own requests and bookings, by start. Who may call: staff and admins. 我的预约。',
  })
  async myBookings(
    @Arg('status', () => [BookingStatus], {
      defaultValue: [BookingStatus.REQUESTED, BookingStatus.APPROVED],
      description: 'Only these statuses (default: those that hold a space). 状态。',
    })
    status: BookingStatus[],
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: Context,
  ) {
    const who = ctx.identity;
    if (!who.sub || (who.role !== 'staff' && who.role !== 'admin')) throw forbidden('Only staff have bookings of their own.');
    const page = toPage(pageArgs);
    const after = startsAtCursor(page.afterKey, pageArgs.after);
    const found = await ctx.data.bookingsOf({ requesterSub: who.sub, statuses: status, first: page.first, after });
    return keysetConnection(found.rows.map(byStart), found, after !== null);
  }

  @Mutation(() => Booking, {
    nullable: true,
    description: 'Approve a request. Who may call: the managing department’s staff for the site’s region, and admins. 批准。',
  })
  approveBooking(@Arg('id', () => ID, { description: 'The booking. 编号。' }) id: string, @Ctx() ctx: Context) {
    return this.move(id, 'approve', ctx);
  }

  @Mutation(() => Booking, {
    nullable: true,
    description: 'Reject a request. Who may call: the managing department’s staff for the site’s region, and admins. 驳回。',
  })
  rejectBooking(@Arg('id', () => ID, { description: 'The booking. 编号。' }) id: string, @Ctx() ctx: Context) {
    return this.move(id, 'reject', ctx);
  }

  @Mutation(() => Booking, {
    nullable: true,
    description: 'Cancel a booking. Who may call: its requester, the managing department’s staff for the site’s region, and admins. 取消。',
  })
  cancelBooking(@Arg('id', () => ID, { description: 'The booking. 编号。' }) id: string, @Ctx() ctx: Context) {
    return this.move(id, 'cancel', ctx);
  }

  private async move(id: string, action: BookingAction, ctx: Context): Promise<Booking> {
    const [booking] = await ctx.data.bookingsByIds([checkId('id', id)]);
    if (!booking) throw notFound('Booking', id);
    const managed = await managing(booking, ctx);
    const { rule, siteRegion } = managed;
    const decider = mayDecide(ctx.identity, rule, siteRegion);
    const requester = ctx.identity.sub !== null && ctx.identity.sub === booking.requesterSub;
    // Four eyes: whoever asked cannot also approve (they may still cancel).
    if (action === 'approve' && requester && decider) {
      throw selfApprovalRefused();
    }
    if (!(decider || (action === 'cancel' && requester))) {
      throw forbidden(
        action === 'cancel'
          ? 'Only the requester or the managing department may cancel.'
          : 'Only the managing department may decide a request.',
      );
    }
    if (action === 'approve') {
      if (booking.startsAt.getTime() <= Date.now()) {
        throw approvalNotAllowed('its time has begun');
      }
      // The rule may have changed since the request: the space still shared and open then?
      const why =
        !rule?.shared || !managed.space?.shareable
          ? 'this space is no longer shared'
          : calendarViolation(rule, booking.startsAt, booking.endsAt);
      if (why) throw approvalNotAllowed(why);
    }
    const to = nextStatus(booking.status as never, action);
    if (!to || !(await ctx.data.moveBooking(booking.id, booking.status as never, to, ctx.identity.sub))) {
      throw bookingStateConflict(booking.status, action);
    }
    await ctx.audit.record('MUTATION', `Booking:${booking.id}:${action}`);
    return { ...booking, status: to as BookingStatus };
  }

  @FieldResolver(() => Space, { nullable: true, description: 'The space booked; null when only equipment is. 空间。' })
  space(@Root() booking: Booking, @Ctx() ctx: Context) {
    return booking.spaceId ? ctx.loaders.space.load(booking.spaceId) : null;
  }

  @FieldResolver(() => [BookedEquipment], { description: 'The equipment it holds. 预约的设备。' })
  equipment(@Root() booking: Booking, @Ctx() ctx: Context) {
    return ctx.loaders.equipmentOfBooking.load(booking.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'How to reach the requester. Who may read: the requester, the managing department’s staff for the site’s region, and admins; a read by anyone but the requester is audited. 联系方式。',
  })
  async contact(@Root() booking: Booking, @Ctx() ctx: Context): Promise<string | null> {
    if (ctx.identity.sub !== null && ctx.identity.sub === booking.requesterSub) return booking.contact;
    const { rule, siteRegion } = await managing(booking, ctx);
    if (!mayDecide(ctx.identity, rule, siteRegion)) throw forbidden('Only the requester and the managing department may read the contact.');
    await ctx.audit.record('READ_PERSONAL', `Booking:${booking.id}.contact`);
    return booking.contact;
  }
}
