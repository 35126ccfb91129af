import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../../../kit/access.js';
import { PageArgs, toPage } from '../../../kit/pagination.js';
import { venueScaffold } from '../../../kit/venue-scaffold.js';
import type { Context } from '../context.js';
import { CultureActivityConnection, CultureStationConnection } from '../entities/connections.js';
import { CultureStation } from '../entities/culture-station.js';
import { CultureStationFilter } from '../entities/culture-station-filter.js';
import { Region } from '../entities/region.js';

/** cultureStation(id), cultureStations(…), CultureStation.region, Region.cultureStations and the reference resolver. */
export const cultureStationScaffold = venueScaffold({
  department: 'culture',
  Venue: CultureStation,
  Connection: CultureStationConnection,
  Region,
  Filter: CultureStationFilter,
  names: { one: 'cultureStation', many: 'cultureStations' },
  describe: {
    one: 'A culture station by id. 按编号查询文化站。',
    many: 'Culture stations in a region subtree, by id. 按区划列出文化站。',
    region: 'The township the station serves. 所属乡镇（街道）。',
    regionMany: 'Culture stations in this region and below. 辖区内文化站。',
  },
});

/** What a culture station has besides the scaffold: its activities. */
@Resolver(() => CultureStation)
export class CultureStationResolver {
  @Guarded('department')
  @FieldResolver(() => CultureActivityConnection, { nullable: true, description: 'Activities held, by id. 开展的活动。' })
  activities(@Root() station: CultureStation, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.activities(station.id, toPage(pageArgs));
  }
}
