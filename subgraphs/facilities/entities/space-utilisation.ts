import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Department } from './department.js';

@ObjectType('SpaceUtilisation', {
  description: 'How much the shared spaces of one managing department in a region were used in a month. 共享空间使用率。',
})
export class SpaceUtilisation {
  @Field(() => Department, { description: 'The department that manages the spaces. 管理部门。' })
  department!: Department;

  @Field(() => Int, { description: 'Shared spaces it manages here. 共享空间数。' })
  sharedSpaces!: number;

  @Field(() => Float, { description: 'Hours they were open in the month: opening hours of each day, less closed dates. 开放小时数。' })
  openHours!: number;

  @Field(() => Float, { description: 'Hours approved bookings held them. 预约使用小时数。' })
  bookedHours!: number;

  @Field(() => Float, { description: 'Of bookedHours, those booked by other departments. 其他部门预约小时数。' })
  bookedByOtherDepartmentsHours!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'bookedHours ÷ openHours (4 decimals): 0 to 1, unless rooms were booked on days since closed; null when never open. 使用率。',
  })
  rate!: number | null;
}
