import { registerEnumType } from 'type-graphql';

export enum OrderCategory {
  THEORY_OUTREACH = 'THEORY_OUTREACH',
  CULTURE = 'CULTURE',
  HEALTH = 'HEALTH',
  LEGAL_AID = 'LEGAL_AID',
  ELDERLY_HELP = 'ELDERLY_HELP',
  ENVIRONMENT = 'ENVIRONMENT',
  EDUCATION = 'EDUCATION',
}
registerEnumType(OrderCategory, {
  name: 'OrderCategory',
  description: 'What a resident asked for. 服务类别。',
  valuesConfig: {
    THEORY_OUTREACH: { description: '理论宣讲' },
    CULTURE: { description: '文化服务' },
    HEALTH: { description: '健康服务' },
    LEGAL_AID: { description: '法律服务' },
    ELDERLY_HELP: { description: '助老服务' },
    ENVIRONMENT: { description: '环境整治' },
    EDUCATION: { description: '教育服务' },
  },
});
