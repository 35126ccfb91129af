import { registerEnumType } from 'type-graphql';

export enum PartyFunction {
  PARTY_EDUCATION = 'PARTY_EDUCATION',
  GOVERNMENT_SERVICES = 'GOVERNMENT_SERVICES',
  CONVENIENCE_SERVICES = 'CONVENIENCE_SERVICES',
  VOLUNTEER_SERVICES = 'VOLUNTEER_SERVICES',
  CULTURE_AND_SPORTS = 'CULTURE_AND_SPORTS',
  CONSULTATION = 'CONSULTATION',
  ELDERLY_AND_CHILD_CARE = 'ELDERLY_AND_CHILD_CARE',
}
registerEnumType(PartyFunction, {
  name: 'PartyFunction',
  description: 'A function a centre offers. 服务功能。',
  valuesConfig: {
    PARTY_EDUCATION: { description: '党员教育' },
    GOVERNMENT_SERVICES: { description: '政务服务' },
    CONVENIENCE_SERVICES: { description: '便民服务' },
    VOLUNTEER_SERVICES: { description: '志愿服务' },
    CULTURE_AND_SPORTS: { description: '文体活动' },
    CONSULTATION: { description: '议事协商' },
    ELDERLY_AND_CHILD_CARE: { description: '一老一小服务' },
  },
});
