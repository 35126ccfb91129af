import { DATE_TIME } from '../../../kit/scalars.js';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { BookingStatus } from './booking-status.js';
import { Department } from './department.js';

@ObjectType('Booking', { description: 'A request to use a shared space, its equipment or both, and its fate. 场地、设备预约。' })
@Directive('@key(fields: "id")')
export class Booking {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => DATE_TIME.scalar, { description: 'Start. 开始时间。' })
  startsAt!: Date;

  @Field(() => DATE_TIME.scalar, { description: 'End. 结束时间。' })
  endsAt!: Date;

  @Field(() => BookingStatus, { description: 'Where it stands. 状态。' })
  status!: BookingStatus;

  @Field(() => String, { description: 'What the space is for. 用途。' })
  purpose!: string;

  @Field(() => Int, { description: 'Expected attendees. 预计人数。' })
  attendees!: number;

  @Field(() => Department, { nullable: true, description: 'The requesting department (null for an admin’s request). 申请部门。' })
  requesterDepartment!: Department | null;

  /** Null when only equipment is booked. */
  spaceId!: string | null;
  requesterSub!: string;
  contact!: string;
}
