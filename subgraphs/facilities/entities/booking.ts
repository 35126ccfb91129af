import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum BookingStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  description: 'Where a booking stands. 预约状态。',
  valuesConfig: {
    REQUESTED: { description: '待审批 (holds the space)' },
    APPROVED: { description: '已批准 (holds the space)' },
    REJECTED: { description: '已驳回' },
    CANCELLED: { description: '已取消' },
  },
});

@ObjectType('Booking', { description: 'A request to use a shared space, its equipment or both, and its fate. 场地、设备预约。' })
@Directive('@key(fields: "id")')
export class Booking {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => DateTimeResolver, { description: 'Start. 开始时间。' })
  startsAt!: Date;

  @Field(() => DateTimeResolver, { description: 'End. 结束时间。' })
  endsAt!: Date;

  @Field(() => BookingStatus, { description: 'Where it stands. 状态。' })
  status!: BookingStatus;

  @Field(() => String, { description: 'What the space is for. 用途。' })
  purpose!: string;

  @Field(() => Int, { description: 'Expected attendees. 预计人数。' })
  attendees!: number;

  @Field(() => String, { nullable: true, description: 'The requesting department. 申请部门。' })
  requesterDepartment!: string | null;

  /** Null when only equipment is booked. */
  spaceId!: string | null;
  requesterSub!: string;
  contact!: string;
}

@ObjectType('BookedEquipment', { description: 'Equipment a booking holds, and how many. 预约的设备。' })
export class BookedEquipment {
  @Field(() => Int, { description: 'How many units. 数量。' })
  quantity!: number;

  equipmentId!: string;
}

@InputType('EquipmentRequest', { description: 'Equipment to book, and how many. 设备申请。' })
export class EquipmentRequest {
  @Field(() => ID, { description: 'The equipment. 设备编号。' })
  equipmentId!: string;

  @Field(() => Int, { description: 'How many units (1 up to what it has). 数量。' })
  quantity!: number;
}

@InputType('BookingRequest', {
  description: 'A request for a shared space, its equipment, or equipment alone (at least one of spaceId and equipment). 预约申请。',
})
export class BookingRequest {
  @Field(() => ID, { nullable: true, description: 'The space; omit it to book equipment alone. 空间编号。' })
  spaceId?: string | null;

  @Field(() => [EquipmentRequest], {
    nullable: true,
    defaultValue: [],
    description: 'Equipment to hold (at most 20 lines): kept at the space’s site and managed by the same department. 设备。',
  })
  equipment?: EquipmentRequest[] | null;

  @Field(() => DateTimeResolver, { description: 'Start (ISO 8601 with offset). 开始时间。' })
  startsAt!: Date;

  @Field(() => DateTimeResolver, { description: 'End. 结束时间。' })
  endsAt!: Date;

  @Field(() => String, { description: 'What it is for (1–500 characters). 用途。' })
  purpose!: string;

  @Field(() => Int, { description: 'Expected attendees (1 up to the space’s capacity). 预计人数。' })
  attendees!: number;

  @Field(() => String, {
    description: 'A phone number or name to reach the requester; shown to the requester and the approvers only. 联系方式。',
  })
  contact!: string;

  @Field(() => String, {
    description:
      'Chosen by the client, unique per request: sending it again returns the same booking (used for another space or time: IDEMPOTENCY_KEY_REUSED). 幂等键。',
  })
  idempotencyKey!: string;
}

@ObjectType('TimeSlot', { description: 'A span of time. 时段。' })
export class TimeSlot {
  @Field(() => DateTimeResolver, { description: 'From. 开始。' })
  startsAt!: Date;

  @Field(() => DateTimeResolver, { description: 'To. 结束。' })
  endsAt!: Date;
}
