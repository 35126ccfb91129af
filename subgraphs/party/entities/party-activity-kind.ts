import { registerEnumType } from 'type-graphql';

export enum PartyActivityKind {
  THEME_PARTY_DAY = 'THEME_PARTY_DAY',
  PARTY_LECTURE = 'PARTY_LECTURE',
  VOLUNTEERING = 'VOLUNTEERING',
  CULTURAL_EVENT = 'CULTURAL_EVENT',
  CONSULTATION_DAY = 'CONSULTATION_DAY',
}
registerEnumType(PartyActivityKind, {
  name: 'PartyActivityKind',
  description: 'Kind of activity. 活动类型。',
  valuesConfig: {
    THEME_PARTY_DAY: { description: '主题党日' },
    PARTY_LECTURE: { description: '党课' },
    VOLUNTEERING: { description: '志愿服务' },
    CULTURAL_EVENT: { description: '文化活动' },
    CONSULTATION_DAY: { description: '民情恳谈、咨询' },
  },
});
