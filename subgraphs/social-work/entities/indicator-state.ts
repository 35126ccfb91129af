import { registerEnumType } from 'type-graphql';

export enum IndicatorState {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}
registerEnumType(IndicatorState, {
  name: 'IndicatorState',
  description: 'Completion of an indicator. 指标完成情况（未开始、推进中、已完成）。',
});
