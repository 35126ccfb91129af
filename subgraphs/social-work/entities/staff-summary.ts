import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('StaffSummary', { description: 'Staff counts of a station. 人员情况。' })
export class StaffSummary {
  @Field(() => Int, { description: 'All staff. 总人数。' })
  total!: number;

  @Field(() => Int, { description: 'Staff holding a social-work qualification. 持证人数。' })
  certified!: number;

  @Field(() => Int, { description: 'The provincial target of certified social workers per station (3). 持证人数目标。' })
  target!: number;

  @Field(() => Boolean, { description: 'Fewer certified staff than the target. 是否未达标。' })
  belowTarget!: boolean;
}
