import { registerEnumType } from 'type-graphql';

export enum TeamLevel {
  CORPS = 'CORPS',
  DIVISION = 'DIVISION',
  SQUAD = 'SQUAD',
}
registerEnumType(TeamLevel, {
  name: 'TeamLevel',
  description: 'Level of a volunteer team, mirroring the tiers. 志愿服务队层级。',
  valuesConfig: {
    CORPS: { description: '总队 (centre)' },
    DIVISION: { description: '分队 (institute)' },
    SQUAD: { description: '小队 (station)' },
  },
});
