import { DateTimeResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('TimeSlot', { description: 'A span of time. 时段。' })
export class TimeSlot {
  @Field(() => DateTimeResolver, { description: 'From. 开始。' })
  startsAt!: Date;

  @Field(() => DateTimeResolver, { description: 'To. 结束。' })
  endsAt!: Date;
}
