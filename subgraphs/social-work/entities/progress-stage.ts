import { registerEnumType } from 'type-graphql';

export enum ProgressStage {
  PLANNING = 'PLANNING',
  CONSTRUCTION = 'CONSTRUCTION',
  FITTING_OUT = 'FITTING_OUT',
  COMPLETED = 'COMPLETED',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(ProgressStage, {
  name: 'ProgressStage',
  description: 'Stage of construction in a progress report. 建设进度阶段。',
  valuesConfig: {
    PLANNING: { description: '规划选址' },
    CONSTRUCTION: { description: '施工建设' },
    FITTING_OUT: { description: '装修布置' },
    COMPLETED: { description: '建成' },
    ACCEPTED: { description: '验收通过' },
  },
});
