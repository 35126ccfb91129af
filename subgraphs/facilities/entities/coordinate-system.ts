import { registerEnumType } from 'type-graphql';

export enum CoordinateSystem {
  WGS84 = 'WGS84',
  GCJ02 = 'GCJ02',
  BD09 = 'BD09',
  CGCS2000 = 'CGCS2000',
}
registerEnumType(CoordinateSystem, {
  name: 'CoordinateSystem',
  description: 'Datum of a coordinate pair; Chinese web maps use GCJ-02 (Amap, Tencent) or BD-09 (Baidu). 坐标系。',
});
