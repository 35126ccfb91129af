import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { CoordinateSystem } from './coordinate-system.js';

@ObjectType('GeoPoint', { description: 'A location with its coordinate system. 坐标。' })
export class GeoPoint {
  @Field(() => Float, { description: 'Longitude, degrees east. 经度。' })
  lng!: number;

  @Field(() => Float, { description: 'Latitude, degrees north. 纬度。' })
  lat!: number;

  @Field(() => CoordinateSystem, { description: 'Datum of lng/lat. 坐标系。' })
  crs!: CoordinateSystem;
}

@ObjectType('Site', {
  description: 'A building that hosts one or more department venues (「一址多牌」) and offers its rooms for sharing. 场地（建筑）。',
})
@Directive('@key(fields: "id")')
export class Site {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => String, { description: 'Name of the building. 名称。' })
  name!: string;

  @Field(() => String, { description: 'Postal address. 地址。' })
  address!: string;

  @Field(() => GeoPoint, { description: 'Where the building is. 位置。' })
  location!: GeoPoint;

  regionCode!: string;
}
