import { LOCAL_DATE } from '../../../kit/scalars.js';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PartyActivityKind } from './party-activity-kind.js';

@ObjectType('PartyActivity', { description: 'An activity a centre held. 党群活动。' })
export class PartyActivity {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => LOCAL_DATE.scalar, { description: 'Date held. 日期。' })
  heldOn!: string;

  @Field(() => String, { description: 'Title. 名称。' })
  title!: string;

  @Field(() => PartyActivityKind, { description: 'What kind of activity it was. 活动类型。' })
  kind!: PartyActivityKind;

  @Field(() => Int, { description: 'Participants. 参与人次。' })
  participants!: number;

  centreId!: string;
}
