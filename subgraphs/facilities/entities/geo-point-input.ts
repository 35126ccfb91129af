import { CoordinateSystem } from './coordinate-system.js';
import { Field, Float, InputType } from 'type-graphql';

@InputType('GeoPointInput', { description: 'A point to measure distances from. 参照点。' })
export class GeoPointInput {
  @Field(() => Float, { description: 'Longitude, degrees east. 经度。' })
  lng!: number;

  @Field(() => Float, { description: 'Latitude, degrees north. 纬度。' })
  lat!: number;

  @Field(() => CoordinateSystem, { defaultValue: CoordinateSystem.GCJ02, description: 'Datum of lng/lat (GCJ-02 unless said). 坐标系。' })
  crs!: CoordinateSystem;
}
