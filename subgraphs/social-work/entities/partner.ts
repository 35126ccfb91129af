import { PartnerKind } from './partner-kind.js';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('StationPartner', { description: 'A force the station works with. 联动力量。' })
export class Partner {
  @Field(() => PartnerKind, { description: 'What kind of partner. 联动力量类型。' })
  kind!: PartnerKind;

  @Field(() => String, { description: 'Name. 名称。' })
  name!: string;

  @Field(() => Int, { description: 'People involved. 人数。' })
  people!: number;
}
