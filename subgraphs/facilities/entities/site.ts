import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { GeoPoint } from './geo-point.js';

@ObjectType('Site', {
  description: 'A building that hosts one or more department venues (「一址多牌」) and offers its rooms for sharing. 场地（建筑）。',
})
@Directive('@key(fields: "id")')
export class Site {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => String, { description: 'Name of the building. 名称。' })
  name!: string;

  @Field(() => String, { description: 'Postal address. 地址。' })
  address!: string;

  @Field(() => GeoPoint, {
    nullable: true,
    description: 'Where the building is; null while only its address is known (a site made for a venue imported with its address). 位置。',
  })
  location!: GeoPoint | null;

  regionCode!: string;
}
