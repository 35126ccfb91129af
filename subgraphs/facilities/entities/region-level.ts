import { registerEnumType } from 'type-graphql';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
}
registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: 'Administrative level of a division code. 行政区划级别。',
  valuesConfig: {
    PROVINCE: { description: '省 (2-digit code)' },
    CITY: { description: '地级市 (4 digits)' },
    COUNTY: { description: '县、县级市、区 (6 digits)' },
    TOWNSHIP: { description: '乡级: 街道、镇、乡 (9 digits)' },
    VILLAGE: { description: '村级: 社区、村 (12 digits)' },
  },
});
