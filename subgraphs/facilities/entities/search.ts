import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../kit/pagination.js';
import { CoordinateSystem } from './coordinate-system.js';
import { Space } from './space.js';

@InputType('GeoPointInput', { description: 'A point to measure distances from. 参照点。' })
export class GeoPointInput {
  @Field(() => Float, { description: 'Longitude, degrees east. 经度。' })
  lng!: number;

  @Field(() => Float, { description: 'Latitude, degrees north. 纬度。' })
  lat!: number;

  @Field(() => CoordinateSystem, { defaultValue: CoordinateSystem.GCJ02, description: 'Datum of lng/lat (GCJ-02 unless said). 坐标系。' })
  crs!: CoordinateSystem;
}

@ObjectType('SpaceMatch', { description: 'A space free for the whole window, and how far it is. 符合条件的空间。' })
export class SpaceMatch {
  @Field(() => String, { description: 'Opaque cursor of this item. 游标。' })
  cursor!: string;

  @Field(() => Space, { description: 'The space. 空间。' })
  node!: Space;

  @Field(() => Float, {
    nullable: true,
    description: 'Great-circle distance from `near`, km (metre precision); null without `near`. 距离（公里）。',
  })
  distanceKm!: number | null;
}

@ObjectType('SpaceMatchConnection', { description: 'A page of spaces that match a search, nearest first. 空间搜索结果。' })
export class SpaceMatchConnection {
  @Field(() => [SpaceMatch], { description: 'The items of this page, each with its cursor. 本页条目。' })
  edges!: SpaceMatch[];

  @Field(() => PageInfo, { description: 'Where this page stands in the list. 分页信息。' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Items in the whole list, all pages. 总数。' })
  totalCount!: number;
}
