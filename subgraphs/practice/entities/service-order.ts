import { LOCAL_DATE } from '../../../kit/scalars.js';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OrderCategory } from './order-category.js';
import { OrderStatus } from './order-status.js';

@ObjectType('ServiceOrder', { description: 'A service order: 点单 → 派单 → 接单 → 评单. 志愿服务订单。' })
export class ServiceOrder {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => OrderCategory, { description: 'What the resident asked for. 服务类别。' })
  category!: OrderCategory;

  @Field(() => String, { description: 'What was asked, as written (no personal data). 需求。' })
  request!: string;

  @Field(() => OrderStatus, { description: 'Where the order stands: 点单, 派单, 接单 or 评单. 订单状态。' })
  status!: OrderStatus;

  @Field(() => LOCAL_DATE.scalar, { description: '点单 date. 点单日期。' })
  requestedOn!: string;

  @Field(() => LOCAL_DATE.scalar, { nullable: true, description: '派单 date. 派单日期。' })
  assignedOn!: string | null;

  @Field(() => LOCAL_DATE.scalar, { nullable: true, description: '接单 date. 接单日期。' })
  acceptedOn!: string | null;

  @Field(() => LOCAL_DATE.scalar, { nullable: true, description: '评单 date. 评单日期。' })
  ratedOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Rating 1–5 given by the resident. 评价（1-5）。' })
  rating!: number | null;

  teamId!: string | null;
  unitId!: string;
}
