import { DATE_TIME } from '../../../kit/scalars.js';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('TimeSlot', { description: 'A span of time. 时段。' })
export class TimeSlot {
  @Field(() => DATE_TIME.scalar, { description: 'From. 开始。' })
  startsAt!: Date;

  @Field(() => DATE_TIME.scalar, { description: 'To. 结束。' })
  endsAt!: Date;
}
