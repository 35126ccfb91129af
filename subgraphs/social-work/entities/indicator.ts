import { IndicatorKind } from './indicator-kind.js';
import { IndicatorState } from './indicator-state.js';
import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('StationIndicator', { description: 'One of the five indicators: its measure against its target. 指标及完成情况。' })
export class Indicator {
  @Field(() => IndicatorKind, { description: 'Which of the five indicators. 指标。' })
  kind!: IndicatorKind;

  @Field(() => Float, { description: 'Measured value. 实际值。' })
  value!: number;

  @Field(() => Float, { description: 'Target value. 目标值。' })
  target!: number;

  @Field(() => String, { description: 'Unit of value and target (m2, yuan, people, documents, services). 单位。' })
  unit!: string;

  @Field(() => IndicatorState, { description: 'Completion state. 完成状态。' })
  state!: IndicatorState;

  @Field(() => Float, { description: 'value ÷ target as a percentage, at most 100. 完成率（%）。' })
  completionPercent!: number;

  @Field(() => String, { description: 'What is measured. 说明。' })
  note!: string;
}
