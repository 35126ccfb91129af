import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PracticeTier } from './practice-tier.js';

@ObjectType('PracticeUnit', {
  description: 'A New-Era civilization-practice unit, kept by the Propaganda Department. 新时代文明实践中心、所、站（宣传部门）。',
})
@Directive('@key(fields: "id")')
export class PracticeUnit {
  @Field(() => ID, { description: 'Venue id, practice-<region code>. 编号。' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name. 名称。' })
  name!: string;

  @Field(() => PracticeTier, { nullable: true, description: 'Tier. 层级。' })
  tier!: PracticeTier;

  regionCode!: string;
  parentId!: string | null;
}
