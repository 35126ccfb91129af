import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('EquipmentRequest', { description: 'Equipment to book, and how many. 设备申请。' })
export class EquipmentRequest {
  @Field(() => ID, { description: 'The equipment. 设备编号。' })
  equipmentId!: string;

  @Field(() => Int, { description: 'How many units (1 up to what it has). 数量。' })
  quantity!: number;
}
