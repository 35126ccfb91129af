import { registerEnumType } from 'type-graphql';
import { type EnumLabels, valuesConfigOf } from '../../../kit/sheets/enum-labels.js';

export enum PracticeTier {
  CENTRE = 'CENTRE',
  INSTITUTE = 'INSTITUTE',
  STATION = 'STATION',
  POINT = 'POINT',
}
/** Its labels (kit/sheets/enum-labels.ts): the first is the schema's description and the import template's choice. */
export const PRACTICE_TIER_LABELS: EnumLabels<PracticeTier> = {
  CENTRE: ['实践中心 (county)', '新时代文明实践中心', '实践中心', '中心'],
  INSTITUTE: ['实践所 (township)', '新时代文明实践所', '实践所', '所'],
  STATION: ['实践站 (village or community)', '新时代文明实践站', '实践站', '站'],
  POINT: ['实践点', '新时代文明实践点', '点'],
};

registerEnumType(PracticeTier, {
  name: 'PracticeTier',
  description: 'Tier of a civilization-practice unit. 新时代文明实践阵地层级。',
  valuesConfig: valuesConfigOf(PRACTICE_TIER_LABELS),
});
