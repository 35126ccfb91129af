import { Field, ObjectType } from 'type-graphql';

@ObjectType('StationLeader', { description: 'The person in charge of a station, as its 建设清单 names them. 站点负责人。' })
export class StationLeader {
  @Field(() => String, { description: 'Name. 姓名。' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Phone, masked (138****1234) except for admins. 联系电话。' })
  phone!: string | null;
}
