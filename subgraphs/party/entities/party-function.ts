import { registerEnumType } from 'type-graphql';
import { type EnumLabels, valuesConfigOf } from '../../../kit/sheets/enum-labels.js';

export enum PartyFunction {
  PARTY_EDUCATION = 'PARTY_EDUCATION',
  GOVERNMENT_SERVICES = 'GOVERNMENT_SERVICES',
  CONVENIENCE_SERVICES = 'CONVENIENCE_SERVICES',
  VOLUNTEER_SERVICES = 'VOLUNTEER_SERVICES',
  CULTURE_AND_SPORTS = 'CULTURE_AND_SPORTS',
  CONSULTATION = 'CONSULTATION',
  ELDERLY_AND_CHILD_CARE = 'ELDERLY_AND_CHILD_CARE',
}
/** Its labels (kit/sheets/enum-labels.ts): the first is the schema's description and the import template's choice. */
export const PARTY_FUNCTION_LABELS: EnumLabels<PartyFunction> = {
  PARTY_EDUCATION: ['党员教育', '党员教育管理', '党员学习教育'],
  GOVERNMENT_SERVICES: ['政务服务', '政务代办', '代办服务'],
  CONVENIENCE_SERVICES: ['便民服务', '便民利民服务'],
  VOLUNTEER_SERVICES: ['志愿服务', '志愿者服务'],
  CULTURE_AND_SPORTS: ['文体活动', '文化体育', '文化活动'],
  CONSULTATION: ['议事协商', '民主议事', '协商议事'],
  ELDERLY_AND_CHILD_CARE: ['一老一小服务', '一老一小', '养老托育'],
};

registerEnumType(PartyFunction, {
  name: 'PartyFunction',
  description: 'A function a centre offers. 服务功能。',
  valuesConfig: valuesConfigOf(PARTY_FUNCTION_LABELS),
});
