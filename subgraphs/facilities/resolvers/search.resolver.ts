import { DATE_TIME } from '../../../kit/scalars.js';
import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { badInput, forbidden } from '../../../kit/errors.js';
import { checkInstant, checkRegionPrefix, REGION_PREFIX_ARG } from '../../../kit/arguments.js';
import { localParts } from '../../../kit/local-time.js';
import { encodeCursor, splitKey } from '../../../kit/cursor.js';
import { keysetConnection, PageArgs, toPage } from '../../../kit/pagination.js';
import type { Context } from '../context.js';
import { EquipmentKind } from '../entities/equipment-kind.js';
import { SpaceKind } from '../entities/space-kind.js';
import { GeoPointInput } from '../entities/geo-point-input.js';
import { SpaceMatchConnection } from '../entities/space-match-connection.js';

@Resolver()
export class SpaceSearchResolver {
  @Query(() => SpaceMatchConnection, {
    nullable: true,
    description:
      'Shared spaces in a region subtree that can be booked for the whole window [from, to) (one local day): open throughout, not closed that day, held by no approved or requested booking, the window within their longest booking and notice; nearest first to `near`, else by id. 查找可预约的空闲空间。',
  })
  async findSpaces(
    @Arg('from', () => DATE_TIME.scalar, { description: 'Window start. 开始时间。' }) from: Date,
    @Arg('to', () => DATE_TIME.scalar, { description: 'Window end, the same local day. 结束时间。' }) to: Date,
    @Arg('regionPrefix', () => ID, REGION_PREFIX_ARG) regionPrefix: string,
    @Arg('minCapacity', () => Int, { defaultValue: 1, description: 'At least this many people. 最少容纳人数。' }) minCapacity: number,
    @Arg('spaceKind', () => SpaceKind, { nullable: true, description: 'Only rooms of this kind. 空间类型。' }) spaceKind: SpaceKind | null,
    @Arg('equipmentKind', () => EquipmentKind, {
      nullable: true,
      description:
        'Only rooms that keep equipment of this kind with a unit no live booking overlapping the window holds (counted as if all those bookings overlapped each other). 设备类型。',
    })
    equipmentKind: EquipmentKind | null,
    @Arg('near', () => GeoPointInput, { nullable: true, description: 'Order by distance from this point. 参照点（按距离排序）。' })
    near: GeoPointInput | null,
    @Arg('bookableByMe', () => Boolean, {
      defaultValue: false,
      description:
        'Only rooms the caller’s department may ask for under their rules (an admin may ask for any). Who may use it: staff and admins. 仅限本部门可预约。',
    })
    bookableByMe: boolean,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<SpaceMatchConnection> {
    checkRegionPrefix('regionPrefix', regionPrefix);
    const page = toPage(pageArgs);
    checkInstant('from', from);
    checkInstant('to', to);
    if (!(to > from)) throw badInput('to', 'after from', to.toISOString());
    const start = localParts(from);
    const end = localParts(to);
    if (start.day !== end.day) throw badInput('to', `on the same local day (UTC+8) as from, ${start.day}`, to.toISOString());
    if (!Number.isInteger(minCapacity) || minCapacity < 1 || minCapacity > 100_000)
      throw badInput('minCapacity', '1 to 100000', minCapacity);
    // China's extent: the datums GCJ-02 and BD-09 exist only there, and no distance comes near the antipode.
    if (near && !(near.lng >= 73 && near.lng <= 136 && near.lat >= 3 && near.lat <= 54))
      throw badInput('near', 'a point in China: lng 73 to 136, lat 3 to 54', near);
    let after: { distance: number; id: string } | null = null;
    if (page.afterKey !== null) {
      const [distance, id] = splitKey(page.afterKey) ?? [];
      if (!distance || !id || !/^\d{1,9}$/.test(distance) || (!near && distance !== '0'))
        throw badInput('after', 'a cursor returned by this search', pageArgs.after);
      after = { distance: Number(distance), id };
    }
    const who = ctx.identity;
    if (bookableByMe && who.role !== 'admin' && !(who.role === 'staff' && who.region)) {
      throw forbidden('bookableByMe needs a staff token: whose department would it be?');
    }
    const found = await ctx.data.searchSpaces({
      regionPrefix,
      minCapacity,
      spaceKind,
      equipmentKind,
      from,
      to,
      day: start.day,
      weekday: start.weekday,
      fromMinute: start.minutes,
      toMinute: end.minutes,
      noticeHours: (from.getTime() - Date.now()) / 3600_000,
      near: near ? { lng: near.lng, lat: near.lat, crs: near.crs } : null,
      bookableBy: bookableByMe && who.role === 'staff' ? { dept: who.dept, region: who.region! } : null,
      first: page.first,
      after,
    });
    const edges = found.rows.map((r) => ({
      cursor: encodeCursor(`${r.distanceM ?? 0}|${r.space.id}`),
      node: r.space,
      distanceKm: r.distanceM === null ? null : r.distanceM / 1000,
    }));
    for (const e of edges) ctx.loaders.space.prime(e.node.id, e.node);
    return keysetConnection(edges, found, after !== null);
  }
}
