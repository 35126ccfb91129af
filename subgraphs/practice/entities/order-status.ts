import { registerEnumType } from 'type-graphql';

export enum OrderStatus {
  REQUESTED = 'REQUESTED',
  ASSIGNED = 'ASSIGNED',
  ACCEPTED = 'ACCEPTED',
  RATED = 'RATED',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where a service order stands in its cycle. 订单状态。',
  valuesConfig: {
    REQUESTED: { description: '点单: a resident asked' },
    ASSIGNED: { description: '派单: the unit assigned a team' },
    ACCEPTED: { description: '接单: the team took it on' },
    RATED: { description: '评单: the resident rated it' },
  },
});
