import { registerEnumType } from 'type-graphql';

export enum ServiceDomain {
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE',
  ELDERLY_CARE = 'ELDERLY_CARE',
  CHILD_PROTECTION = 'CHILD_PROTECTION',
  DISABILITY_SERVICES = 'DISABILITY_SERVICES',
  COMMUNITY_GOVERNANCE = 'COMMUNITY_GOVERNANCE',
}
registerEnumType(ServiceDomain, {
  name: 'ServiceDomain',
  description: 'Field of service. 服务领域。',
  valuesConfig: {
    SOCIAL_ASSISTANCE: { description: '社会救助' },
    ELDERLY_CARE: { description: '养老服务' },
    CHILD_PROTECTION: { description: '儿童关爱保护' },
    DISABILITY_SERVICES: { description: '残疾人服务' },
    COMMUNITY_GOVERNANCE: { description: '社区治理' },
  },
});
