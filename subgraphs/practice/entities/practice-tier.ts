import { registerEnumType } from 'type-graphql';

export enum PracticeTier {
  CENTRE = 'CENTRE',
  INSTITUTE = 'INSTITUTE',
  STATION = 'STATION',
  POINT = 'POINT',
}
registerEnumType(PracticeTier, {
  name: 'PracticeTier',
  description: 'Tier of a civilization-practice unit. 新时代文明实践阵地层级。',
  valuesConfig: {
    CENTRE: { description: '实践中心 (county)' },
    INSTITUTE: { description: '实践所 (township)' },
    STATION: { description: '实践站 (village or community)' },
    POINT: { description: '实践点' },
  },
});
