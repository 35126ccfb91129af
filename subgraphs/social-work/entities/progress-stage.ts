import { registerEnumType } from 'type-graphql';
import { type EnumLabels, valuesConfigOf } from '../../../kit/sheets/enum-labels.js';

export enum ProgressStage {
  PLANNING = 'PLANNING',
  CONSTRUCTION = 'CONSTRUCTION',
  FITTING_OUT = 'FITTING_OUT',
  COMPLETED = 'COMPLETED',
  ACCEPTED = 'ACCEPTED',
}
/** Its labels (kit/sheets/enum-labels.ts): the first is the schema's description and the import template's choice. */
export const PROGRESS_STAGE_LABELS: EnumLabels<ProgressStage> = {
  PLANNING: ['规划选址'],
  CONSTRUCTION: ['施工建设', '建设中', '在建'],
  FITTING_OUT: ['装修布置'],
  COMPLETED: ['建成', '已建成', '已完成'],
  ACCEPTED: ['验收通过', '已验收'],
};

registerEnumType(ProgressStage, {
  name: 'ProgressStage',
  description: 'Stage of construction in a progress report. 建设进度阶段。',
  valuesConfig: valuesConfigOf(PROGRESS_STAGE_LABELS),
});
