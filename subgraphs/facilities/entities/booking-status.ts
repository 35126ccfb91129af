import { registerEnumType } from 'type-graphql';

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
