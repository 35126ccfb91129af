import { LOCAL_DATE } from '../../../kit/scalars.js';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CultureActivityKind } from './culture-activity-kind.js';

@ObjectType('CultureActivity', { description: 'An activity a culture station held. 文化活动。' })
export class CultureActivity {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => LOCAL_DATE.scalar, { description: 'Date held. 日期。' })
  heldOn!: string;

  @Field(() => String, { description: 'Title. 名称。' })
  title!: string;

  @Field(() => CultureActivityKind, { description: 'What kind of activity it was. 活动类型。' })
  kind!: CultureActivityKind;

  @Field(() => Int, { description: 'Participants. 参与人次。' })
  participants!: number;

  stationId!: string;
}
