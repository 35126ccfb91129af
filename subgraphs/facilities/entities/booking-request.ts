import { DATE_TIME } from '../../../kit/scalars.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EquipmentRequest } from './equipment-request.js';

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

  @Field(() => DATE_TIME.scalar, { description: 'Start (ISO 8601 with offset). 开始时间。' })
  startsAt!: Date;

  @Field(() => DATE_TIME.scalar, { description: 'End. 结束时间。' })
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
