import { CoordinateSystem } from './coordinate-system.js';
import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('GeoPoint', { description: 'A location with its coordinate system. 坐标。' })
export class GeoPoint {
  @Field(() => Float, { description: 'Longitude, degrees east. 经度。' })
  lng!: number;

  @Field(() => Float, { description: 'Latitude, degrees north. 纬度。' })
  lat!: number;

  @Field(() => CoordinateSystem, { description: 'Datum of lng/lat. 坐标系。' })
  crs!: CoordinateSystem;
}
