import { registerEnumType } from 'type-graphql';
import { type EnumLabels, valuesConfigOf } from '../../../kit/sheets/enum-labels.js';

export enum PartyActivityKind {
  THEME_PARTY_DAY = 'THEME_PARTY_DAY',
  PARTY_LECTURE = 'PARTY_LECTURE',
  VOLUNTEERING = 'VOLUNTEERING',
  CULTURAL_EVENT = 'CULTURAL_EVENT',
  CONSULTATION_DAY = 'CONSULTATION_DAY',
}
/** Its labels (kit/sheets/enum-labels.ts): the first is the schema's description and the import template's choice. */
export const PARTY_ACTIVITY_KIND_LABELS: EnumLabels<PartyActivityKind> = {
  THEME_PARTY_DAY: ['主题党日', '主题党日活动', '党员活动日'],
  PARTY_LECTURE: ['党课', '专题党课', '微党课', '书记讲党课'],
  VOLUNTEERING: ['志愿服务', '志愿活动', '党员志愿服务'],
  CULTURAL_EVENT: ['文化活动', '文体活动', '文艺活动'],
  CONSULTATION_DAY: ['民情恳谈、咨询', '民情恳谈', '政策咨询', '咨询服务'],
};

registerEnumType(PartyActivityKind, {
  name: 'PartyActivityKind',
  description: 'Kind of activity. 活动类型。',
  valuesConfig: valuesConfigOf(PARTY_ACTIVITY_KIND_LABELS),
});
