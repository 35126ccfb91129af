import { registerEnumType } from 'type-graphql';
import { type EnumLabels, valuesConfigOf } from '../../../kit/sheets/enum-labels.js';

export enum TeamLevel {
  CORPS = 'CORPS',
  DIVISION = 'DIVISION',
  SQUAD = 'SQUAD',
}
/** Its labels (kit/sheets/enum-labels.ts): the first is the schema's description and the import template's choice. */
export const TEAM_LEVEL_LABELS: EnumLabels<TeamLevel> = {
  CORPS: ['总队 (centre)', '志愿服务总队', '总队'],
  DIVISION: ['分队 (institute)', '志愿服务分队', '分队', '支队'],
  SQUAD: ['小队 (station)', '志愿服务小队', '小队'],
};

registerEnumType(TeamLevel, {
  name: 'TeamLevel',
  description: 'Level of a volunteer team, mirroring the tiers. 志愿服务队层级。',
  valuesConfig: valuesConfigOf(TEAM_LEVEL_LABELS),
});
