import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('BookedEquipment', { description: 'Equipment a booking holds, and how many. 预约的设备。' })
export class BookedEquipment {
  @Field(() => Int, { description: 'How many units. 数量。' })
  quantity!: number;

  equipmentId!: string;
}
