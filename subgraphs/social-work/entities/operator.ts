import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('SocialWorkOperator', { description: 'The organisation that runs a station under a service contract. 运营机构。' })
export class Operator {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => String, { description: 'Registered name. 机构名称。' })
  name!: string;

  @Field(() => String, { description: '18-character unified social credit code. 统一社会信用代码。' })
  uscc!: string;
}
