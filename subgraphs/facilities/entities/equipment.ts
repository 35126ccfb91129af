import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { EquipmentKind } from './equipment-kind.js';

@ObjectType('Equipment', { description: 'Equipment kept in a space. 设施设备。' })
@Directive('@key(fields: "id")')
export class Equipment {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => EquipmentKind, { description: 'Kind of equipment. 类型。' })
  kind!: EquipmentKind;

  @Field(() => String, { description: 'Name. 名称。' })
  name!: string;

  @Field(() => Int, { description: 'How many. 数量。' })
  quantity!: number;

  spaceId!: string;
}
