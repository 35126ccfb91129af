import { registerEnumType } from 'type-graphql';

export enum CertifiedLevel {
  NONE = 'NONE',
  ASSISTANT_SOCIAL_WORKER = 'ASSISTANT_SOCIAL_WORKER',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  SENIOR_SOCIAL_WORKER = 'SENIOR_SOCIAL_WORKER',
}
registerEnumType(CertifiedLevel, {
  name: 'CertifiedLevel',
  description: 'National social-work qualification held. 社会工作者职业资格等级。',
  valuesConfig: {
    NONE: { description: '未持证' },
    ASSISTANT_SOCIAL_WORKER: { description: '助理社会工作师' },
    SOCIAL_WORKER: { description: '社会工作师' },
    SENIOR_SOCIAL_WORKER: { description: '高级社会工作师' },
  },
});
