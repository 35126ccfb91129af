import { registerEnumType } from 'type-graphql';
import type { EnumLabels } from '../../../kit/sheets/enum-labels.js';

export enum CoordinateSystem {
  WGS84 = 'WGS84',
  GCJ02 = 'GCJ02',
  BD09 = 'BD09',
  CGCS2000 = 'CGCS2000',
}
/**
 * Its labels (kit/sheets/enum-labels.ts), for the import template: the first is the drop-down's choice.
 * The schema describes this enum as a whole, not each value, so these are not its valuesConfig (which
 * would add descriptions to the composed schema).
 */
export const COORDINATE_SYSTEM_LABELS: EnumLabels<CoordinateSystem> = {
  WGS84: ['WGS84', 'WGS-84', 'GPS'],
  GCJ02: ['GCJ-02', '国测局坐标', '火星坐标', '高德', '腾讯'],
  BD09: ['BD-09', '百度'],
  CGCS2000: ['CGCS2000', '国家2000', '2000国家大地坐标系', '天地图'],
};

registerEnumType(CoordinateSystem, {
  name: 'CoordinateSystem',
  description: 'Datum of a coordinate pair; Chinese web maps use GCJ-02 (Amap, Tencent) or BD-09 (Baidu). 坐标系。',
});
