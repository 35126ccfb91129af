import { registerEnumType } from 'type-graphql';

export enum PartyCentreLevel {
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(PartyCentreLevel, {
  name: 'PartyCentreLevel',
  description: 'Level of a Party-member service centre. 党群服务中心层级。',
  valuesConfig: {
    COUNTY: { description: '县级' },
    TOWNSHIP: { description: '乡镇（街道）级' },
    VILLAGE: { description: '村级' },
    COMMUNITY: { description: '社区级' },
  },
});
