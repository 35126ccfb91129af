import { registerEnumType } from 'type-graphql';
import { type EnumLabels, valuesConfigOf } from '../../../kit/sheets/enum-labels.js';

export enum CertifiedLevel {
  NONE = 'NONE',
  ASSISTANT_SOCIAL_WORKER = 'ASSISTANT_SOCIAL_WORKER',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  SENIOR_SOCIAL_WORKER = 'SENIOR_SOCIAL_WORKER',
}
/** Its labels (kit/sheets/enum-labels.ts): the first is the schema's description and the import template's choice. */
export const CERTIFIED_LEVEL_LABELS: EnumLabels<CertifiedLevel> = {
  NONE: ['未持证', '无'],
  ASSISTANT_SOCIAL_WORKER: ['助理社会工作师', '初级'],
  SOCIAL_WORKER: ['社会工作师', '中级'],
  SENIOR_SOCIAL_WORKER: ['高级社会工作师', '高级'],
};

registerEnumType(CertifiedLevel, {
  name: 'CertifiedLevel',
  description: 'National social-work qualification held. 社会工作者职业资格等级。',
  valuesConfig: valuesConfigOf(CERTIFIED_LEVEL_LABELS),
});
